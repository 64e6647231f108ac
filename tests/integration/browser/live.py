"""The real app (`create_app`) served by uvicorn in a thread over a fresh store (embedded, or the
Neo4j server its settings name), with the sample notices (and a short follow-up notice that
repeats a project's tasks) ingested over HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from pydantic import SecretStr

from search_api.api.app import create_app
from search_api.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = sorted((ROOT / "data" / "samples").glob("*.txt"))
FOLLOW_UP = Path(__file__).with_name("cao-bang-2026-02-follow-up.txt")
KEY = "browser-test-key"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def upload(base: str, name: str, data: bytes) -> dict[str, object]:
    """POST /documents with the API key; the ingest report."""
    r = httpx.post(f"{base}/documents", files={"file": (name, data)},
                   headers={"X-API-Key": KEY}, timeout=300)
    r.raise_for_status()
    report: dict[str, object] = r.json()
    return report


def delete(base: str, meeting_id: str) -> None:
    r = httpx.delete(f"{base}/documents/{meeting_id}", headers={"X-API-Key": KEY}, timeout=60)
    r.raise_for_status()


@contextmanager
def serve(data_dir: Path, files: Sequence[Path] | None = None, **store: Any) -> Iterator[str]:
    """Yield the base URL of the real app over `data_dir`, `files` ingested (by default the
    samples + follow-up); `store`: more settings (e.g. store="neo4j", NEO4J_URI/USER/PASSWORD)."""
    settings = Settings(data_dir=data_dir, api_key=SecretStr(KEY), **store)
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=_free_port(),
                            log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 120
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the app did not start")
            time.sleep(0.1)
        base = f"http://127.0.0.1:{config.port}"
        for path in files if files is not None else [*SAMPLES, FOLLOW_UP]:
            upload(base, path.name, path.read_bytes())
        # the first search builds the index (seconds on a busy machine): not inside a page wait
        httpx.get(f"{base}/search", params={"q": "tiến độ"}, timeout=300).raise_for_status()
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=60)
