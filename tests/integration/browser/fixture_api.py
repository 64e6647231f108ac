"""A tiny stand-in for the JSON API, used by the browser tests until `create_app` lands.

It serves search_api/static/ at / and /static, and answers the DESIGN.md JSON shapes from a
small in-memory notice set (two meetings, one repeated thread, one hostile `<script>` paragraph).
"""

from __future__ import annotations

import json
import threading
import unicodedata
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

STATIC = Path(__file__).resolve().parents[3] / "search_api" / "static"
HOSTILE = "Giao Sở Tài chính rà soát <script>window.pwned=1</script> hồ sơ."

M1 = {
    "id": "m-2025-06",
    "period": "2025-06",
    "date": "2025-06-30",
    "title": "Phiên họp UBND tỉnh tháng 6/2025",
}
M2 = {
    "id": "m-2026-01",
    "period": "2026-01",
    "date": "2026-01-29",
    "title": "Phiên họp UBND tỉnh tháng 01/2026",
}


def _directive(did: str, meeting: dict[str, str], text: str, **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": did,
        "kind": "directive",
        "text": text,
        "meeting": meeting,
        "lead": ["Sở Tài chính"],
        "support": ["Sở Xây dựng"],
        "section": "II",
        "projects": ["Cao tốc Đồng Đăng - Trà Lĩnh"],
        "themes": ["Đầu tư công"],
        "deadline": {"date": "2025-07-15", "precision": "day", "text": "trước ngày 15/7/2025"},
        "repeats": [],
        "span": [0, len(text)],
        "score": 0.9,
    }
    base.update(extra)
    return base


DIRECTIVES = [
    _directive(
        "d1", M1, "Đẩy nhanh tiến độ giải ngân vốn đầu tư công dự án cao tốc Đồng Đăng - Trà Lĩnh."
    ),
    _directive("d2", M1, HOSTILE, themes=["Cải cách hành chính"], projects=[]),
    _directive(
        "d3",
        M2,
        "Tiếp tục đẩy nhanh tiến độ giải ngân vốn đầu tư công dự án cao tốc Đồng Đăng - Trà Lĩnh, "
        "hoàn thành giải phóng mặt bằng.",
        deadline=None,
        repeats=["d1"],
    ),
]
AGENCIES = [{"id": "a-stc", "name": "Sở Tài chính"}, {"id": "a-sxd", "name": "Sở Xây dựng"}]
PROJECTS = [{"id": "p-cao-toc", "name": "Cao tốc Đồng Đăng - Trà Lĩnh"}]
THEMES = [{"id": "t-dtc", "name": "Đầu tư công"}, {"id": "t-cchc", "name": "Cải cách hành chính"}]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _search(q: str) -> dict[str, Any]:
    terms = [t for t in _fold(q).split() if len(t) > 1]
    hits = [d for d in DIRECTIVES if any(t in _fold(d["text"]) for t in terms)]
    return {"query": q, "results": hits}


def _obligations(status_of: dict[str, str]) -> dict[str, Any]:
    rows = [
        {
            "id": d["id"],
            "text": d["text"],
            "role": "lead",
            "meeting": d["meeting"],
            "deadline": d["deadline"],
            "status": status_of[d["id"]],
            "thread": "th1" if d["id"] in ("d1", "d3") else None,
        }
        for d in DIRECTIVES
    ]
    return {"agency": AGENCIES[0], "as_of": "2026-02-01", "obligations": rows}


def _graph(node: str) -> dict[str, Any]:
    meeting = next((m for m in (M1, M2) if m["id"] == node), M2)
    ds = (
        [d for d in DIRECTIVES if d["meeting"]["id"] == meeting["id"]]
        if node == meeting["id"]
        else DIRECTIVES
    )
    nodes = [{**meeting, "label": "Meeting", "name": meeting["title"]}] + [
        {"id": d["id"], "label": "Directive", "name": d["text"], "period": d["meeting"]["period"]}
        for d in ds
    ]
    edges = [
        {"source": meeting["id"], "target": d["id"], "type": "HAS_DIRECTIVE"}
        for d in ds
        if d["meeting"] is meeting
    ]
    if node.startswith("d"):
        nodes += [
            {"id": "a-stc", "label": "Agency", "name": "Sở Tài chính"},
            {"id": "t-dtc", "label": "Theme", "name": "Đầu tư công"},
        ]
        edges += [
            {"source": node, "target": "a-stc", "type": "LEAD"},
            {"source": node, "target": "t-dtc", "type": "ABOUT"},
        ]
    return {"nodes": nodes, "edges": edges}


def answer(path: str, query: dict[str, list[str]]) -> Any:
    """The JSON body for one API path, or None when the path is not an API path."""

    def arg(key: str) -> str:
        return (query.get(key) or [""])[0]

    parts = [unquote(p) for p in path.strip("/").split("/")]
    thread = {
        "id": "th1",
        "meetings": 2,
        "first_seen": "2025-06",
        "last_seen": "2026-01",
        "occurrences": [DIRECTIVES[0], DIRECTIVES[2]],
    }
    table: dict[str, Any] = {
        "health": {
            "status": "ok",
            "store": "fixture",
            "meetings": 2,
            "directives": len(DIRECTIVES),
        },
        "search": _search(arg("q")),
        "agencies": {"agencies": AGENCIES},
        "projects": {"projects": PROJECTS},
        "themes": {"themes": THEMES},
        "meetings": {"meetings": [M1, M2]},
        "graph": _graph(arg("node")),
    }
    if len(parts) == 1:
        return table.get(parts[0])
    if parts[0] == "meetings":
        meeting = M1 if parts[1] == M1["id"] else M2
        return {
            "meeting": meeting,
            "findings": [],
            "directives": [d for d in DIRECTIVES if d["meeting"] is meeting],
        }
    if parts[0] == "agencies":
        return _obligations({"d1": "overdue", "d2": "open", "d3": "no_deadline"})
    if parts[0] == "projects":
        return {"project": PROJECTS[0], "threads": [thread]}
    return None


class _Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, directory=str(STATIC), **kwargs)

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/" or url.path.startswith("/static/"):
            self.path = "/index.html" if url.path == "/" else url.path[len("/static") :]
            super().do_GET()
            return
        body = answer(url.path, parse_qs(url.query))
        data = json.dumps(
            body if body is not None else {"error": {"code": "not_found", "message": url.path}}
        ).encode()
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def serve() -> tuple[ThreadingHTTPServer, str]:
    """Start the fixture API on a free 127.0.0.1 port in a daemon thread: (server, base url)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
