"""Near-synonyms of administrative Vietnamese for the lexical channel (`synonyms.tsv`).

An official types "lễ động thổ" where the notice writes "lễ khởi công", "tiền quyên góp" for
"ủng hộ": BM25 then misses the paragraph however well it matches otherwise. `alternatives` gives
the other phrases of every group one of whose phrases the query contains (folded, whole words);
the lexical channel scores them as a second query, with `SearchConfig.synonym_weight`, so a
paragraph in the notice's words is found but never outranks one in the user's own words by
this alone. The groups are data with their rationale (the file's header says where they come
from); they are one meaning in this genre, not a topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ingest.text import canon, fold_text
from search_api.search.expand import is_bare

_FILE = Path(__file__).with_name("synonyms.tsv")
_WORDS = re.compile(r"[^\W_]+")
Table = tuple[tuple[str, ...], ...]  # groups of phrases of one meaning


def _key(phrase: str, exact: bool) -> str:
    """Whole words, space-joined and padded; tone-exact (`canon`) unless the query is bare, so
    "cao tốc" does not match "báo cáo tốc độ" nor "góp" "gộp"."""
    return " " + " ".join(_WORDS.findall(canon(phrase) if exact else fold_text(phrase))) + " "


def parse(text: str) -> list[tuple[str, ...]]:
    """The groups of a synonyms file: phrases split at " | " before the TAB; '#' lines skipped."""
    groups = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        phrases = tuple(p.strip() for p in line.split("\t", 1)[0].split("|") if p.strip())
        if len(phrases) > 1:
            groups.append(phrases)
    return groups


@lru_cache(maxsize=1)
def groups() -> Table:
    return tuple(parse(_FILE.read_text(encoding="utf-8")))


@lru_cache(maxsize=4)
def _keys(table: Table, exact: bool) -> tuple[tuple[str, ...], ...]:
    """Every group's phrases as `_key` reads them, once per table and reading (not per query)."""
    return tuple(tuple(_key(p, exact) for p in group) for group in table)


def _touched(query: str, table: Table | None) -> Iterator[tuple[tuple[str, ...], tuple[str, ...],
                                                                str]]:
    """(group, its phrases' keys, the query's key) of each group one of whose phrases the query
    contains: tone-exact unless the query is typed bare."""
    exact = not is_bare(query)
    text, table = _key(query, exact), groups() if table is None else table
    for group, keys in zip(table, _keys(table, exact), strict=True):
        if any(k in text for k in keys):
            yield group, keys, text


def alternatives(query: str, table: Table | None = None) -> list[str]:
    """The phrases of the groups the query touches that the query does not already contain."""
    out: list[str] = []
    for group, keys, text in _touched(query, table):
        out += [p for p, k in zip(group, keys, strict=True) if k not in text and p not in out]
    return out


def rewrites(query: str, table: Table | None = None) -> list[str]:
    """The query with one phrase replaced by another of its group, for each such pair (words
    as `_key` reads them: lower case, tone-exact unless the query is bare)."""
    out: list[str] = []
    for _, keys, text in _touched(query, table):
        for have in (k for k in keys if k in text):
            out += [text.replace(have, k).strip() for k in keys if k not in text]
    return list(dict.fromkeys(out))
