"""Versions of a meeting: another version replaces the stored one only when asked (else 409),
every version stays kept (graph.versions) and a kept one can be made current again."""

from __future__ import annotations

from typing import Any

from graph.store import BoltStore
from graph.versions import list_versions, read_version
from ingest.model import NoticeGraph
from search_api.api.errors import NotFound, VersionConflict

Row = dict[str, Any]


def check_replace(ng: NoticeGraph, stored: str | None, replace: bool,
                  replaces: str | None) -> None:
    """Raise VersionConflict unless `ng` may become the meeting's current version: it is new,
    or `replace` is set (and `replaces`, when given, is the stored sha256)."""
    if stored is None:
        return
    m = ng.meeting
    if not replace:
        raise VersionConflict(
            f"Cuộc họp {m.id} (kỳ {m.period}) đã có một phiên bản khác "
            f"(sha256 {stored[:12]}…). Gửi lại với replace=true (CLI: chidao ingest --replace) "
            "để thay thế; "
            "phiên bản cũ vẫn được giữ lại.")
    if replaces is not None and replaces != stored:
        raise VersionConflict(
            f"Phiên bản hiện tại của cuộc họp {m.id} là {stored[:12]}…, không phải "
            f"{replaces[:12]}…: đã có người thay thế trước. Xem lại các phiên bản rồi gửi lại.")


def listing(store: BoltStore, meeting_id: str) -> Row:
    """The kept versions, newest first, the current one marked."""
    current = store.notice_sha(meeting_id)
    kept = [{**v, "current": v["sha256"] == current} for v in list_versions(store, meeting_id)]
    return {"meeting": meeting_id, "current": current, "versions": kept}


def kept(store: BoltStore, meeting_id: str, sha256: str) -> NoticeGraph:
    ng = read_version(store, meeting_id, sha256)
    if ng is None:
        raise NotFound(f"Cuộc họp {meeting_id} không có phiên bản {sha256[:12]}… được lưu.")
    return ng
