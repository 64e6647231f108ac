"""Paging of list endpoints: `limit` and an opaque `cursor` (the key the next page starts after)."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Annotated

from fastapi import Depends, Query

from search_api.api.errors import BadRequest

MAX_LIMIT = 1000


def encode_cursor(after: tuple[str, ...] | None) -> str | None:
    if after is None:
        return None
    return base64.urlsafe_b64encode(json.dumps(list(after)).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[str, ...] | None:
    """The key inside a cursor this server wrote; anything else is a 422, never a 500."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        key = None
    if not isinstance(key, list) or not key or not all(isinstance(k, str) for k in key):
        raise BadRequest("cursor không hợp lệ: dùng next_cursor của trang trước")
    return tuple(key)


class PageParams:
    def __init__(self, limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = MAX_LIMIT,
                 cursor: Annotated[str | None, Query(max_length=2048)] = None) -> None:
        self.limit = limit
        self.after = decode_cursor(cursor)


PageDep = Annotated[PageParams, Depends()]
