"""Every version of a meeting's notice is kept: its parse (the whole NoticeGraph, text included)
compressed into `NoticeVersion` / `NoticeVersionPart` nodes, so a replaced version can be listed
and restored exactly as it was parsed. Written in the notice's own write transaction.

The nodes carry a `key`, never an `id`, and no edges: they are in no export, count, search or
graph view (like `Meta`), and deleting a meeting deletes its versions."""

from __future__ import annotations

import base64
import zlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from pydantic import ValidationError

from graph.errors import StoreError
from graph.rows import VersionRow
from ingest.model import NoticeGraph

if TYPE_CHECKING:
    from graph.contract import Store, Tx

Row = dict[str, Any]
PART_CHARS = 1 << 20  # one part of the compressed parse: a batch of its own under Bolt limits

WRITE_VERSION = (
    "MERGE (v:NoticeVersion {key: $key}) ON CREATE SET v.stored_at = $at "
    "SET v.meeting = $mid, v.sha256 = $sha, v.source = $source, v.period = $period, "
    "v.directives = $directives, v.findings = $findings, v.parts = $parts"
)
DROP_PARTS = "MATCH (p:NoticeVersionPart {version: $key}) DELETE p"
WRITE_PART = (
    "CREATE (p:NoticeVersionPart {version: $key, meeting: $mid, seq: $seq, data: $data})"
)
LIST = (
    "MATCH (v:NoticeVersion {meeting: $mid}) RETURN v.sha256 AS sha256, v.source AS source, "
    "v.period AS period, v.stored_at AS stored_at, v.directives AS directives, "
    "v.findings AS findings"
)
READ_PARTS = (
    "MATCH (p:NoticeVersionPart {version: $key}) RETURN p.seq AS seq, p.data AS data"
)
DROP_ALL = (
    "MATCH (p:NoticeVersionPart {meeting: $mid}) DELETE p",
    "MATCH (v:NoticeVersion {meeting: $mid}) DELETE v",
)


def version_key(meeting_id: str, sha256: str) -> str:
    return f"{meeting_id}@{sha256}"


def _pack(ng: NoticeGraph) -> list[str]:
    raw = zlib.compress(ng.model_dump_json().encode("utf-8"), 6)
    text = base64.b64encode(raw).decode("ascii")
    return [text[i:i + PART_CHARS] for i in range(0, len(text), PART_CHARS)] or [""]


def _unpack(parts: list[str]) -> NoticeGraph:
    try:
        raw = zlib.decompress(base64.b64decode("".join(parts)))
        return NoticeGraph.model_validate_json(raw)
    except (ValueError, zlib.error, ValidationError) as exc:
        raise StoreError("phiên bản đã lưu không đọc được") from exc


def write_version(tx: Tx, ng: NoticeGraph) -> None:
    """Keep this version (idempotent: the same meeting and sha256 is one version; its first
    storing time stays)."""
    m, parts = ng.meeting, _pack(ng)
    key = version_key(m.id, m.sha256)
    tx.run(WRITE_VERSION, {
        "key": key, "at": datetime.now(UTC).isoformat(timespec="microseconds"), "mid": m.id,
        "sha": m.sha256, "source": m.source, "period": m.period,
        "directives": len(ng.directives), "findings": len(ng.findings), "parts": len(parts)})
    tx.run(DROP_PARTS, {"key": key})
    for seq, data in enumerate(parts):
        tx.run(WRITE_PART, {"key": key, "mid": m.id, "seq": seq, "data": data})


def drop_versions(tx: Tx, meeting_id: str) -> None:
    for stmt in DROP_ALL:
        tx.run(stmt, {"mid": meeting_id})


def list_versions(store: Store, meeting_id: str) -> list[VersionRow]:
    """The meeting's kept versions, newest first."""
    rows = cast("list[VersionRow]", store.execute(LIST, {"mid": meeting_id}))
    return sorted(rows, key=lambda r: (str(r["stored_at"] or ""), str(r["sha256"])), reverse=True)


def read_version(store: Store, meeting_id: str, sha256: str) -> NoticeGraph | None:
    """The parse of one kept version, or None when it is not kept."""
    rows = store.execute(READ_PARTS, {"key": version_key(meeting_id, sha256)})
    if not rows:
        return None
    return _unpack([str(r["data"]) for r in sorted(rows, key=lambda r: int(r["seq"]))])

