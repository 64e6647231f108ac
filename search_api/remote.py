"""The fast CLI: `chidao search` asks a running `chidao serve` over HTTP instead of starting the
store and building the search index in its own process (seconds; the server holds them warm).

The server is `Settings.server` (CHIDAO_SERVER), else the one `chidao serve` recorded in
`data_dir/serve.json` while it runs (removed when it stops; ignored when its process is gone).
Any failure to reach it falls back to the in-process search; an error the server answers (a bad
parameter) is reported like a local one."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from search_api.api.errors import BadRequest
from search_api.settings import Settings

RECORD = "serve.json"
TIMEOUT_S = 30.0  # a first search builds the server's index


def record(settings: Settings, host: str, port: int) -> Path:
    """Write data_dir/serve.json for this server process; the path, to remove on exit."""
    path = settings.data_dir.expanduser() / RECORD
    path.parent.mkdir(parents=True, exist_ok=True)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    path.write_text(json.dumps({"url": f"http://{shown}:{port}", "pid": os.getpid()}))
    return path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def server_url(settings: Settings) -> str | None:
    if settings.server:
        return settings.server.rstrip("/")
    try:
        rec = json.loads((settings.data_dir.expanduser() / RECORD).read_text())
    except (OSError, ValueError):
        return None
    ok = isinstance(rec, dict) and isinstance(rec.get("pid"), int) and _alive(rec["pid"])
    return str(rec["url"]) if ok else None


def get_json(url: str, path: str, params: dict[str, Any]) -> dict[str, Any] | None:
    """GET url+path?params as JSON; None when the server cannot be reached."""
    query = urllib.parse.urlencode({k: v for k, v in params.items() if v not in (None, "")})
    try:
        with urllib.request.urlopen(f"{url}{path}?{query}", timeout=TIMEOUT_S) as r:
            out: dict[str, Any] = json.loads(r.read().decode("utf-8"))
            return out
    except urllib.error.HTTPError as exc:
        if 400 <= exc.code < 500:
            raise BadRequest(_message(exc)) from None
        return None
    except (OSError, ValueError):
        return None


def _message(exc: urllib.error.HTTPError) -> str:
    try:
        return str(json.loads(exc.read().decode("utf-8"))["error"]["message"])
    except (ValueError, KeyError, TypeError, OSError):
        return f"the server answered {exc.code}"
