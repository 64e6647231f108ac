"""Bounds on a zip container (.docx) before any part of it is inflated: a few MiB that expand
to gigabytes (a zip bomb) are refused from the directory's declared sizes, which bound what
Python's zipfile will ever inflate (it stops at the declared size and fails the CRC check)."""

from __future__ import annotations

import io
import zipfile

MAX_UNPACKED = 128 * 1024 * 1024  # every member together
MAX_PART = 48 * 1024 * 1024  # one member (python-docx parses each XML part whole)
MAX_MEMBERS = 5_000
_MIB = 1024 * 1024


class Unsafe(ValueError):
    """A container whose contents would take unbounded memory to read."""


def check_zip(data: bytes) -> None:
    """Raise Unsafe when the archive declares more than the bounds (a bad zip is left to the
    reader, which reports it as not a valid file)."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile:
        return
    if len(members) > MAX_MEMBERS:
        raise Unsafe(f"archive has {len(members)} parts (at most {MAX_MEMBERS})")
    largest = max(members, key=lambda m: m.file_size, default=None)
    if largest is not None and largest.file_size > MAX_PART:
        raise Unsafe(f"part {largest.filename} expands to {largest.file_size / _MIB:.0f} MiB "
                     f"(at most {MAX_PART // _MIB} MiB)")
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED:
        raise Unsafe(f"archive expands to {total / _MIB:.0f} MiB "
                     f"(at most {MAX_UNPACKED // _MIB} MiB)")
