"""ASGI guards in front of every route, before a byte of the body is read: the Host header
against the configured host names (DNS rebinding), the API key of any write, and a deadline for
a slow client's body."""

from __future__ import annotations

import asyncio
import time

from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from search_api.api.deps import key_problem
from search_api.api.errors import error_body
from search_api.settings import Settings

READS = {"GET", "HEAD", "OPTIONS"}


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return bytes(value).decode("latin-1")
    return None


def host_name(host: str) -> str:
    """'example.org:8000' -> 'example.org', '[::1]:8000' -> '::1' (lower case)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _routed(scope: Scope) -> bool:
    """A route takes this method on this path (else the app answers 404 / 405 itself, without
    reading the body)."""
    return any(route.matches(scope)[0] == Match.FULL for route in scope["app"].routes)


async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, code: str,
                  message: str) -> None:
    await JSONResponse(error_body(code, message), status_code=status)(scope, receive, send)


class Guards:
    """Host check, then the write key, then the body deadline; the app only after all three.
    The settings are the app's (`app.state.settings`), read per request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        settings: Settings = scope["app"].state.settings
        hosts = {h.lower() for h in settings.allowed_hosts}
        if "*" not in hosts and host_name(_header(scope, b"host") or "") not in hosts:
            return await _refuse(scope, receive, send, 400, "invalid_host",
                                 "Tên máy chủ (Host) không được phép: đặt CHIDAO_ALLOWED_HOSTS.")
        if scope["method"] not in READS and _routed(scope):
            problem = key_problem(settings, _header(scope, b"x-api-key"))
            if problem is not None:
                return await _refuse(scope, receive, send, problem.status, problem.code,
                                     problem.message)
        await self.app(scope, _deadline(receive, settings.body_timeout_s), send)


def _deadline(receive: Receive, seconds: float) -> Receive:
    """`receive` with the whole body due within `seconds` of the first read (a client sending
    a byte now and then is cut off too); after the body, untimed (disconnect waits)."""
    due: float | None = None
    done = False

    async def timed() -> Message:
        nonlocal due, done
        if done:
            return await receive()
        due = due if due is not None else time.monotonic() + seconds
        try:
            message = await asyncio.wait_for(receive(), max(due - time.monotonic(), 0.001))
        except TimeoutError:
            raise HTTPException(408, "Gửi dữ liệu quá chậm: yêu cầu bị hủy.") from None
        done = message["type"] != "http.request" or not message.get("more_body", False)
        return message

    return timed
