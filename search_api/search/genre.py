""""No result": the genre's domain phrases (`genre.json`), for `evidence.foreign`.

A question about a kind of thing the store never wrote ("nhà máy", "xuất khẩu", "công ty") can
still share its common words with the notices and match them fairly. The phrases here are the
two-word content phrases (`evidence.content_pairs`) that the genre writes in several notices: a
query phrase that is one of them, and that no unit of the store holds, is a topic the genre has
and this store lacks. The list is data built by a script from the project's own notices and the
generator's pools (`python -m bench.genre`, the file's "about" says how), never at run time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.text import canon, fold_text

_FILE = Path(__file__).with_name("genre.json")
Pair = tuple[str, str]


@dataclass(frozen=True)
class Vocabulary:
    """The genre's phrases as pairs of syllables: tone-exact (`canon`) and folded."""

    exact: frozenset[Pair]
    folded: frozenset[Pair]

    @classmethod
    def of(cls, phrases: list[str]) -> Vocabulary:
        pairs = [tuple(canon(p).split()) for p in phrases]
        exact = frozenset((a, b) for a, b in (p for p in pairs if len(p) == 2))
        return cls(exact, frozenset((fold_text(a), fold_text(b)) for a, b in exact))

    def holds(self, pair: Pair, exact: bool) -> bool:
        """Whether the pair (tone-exact, or folded for a query typed without marks) is one."""
        return pair in (self.exact if exact else self.folded)


def parse(text: str) -> Vocabulary:
    return Vocabulary.of(list(json.loads(text)["phrases"]))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return parse(_FILE.read_text(encoding="utf-8"))
