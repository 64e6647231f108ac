"""The search cache's per-meeting blocks saved next to the embedded store, so that a server start
re-reads only the meetings whose stored notice changed since (checked against the stored notices'
sha256, as every refresh does) instead of every unit over Bolt. Only with the embedded engine,
whose data lives and is deleted with the data dir; a snapshot written for another embedding model
or format is ignored.

The snapshot is data, never code, and mapped rather than parsed: a directory `search-cache/` of
numpy `.npy` files (vector codes and scales, term counts over one vocabulary, packed result rows,
the units' columns, IVF cells and centroids, the diacritic restorer's counts, and the last full
build's weighted BM25, postings and order: `search_api/search/saved.py`) mapped read-only, never
with pickle or an object dtype (the blocks' arrays stay views of the files, also after a save),
and one JSON document (the meetings with their notice sha256, the vocabulary, the units' tables,
the postings' keys). `manifest.json` lists every
file with its size and sha256 and is signed with HMAC-SHA256 under a random key that only this
data dir holds (`search-cache.key`, mode 0600). A snapshot not written here (planted, copied from
another store), truncated or altered fails the check and is ignored; the index is then rebuilt
from the store and saved again. A snapshot is a cache: any read error means "none"."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import hmac
import json
import logging
import math
import mmap
import os
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from search_api.search import blocks as cache_blocks
from search_api.search import saved as saved_index
from search_api.search import unit_columns
from search_api.search.ann import Trained
from search_api.search.expand import Restorer
from search_api.search.index import SearchIndex
from search_api.search.vectors import Codes
from search_api.settings import Settings

SNAPSHOT = "search-cache"  # a directory
OLD_FILES = ("search-cache.snap", "search-cache.pkl")  # formats 3-6 (npz) and 2 (pickle)
KEY_FILE = "search-cache.key"
MANIFEST, MAC, META = "manifest.json", "manifest.mac", "meta.json"
FORMAT = 8  # 8: + unit columns as arrays, the full build saved; 7: JSON unit columns
ARRAYS = ("codes", "scales", "term_ptr", "term_cols", "term_vals", "rows", "row_ptr", "cells",
          "restorer_singles", "restorer_pairs", "centroids",
          *unit_columns.ARRAYS, *saved_index.ARRAYS)
log = logging.getLogger(__name__)


@dataclass
class Saved:
    """What a snapshot holds: the blocks, and what is derived from all of them (kept so a
    restart does not recount it): the restorer over their passages, the IVF's centroids, and
    the full build over exactly these blocks when there was one (`index`; `placed`: each
    meeting's rows in it)."""

    blocks: dict[str, cache_blocks.Block] = field(default_factory=dict)
    restorer: Restorer | None = None
    ivf: Trained | None = None
    maps: list[mmap.mmap] = field(default_factory=list)  # the files the blocks' arrays view
    index: SearchIndex | None = None
    placed: dict[str, np.ndarray] = field(default_factory=dict)


def path_for(settings: Settings) -> Path | None:
    if settings.store != "embedded":
        return None
    return settings.data_dir.expanduser().resolve() / SNAPSHOT


def disk_bytes(settings: Settings) -> int:
    path = path_for(settings)
    if path is None or not path.is_dir():
        return 0
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())


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


def _digest(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        sha = hashlib.file_digest(fh, "sha256").hexdigest()
    return {"bytes": path.stat().st_size, "sha256": sha}


def _header(settings: Settings) -> dict[str, Any]:
    return {"format": FORMAT, "model": settings.embed_model}


def load(settings: Settings) -> Saved:
    """The saved blocks (meeting id -> block) and what derives from them, or an empty Saved
    when there is no usable snapshot."""
    path = path_for(settings)
    if path is None or not path.is_dir():
        return Saved()
    try:
        manifest = _verified(path, _key(path, create=False))
        if manifest is None or manifest.get("header") != _header(settings):
            return Saved()
        with _no_collection():
            return _decoded(path, manifest)
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        log.warning("search cache snapshot %s not used: %s", path, exc)
        return Saved()


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """The cyclic garbage collector paused: decoding makes a few objects per unit, none of them
    garbage, and the collector's passes over the growing heap were ~1/3 of the decode's CPU."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _verified(path: Path, key: bytes | None) -> dict[str, Any] | None:
    """The manifest when signed with this data dir's key and every file it lists is there
    with its size and sha256; ValueError for a damaged one."""
    body = (path / MANIFEST).read_bytes()
    if key is None or not hmac.compare_digest((path / MAC).read_bytes(), _mac(key, body)):
        log.warning("search cache snapshot %s not used: not written by this store", path)
        return None
    manifest: dict[str, Any] = json.loads(body)
    files = manifest["files"]
    if set(files) != {META} | {f"{a}.npy" for a in ARRAYS}:
        raise ValueError("unexpected files in the manifest")
    for name, want in files.items():
        if _digest(path / name) != want:
            raise ValueError(f"{name} differs from its checksum")
    return manifest


def _mapped(path: Path) -> tuple[np.ndarray, mmap.mmap | None]:
    """A `.npy` file's array as a read-only view of the file mapped (no pickle, no object
    dtype), and the map (None for an empty array)."""
    with path.open("rb") as fh:
        version = np.lib.format.read_magic(fh)
        read = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                else np.lib.format.read_array_header_2_0)
        shape, fortran, dtype = read(fh)
        if dtype.hasobject:
            raise ValueError(f"{path.name}: object arrays are never loaded")
        count, offset = math.prod(shape), fh.tell()
        if count == 0:
            return np.zeros(shape, dtype=dtype), None
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    flat = np.frombuffer(mapped, dtype=dtype, count=count, offset=offset)
    return flat.reshape(shape, order="F" if fortran else "C"), mapped


def _arrays(path: Path) -> tuple[dict[str, np.ndarray], list[mmap.mmap]]:
    pairs = {a: _mapped(path / f"{a}.npy") for a in ARRAYS}
    return {a: p[0] for a, p in pairs.items()}, [p[1] for p in pairs.values() if p[1] is not None]


def evict(maps: list[mmap.mmap]) -> None:
    """The mapped files' pages out of this process's resident memory (they stay in the page
    cache and come back when read): for after a merge that read them all."""
    for m in maps:
        m.madvise(mmap.MADV_DONTNEED)


def _decoded(path: Path, manifest: dict[str, Any]) -> Saved:
    arrays, maps = _arrays(path)
    meta = cache_blocks.meta_of((path / META).read_bytes())
    blocks = cache_blocks.decode(arrays, meta)
    restorer = None if meta["restorer"] is None else Restorer.of_table(
        meta["restorer"], np.asarray(arrays["restorer_singles"]),
        np.asarray(arrays["restorer_pairs"]))
    ivf = None
    if meta["ivf"] is not None:
        ivf = Trained(np.array(arrays["centroids"], dtype=np.float32), int(meta["ivf"]["rows"]))
        cells = arrays["cells"]
        if len(cells) and int(np.max(cells)) >= len(ivf.centroids):
            raise ValueError("IVF cells beyond the centroids")
    out = Saved(blocks, restorer, ivf, maps)
    if meta.get("index") is not None:
        out.index = saved_index.decode(
            arrays, meta["index"], meta["vocab"], [u for b in blocks.values() for u in b.units],
            Codes(arrays["codes"], arrays["scales"]), restorer, ivf)
        out.placed = _placed(blocks, arrays["ix_rows"])
    return out


def _placed(blocks: dict[str, cache_blocks.Block], source: np.ndarray) -> dict[str, np.ndarray]:
    """Each meeting's rows in the saved index (`source[i]`: the snapshot row of its row i)."""
    where = np.empty(len(source), dtype=np.int64)
    where[source] = np.arange(len(source))
    starts = np.cumsum([0] + [len(b.units) for b in blocks.values()]).tolist()
    return {m: where[lo:hi] for m, lo, hi in zip(blocks, starts[:-1], starts[1:], strict=True)}


def _source(saved: Saved) -> np.ndarray:
    """Per row of the saved index, its unit's row in the snapshot (blocks one after the other)."""
    out = np.empty(sum(len(b.units) for b in saved.blocks.values()), dtype=np.int64)
    lo = 0
    for m, b in saved.blocks.items():
        out[saved.placed[m]] = np.arange(lo, lo + len(b.units))
        lo += len(b.units)
    return out


def save(settings: Settings, saved: Saved) -> list[mmap.mmap]:
    """Write the snapshot into a new directory, then swap it in (a search process holding the
    old one's files mapped keeps reading them); errors are logged only. Once written, the
    saved blocks' vectors, term counts and packed rows are views of the files (their own
    copies freed: `blocks.remap`), and so are the saved build's BM25 and postings
    (`saved.remap`); the maps are returned ([] when nothing was written)."""
    path = path_for(settings)
    if path is None:
        return []
    tmp = path.with_name(f"{SNAPSHOT}.{os.getpid()}.tmp")
    try:
        _remove(tmp)
        tmp.mkdir(mode=0o700)
        key = _key(path, create=True)
        assert key is not None
        body = json.dumps({"header": _header(settings), "files": _written(tmp, saved)},
                          sort_keys=True).encode("utf-8")
        (tmp / MANIFEST).write_bytes(body)
        (tmp / MAC).write_bytes(_mac(key, body))
        _swap(tmp, path)
        for old in OLD_FILES:
            path.with_name(old).unlink(missing_ok=True)
        arrays, maps = _arrays(path)
    except (OSError, TypeError, ValueError) as exc:
        log.warning("search cache snapshot %s not written: %s", path, exc)
        _remove(tmp)
        return []
    cache_blocks.remap(saved.blocks, arrays)
    if saved.index is not None:
        saved_index.remap(saved.index, arrays)
    return maps


def _written(root: Path, saved: Saved) -> dict[str, Any]:
    """The arrays and the JSON document written into `root`; file name -> size and sha256."""
    arrays, meta = cache_blocks.encode(saved.blocks)
    syllables, singles, pairs = (None, np.zeros((0, 3), np.int64), np.zeros((0, 5), np.int64))
    if saved.restorer is not None:
        syllables, singles, pairs = saved.restorer.table()
    dim = arrays["codes"].shape[1] if arrays["codes"].ndim == 2 else 0
    arrays.update(restorer_singles=singles, restorer_pairs=pairs,
                  centroids=saved.ivf.centroids if saved.ivf is not None
                  else np.zeros((0, dim), np.float32))
    meta.update(restorer=syllables, ivf=None if saved.ivf is None else {"rows": saved.ivf.rows})
    arrays.update(saved_index.none())
    meta["index"] = None
    if saved.index is not None:
        vocab = {t: j for j, t in enumerate(meta["vocab"])}
        built, meta["index"] = saved_index.encode(saved.index, _source(saved), vocab)
        arrays.update(built)
    (root / META).write_bytes(cache_blocks.meta_text(meta))
    for name, array in arrays.items():
        np.save(root / f"{name}.npy", np.ascontiguousarray(array), allow_pickle=False)
    return {p.name: _digest(p) for p in sorted(root.iterdir())}


def _swap(tmp: Path, path: Path) -> None:
    old = path.with_name(f"{SNAPSHOT}.{os.getpid()}.old")
    _remove(old)
    if path.exists() or path.is_symlink():
        os.replace(path, old)
    os.replace(tmp, path)
    _remove(old)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
