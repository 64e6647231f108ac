"""Response models of the meeting versions endpoints."""

from __future__ import annotations

from pydantic import Field

from search_api.api.schemas.core import WRITE_ERRORS, ErrorResponse, Open


class Version(Open):
    sha256: str
    source: str
    period: str
    stored_at: str  # ISO 8601, UTC: when this version was first stored
    directives: int
    findings: int
    current: bool


class VersionList(Open):
    meeting: str
    current: str | None
    versions: list[Version]
    next_cursor: str | None = Field(None, description="`cursor` of the next page; null on the last")


CONFLICT: dict[int | str, dict[str, object]] = {
    409: {"model": ErrorResponse,
          "description": "another version of the meeting is stored (send replace=true)"},
}
VERSION_WRITE_ERRORS = {**WRITE_ERRORS, **CONFLICT}
