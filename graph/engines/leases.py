"""Who uses the local engine of a data dir, across processes: the file locks that serialise its
start and its writers, and the leases of its users.

Every process using a root's server holds a shared flock on `users.lock` (released by the OS
when the process dies, kill -9 included). The last one to leave stops the server, so a server
is neither stopped under another user nor left running after a crashed CLI."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def locked(root: Path, name: str = "server.lock") -> Iterator[None]:
    """An exclusive lock on the file `name` of the root (the server's start by default)."""
    with open(root / name, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@contextmanager
def write_lock(root: Path) -> Iterator[None]:
    """One writer per data dir across processes: two `chidao ingest` at once take turns, so the
    second sees the first one's notice (same sha256) instead of racing it."""
    with locked(root, "write.lock"):
        yield


_LEASES: dict[Path, list[int]] = {}  # root -> [fd holding the shared lock, stores using it]


def take_lease(root: Path) -> None:
    if root in _LEASES:
        _LEASES[root][1] += 1
        return
    fd = os.open(root / "users.lock", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_SH)
    _LEASES[root] = [fd, 1]


def last_user(root: Path) -> bool:
    """Drop one lease of this process; True when no store anywhere still uses the server."""
    lease = _LEASES.get(root)
    if lease is not None:
        lease[1] -= 1
        if lease[1] > 0:
            return False
        os.close(_LEASES.pop(root)[0])
    return no_users(root)


def no_users(root: Path) -> bool:
    """No process holds a lease (a shared lock on `users.lock`)."""
    probe = os.open(root / "users.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(probe)
