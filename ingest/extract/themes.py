"""Theme classification: folded keyword phrases from gazetteer/themes.json, word-boundary aware.

Ids come back in the taxonomy's order (stable), each at most once. See docs/themes.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ingest.gazetteer import theme_entries
from ingest.model import Theme
from ingest.text import fold


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    compiled = []
    for theme in theme_entries():
        phrases = sorted((fold(k) for k in theme.keywords), key=len, reverse=True)
        body = "|".join(re.escape(p) for p in phrases)
        compiled.append((theme.id, re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", re.UNICODE)))
    return tuple(compiled)


def classify(text: str) -> list[str]:
    """Theme ids whose keyword phrases occur in `text` (diacritic-insensitive), taxonomy order."""
    folded = fold(text)
    return [theme_id for theme_id, pattern in _patterns() if pattern.search(folded)]


@lru_cache(maxsize=1)
def _nodes() -> dict[str, Theme]:
    return {t.id: Theme(id=t.id, name=t.name, description=t.description) for t in theme_entries()}


def theme_nodes(ids: Iterable[str]) -> list[Theme]:
    """Theme nodes for `ids` (unknown ids are skipped), in taxonomy order, deduplicated."""
    wanted = set(ids)
    return [node.model_copy() for theme_id, node in _nodes().items() if theme_id in wanted]


def all_themes() -> list[Theme]:
    """Every theme of the taxonomy."""
    return [node.model_copy() for node in _nodes().values()]
