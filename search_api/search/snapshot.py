"""The search cache's per-meeting blocks saved next to the embedded store, so that a server start
re-reads only the meetings whose stored notice changed since (checked by sha256, as every refresh
does) instead of every unit over Bolt. Only with the embedded engine, whose data lives and is
deleted with the data dir; a snapshot written for another embedding model or format is ignored.

The snapshot is data, never code: a numpy `.npz` archive read with `allow_pickle=False` (arrays of
numbers, and the units, rows and terms as one JSON document), signed with HMAC-SHA256 under a
random key that only this data dir holds (`search-cache.key`, mode 0600). A file that was not
written here (planted, copied from another store, truncated, tampered with) fails the check and
is ignored; the index is then rebuilt from the store. A snapshot is a cache: any read error means
"none"."""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import os
import secrets
from pathlib import Path
from typing import Any

import numpy as np

from search_api.search import blocks as cache_blocks
from search_api.settings import Settings

SNAPSHOT = "search-cache.snap"
OLD_PICKLE = "search-cache.pkl"  # format 2: never loaded, removed at the next save
KEY_FILE = "search-cache.key"
FORMAT = 4  # 4: units carry their deadline; 3: npz + JSON, HMAC-signed (2: a pickle)
_MAC_BYTES = 32
log = logging.getLogger(__name__)


def path_for(settings: Settings) -> Path | None:
    if settings.store != "embedded":
        return None
    return settings.data_dir.expanduser().resolve() / SNAPSHOT


def _key(path: Path, create: bool) -> bytes | None:
    """The data dir's snapshot key (made on the first save, readable by its owner only)."""
    key_path = path.with_name(KEY_FILE)
    if key_path.is_file():
        return key_path.read_bytes()
    if not create:
        return None
    key = secrets.token_bytes(32)
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    return key


def _mac(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).digest()


def load(settings: Settings) -> dict[str, Any]:
    """The saved blocks (meeting id -> block), or {} when there is no usable snapshot."""
    path = path_for(settings)
    if path is None or not path.is_file():
        return {}
    try:
        key, raw = _key(path, create=False), path.read_bytes()
        mac, payload = raw[:_MAC_BYTES], raw[_MAC_BYTES:]
        if key is None or not hmac.compare_digest(mac, _mac(key, payload)):
            log.warning("search cache snapshot %s not used: not written by this store", path)
            return {}
        with np.load(io.BytesIO(payload), allow_pickle=False) as archive:
            return cache_blocks.decode(archive, _header(settings))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("search cache snapshot %s not used: %s", path, exc)
        return {}


def _header(settings: Settings) -> dict[str, Any]:
    return {"format": FORMAT, "model": settings.embed_model}


def save(settings: Settings, blocks: dict[str, Any]) -> None:
    """Write the blocks atomically (temporary file, then rename); errors are logged only."""
    path = path_for(settings)
    if path is None:
        return
    tmp = path.with_name(f"{SNAPSHOT}.{os.getpid()}.tmp")
    try:
        buffer = io.BytesIO()
        arrays = cache_blocks.encode(blocks, _header(settings))
        np.savez(buffer, allow_pickle=False, **arrays)
        payload = buffer.getvalue()
        key = _key(path, create=True)
        assert key is not None
        tmp.write_bytes(_mac(key, payload) + payload)
        os.replace(tmp, path)
        path.with_name(OLD_PICKLE).unlink(missing_ok=True)
    except (OSError, TypeError, ValueError) as exc:
        log.warning("search cache snapshot %s not written: %s", path, exc)
        tmp.unlink(missing_ok=True)

