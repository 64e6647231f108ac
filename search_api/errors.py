"""Errors that carry their HTTP status; one JSON shape `{"error": {"code", "message"}}`."""

from __future__ import annotations

from typing import Any


class ChidaoError(Exception):
    status = 500
    code = "internal_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadRequest(ChidaoError):
    status, code = 422, "invalid_parameter"


class Unauthorized(ChidaoError):
    status, code = 401, "unauthorized"


class Forbidden(ChidaoError):
    status, code = 403, "forbidden"


class NotFound(ChidaoError):
    status, code = 404, "not_found"


class PayloadTooLarge(ChidaoError):
    status, code = 413, "payload_too_large"


class VersionConflict(ChidaoError):
    """Another version of a stored meeting, sent without replace=true (or a version changed
    under a client that named the one it meant to replace)."""

    status, code = 409, "version_conflict"


class WritesDisabled(ChidaoError):
    status, code = 503, "writes_disabled"


def error_body(code: str, message: str) -> dict[str, Any]:
    """The one error shape, used by every handler."""
    return {"error": {"code": code, "message": message}}
