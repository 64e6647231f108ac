"""The query's words to mark in a text: its content words, and its stop words apart.

A notice opened from a search marks the query's words; "các", "và" marked everywhere buried the
words that mattered. The stop words are the project's one list of function words
(`crossmonth.stoplists.LINK_STOP_WORDS`, compared tone-exactly, or folded for a word typed without
diacritics, as the search's evidence reads a query); the explorer marks a stop word only inside
a run of the query's words that holds a content word ("giao thông", "các dự án")."""

from __future__ import annotations

from functools import cache

from ingest.text import canon, fold, words
from search_api.crossmonth.stoplists import LINK_STOP_WORDS
from search_api.search.expand import is_bare


@cache
def _folded_stops() -> frozenset[str]:
    return frozenset(fold(w) for w in LINK_STOP_WORDS)


def is_stop(word: str) -> bool:
    """A function word: tone-exact, or by its folded form when typed without diacritics."""
    return fold(word) in _folded_stops() if is_bare(word) else canon(word) in LINK_STOP_WORDS


def query_marks(query: str) -> dict[str, list[str]]:
    """The query's distinct words as typed, in order: `words` (content) and `stop`."""
    out: dict[str, list[str]] = {"words": [], "stop": []}
    for word in dict.fromkeys(words(query)):
        out["stop" if is_stop(word) else "words"].append(word)
    return out
