"""Paging of list endpoints: `limit` and an opaque `cursor` (the key the next page starts after).
Lists read page by page from the store use `PageDep`; lists the service computes whole (a task
list, the threads of a project, ...) are cut by `paged` (`ListPageDep`: all rows by default)."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from typing import Annotated, Any

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


class ListPageParams:
    """Paging of a list the service computes whole: `limit` rows (default: all of them, the
    answer as before paging) from `cursor` on."""

    def __init__(self, limit: Annotated[int | None, Query(ge=1, le=MAX_LIMIT)] = None,
                 cursor: Annotated[str | None, Query(max_length=2048)] = None) -> None:
        self.limit = limit
        self.after = decode_cursor(cursor)


ListPageDep = Annotated[ListPageParams, Depends()]


def row_id(row: Mapping[str, Any]) -> str:
    return str(row.get("id"))


def paged(body: Mapping[str, Any], key: str, page: ListPageParams,
          ident: Callable[[Mapping[str, Any]], str] = row_id) -> dict[str, Any]:
    """`body` with its list `key` cut to the page, and `next_cursor` (null on the last page): a
    cursor holds the position after the page and the id of the page's last row, so the next
    page starts after that row wherever it is now (at the position if it is gone)."""
    rows = body[key]
    start = _start(rows, page.after, ident)
    end = len(rows) if page.limit is None else min(len(rows), start + page.limit)
    after = (str(end), ident(rows[end - 1])) if end < len(rows) else None
    return {**body, key: rows[start:end], "next_cursor": encode_cursor(after)}


def _start(rows: list[Mapping[str, Any]], after: tuple[str, ...] | None,
           ident: Callable[[Mapping[str, Any]], str]) -> int:
    if after is None:
        return 0
    if len(after) != 2 or not after[0].isdigit():
        raise BadRequest("cursor không hợp lệ: dùng next_cursor của trang trước")
    position, last = min(int(after[0]), len(rows)), after[1]
    if position and ident(rows[position - 1]) == last:
        return position
    return next((i + 1 for i, r in enumerate(rows) if ident(r) == last), position)
