"""Length-preserving folding, so that regex matches on folded text map back to original offsets."""

from __future__ import annotations

from functools import lru_cache

from ingest.text import fold


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char.isspace():
        return " "
    folded = fold(char)
    return folded if len(folded) == 1 else char.lower()[:1] or char


def fold_keep(text: str) -> str:
    """`fold` one character at a time: same length as `text`, spaces kept (not collapsed)."""
    return "".join(_fold_char(c) for c in text)
