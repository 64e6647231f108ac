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
from functools import lru_cache
from pathlib import Path

from ingest.text import canon, fold_text
from search_api.search.expand import is_bare

_FILE = Path(__file__).with_name("synonyms.tsv")
_WORDS = re.compile(r"[^\W_]+")


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
def groups() -> tuple[tuple[str, ...], ...]:
    return tuple(parse(_FILE.read_text(encoding="utf-8")))


def alternatives(query: str, table: tuple[tuple[str, ...], ...] | None = None) -> list[str]:
    """The phrases of the groups the query touches that the query does not already contain."""
    exact = not is_bare(query)
    text = _key(query, exact)
    out: list[str] = []
    for group in groups() if table is None else table:
        keys = [_key(p, exact) for p in group]
        if any(k in text for k in keys):
            out += [p for p, k in zip(group, keys, strict=True) if k not in text and p not in out]
    return out


def rewrites(query: str, table: tuple[tuple[str, ...], ...] | None = None) -> list[str]:
    """The query with one phrase replaced by another of its group, for each such pair (words
    as `_key` reads them: lower case, tone-exact unless the query is bare)."""
    exact = not is_bare(query)
    text = _key(query, exact)
    out: list[str] = []
    for group in groups() if table is None else table:
        keys = [_key(p, exact) for p in group]
        for have in (k for k in keys if k in text):
            out += [text.replace(have, k).strip() for k in keys if k not in text]
    return list(dict.fromkeys(out))
