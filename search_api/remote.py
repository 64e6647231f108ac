"""The fast CLI: `chidao search` asks a running `chidao serve` over HTTP instead of starting the
store and building the search index in its own process (seconds; the server holds them warm).
This module imports the standard library only: `cli.main` tries `try_search` before it imports
anything else (pydantic, the Neo4j driver, numpy: about a second of start-up), so a search that a
server answers costs the Python start and one HTTP request.

The server is `Settings.server` (CHIDAO_SERVER), else the one `chidao serve` recorded in
`data_dir/serve.json` while it runs (removed when it stops; ignored when its process is gone).
Any failure to reach it falls back to the in-process search; an error the server answers (a bad
parameter) is reported like a local one."""

from __future__ import annotations

import argparse
import http.client
import json
import os
import sys
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, Protocol

from search_api.api.errors import BadRequest


class Where(Protocol):
    """What server discovery reads of the settings (`search_api.settings.Settings` has both)."""

    @property
    def server(self) -> str | None: ...
    @property
    def data_dir(self) -> Path: ...


@dataclass(frozen=True)
class EnvWhere:
    """CHIDAO_SERVER and CHIDAO_DATA_DIR read as the settings object reads them (any case),
    without importing it (pydantic)."""

    server: str | None
    data_dir: Path

    @classmethod
    def from_env(cls) -> EnvWhere:
        env = {k.upper(): v for k, v in os.environ.items()}
        return cls(env.get("CHIDAO_SERVER") or None, Path(env.get("CHIDAO_DATA_DIR") or ".chidao"))

RECORD = "serve.json"
TIMEOUT_S = 30.0  # a first search builds the server's index


def record(settings: Where, host: str, port: int) -> Path:
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


def server_url(settings: Where) -> str | None:
    if settings.server:
        return settings.server.rstrip("/")
    try:
        rec = json.loads((settings.data_dir.expanduser() / RECORD).read_text())
    except (OSError, ValueError):
        return None
    ok = isinstance(rec, dict) and isinstance(rec.get("pid"), int) and _alive(rec["pid"])
    return str(rec["url"]) if ok else None


def get_json(url: str, path: str, params: dict[str, Any]) -> dict[str, Any] | None:
    """GET url+path?params as JSON; None when the server cannot be reached or fails (5xx); a
    4xx is the server's BadRequest. http.client, not urllib.request (ssl, email: ~0.1 s of
    imports for a local server)."""
    query = urllib.parse.urlencode({k: v for k, v in params.items() if v not in (None, "")})
    parts = urllib.parse.urlsplit(url)
    try:
        conn = _connection(parts)
        try:
            conn.request("GET", f"{parts.path.rstrip('/')}{path}?{query}")
            response = conn.getresponse()
            status, body = response.status, response.read().decode("utf-8")
        finally:
            conn.close()
        if 400 <= status < 500:
            raise BadRequest(_message(body, status))
        out: dict[str, Any] = json.loads(body)
        return out if status < 300 else None
    except (OSError, ValueError, http.client.HTTPException):
        return None


def _connection(parts: urllib.parse.SplitResult) -> http.client.HTTPConnection:
    if parts.scheme == "https":
        return http.client.HTTPSConnection(parts.netloc, timeout=TIMEOUT_S)
    return http.client.HTTPConnection(parts.netloc, timeout=TIMEOUT_S)


def _message(body: str, status: int) -> str:
    try:
        return str(json.loads(body)["error"]["message"])
    except (ValueError, KeyError, TypeError):
        return f"the server answered {status}"


FILTERS = ("agency", "project", "theme", "since", "until", "role", "kind")


def search_args(p: argparse.ArgumentParser) -> None:
    """The arguments of `chidao search` (the full CLI's subcommand and `try_search` share them)."""
    p.add_argument("query")
    p.add_argument("--k", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p.add_argument("--preset", default="hybrid", help="lexical | dense | hybrid")
    for name in ("agency", "project", "theme", "since", "until", "kind"):
        p.add_argument(f"--{name}")
    p.add_argument("--role", choices=["lead", "support"])
    p.add_argument("--offset", type=int, default=0, help="skip this many results (paging)")
    p.add_argument("--group", choices=["task"], help="one result per repeated task")


def search_params(args: argparse.Namespace) -> dict[str, Any]:
    """The /search query parameters of parsed `chidao search` arguments."""
    filters = {k: getattr(args, k) for k in FILTERS if getattr(args, k)}
    return {"q": args.query, "k": args.k, "preset": args.preset, "offset": args.offset,
            "group": args.group, **filters}


class _Quiet(argparse.ArgumentParser):
    """A parser that leaves bad arguments to the full CLI (which says what is wrong)."""

    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def try_search(argv: Sequence[str], where: Where | None = None) -> int | None:
    """`chidao search ...` answered by a running server: the exit status, or None when this is
    another command, asks for help, or no server answers (the full CLI runs it then)."""
    if not argv or argv[0] != "search" or {"-h", "--help"} & set(argv):
        return None
    parser = _Quiet(prog="chidao search", add_help=False)
    search_args(parser)
    try:
        args = parser.parse_args(list(argv[1:]))
    except ValueError:
        return None
    url = server_url(where or EnvWhere.from_env())
    try:
        found = get_json(url, "/search", search_params(args)) if url else None
    except BadRequest as exc:
        print(f"chidao: {exc}", file=sys.stderr)
        return 2
    if found is None:
        return None
    print_search(found, args.json)
    return 0


def print_search(out: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(out, ensure_ascii=False, indent=2, default=str))
        return
    if out.get("no_result"):
        print(f"no result: {out.get('reason')}")
    for i, r in enumerate(out["results"], out.get("offset", 0) + 1):
        who = ", ".join(r["lead"]) or "-"
        months = f" {','.join(r['months'])}" if len(r.get("months") or []) > 1 else ""
        print(f"{i:2}. [{r['meeting']['period']} {r['section']}{months}] ({who}) "
              f"{r['text'][:200]}")
