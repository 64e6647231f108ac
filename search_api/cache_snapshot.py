"""The search cache's per-meeting blocks saved next to the embedded store (a pickle in
CHIDAO_DATA_DIR), so that a server start re-reads only the meetings whose stored notice changed
since (checked by sha256, as every refresh does) instead of every unit over Bolt. Only with the
embedded engine, whose data lives and is deleted with the data dir; a snapshot written for another
embedding model or format is ignored. A snapshot is a cache: any read error means "none"."""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path
from typing import Any

from search_api.settings import Settings

SNAPSHOT = "search-cache.pkl"
FORMAT = 2  # 2: blocks carry their lexical term counts
log = logging.getLogger(__name__)


def path_for(settings: Settings) -> Path | None:
    if settings.store != "embedded":
        return None
    return settings.data_dir.expanduser().resolve() / SNAPSHOT


def _key(settings: Settings) -> tuple[int, str]:
    return FORMAT, settings.embed_model


def load(settings: Settings) -> dict[str, Any]:
    """The saved blocks (meeting id -> block), or {} when there is no usable snapshot."""
    path = path_for(settings)
    if path is None or not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            saved = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError) as exc:
        log.warning("search cache snapshot %s not used: %s", path, exc)
        return {}
    if not isinstance(saved, dict) or saved.get("key") != _key(settings):
        return {}
    blocks: dict[str, Any] = saved.get("blocks") or {}
    return blocks


def save(settings: Settings, blocks: dict[str, Any]) -> None:
    """Write the blocks atomically (temporary file, then rename); errors are logged only."""
    path = path_for(settings)
    if path is None:
        return
    tmp = path.with_name(f"{SNAPSHOT}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            pickle.dump({"key": _key(settings), "blocks": blocks}, fh,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("search cache snapshot %s not written: %s", path, exc)
        tmp.unlink(missing_ok=True)
