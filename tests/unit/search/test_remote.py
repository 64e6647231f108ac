"""The fast CLI's server discovery: an explicit CHIDAO_SERVER, the record `chidao serve` leaves
in the data dir while its process lives, and a fallback (None) when nothing answers."""

import json
import os
import socket
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from search_api import remote
from search_api.settings import Settings


def test_an_explicit_server_wins(tmp_path: Path) -> None:
    s = Settings(data_dir=tmp_path, server="http://10.0.0.5:9000/")
    assert remote.server_url(s) == "http://10.0.0.5:9000"


def test_the_record_of_a_live_server_is_used(tmp_path: Path) -> None:
    s = Settings(data_dir=tmp_path)
    path = remote.record(s, "0.0.0.0", 8123)
    assert json.loads(path.read_text())["pid"] == os.getpid()
    assert remote.server_url(s) == "http://127.0.0.1:8123"


def test_a_dead_servers_record_is_ignored(tmp_path: Path) -> None:
    (tmp_path / remote.RECORD).write_text(json.dumps({"url": "http://x:1", "pid": 2 ** 22 + 7}))
    assert remote.server_url(Settings(data_dir=tmp_path)) is None
    (tmp_path / remote.RECORD).write_text("not json")
    assert remote.server_url(Settings(data_dir=tmp_path)) is None


def test_nothing_listening_falls_back(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    assert remote.get_json(f"http://127.0.0.1:{port}", "/search", {"q": "x"}) is None


class _Answer(BaseHTTPRequestHandler):
    """A stand-in for `chidao serve`'s /search: one result, or a 400 for k=0."""

    def do_GET(self) -> None:
        params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        body: dict[str, object]
        if params.get("k") == ["0"]:
            body, status = {"error": {"code": "bad_request", "message": "k phải từ 1"}}, 400
        else:
            body, status = {"query": params["q"][0], "offset": 0, "results": [{
                "lead": ["Sở Y tế"], "meeting": {"period": "2025-06"}, "section": "II.3",
                "text": "Tiêm vắc xin sởi", "agency": params.get("agency")}]}, 200
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[remote.EnvWhere]:
    httpd = HTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield remote.EnvWhere(f"http://127.0.0.1:{httpd.server_address[1]}", tmp_path)
    httpd.shutdown()


def test_a_running_server_answers_the_search_command(server: remote.EnvWhere,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert remote.try_search(["search", "tiêm sởi", "--agency", "so-y-te"], server) == 0
    out = capsys.readouterr().out
    assert "[2025-06 II.3] (Sở Y tế) Tiêm vắc xin sởi" in out


def test_the_servers_bad_request_is_one_line_and_status_2(
        server: remote.EnvWhere, capsys: pytest.CaptureFixture[str]) -> None:
    assert remote.try_search(["search", "x", "--k", "0"], server) == 2
    assert capsys.readouterr().err.strip() == "chidao: k phải từ 1"


def test_other_commands_help_bad_arguments_and_no_server_go_to_the_full_cli(
        tmp_path: Path) -> None:
    nowhere = remote.EnvWhere(None, tmp_path)
    assert remote.try_search(["stats"], nowhere) is None
    assert remote.try_search(["search", "--help"], nowhere) is None
    assert remote.try_search(["search", "x", "--k", "many"], nowhere) is None
    assert remote.try_search(["search", "x"], nowhere) is None  # no server recorded


def test_the_environment_is_read_as_the_settings_read_it(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    monkeypatch.setenv("chidao_server", "http://h:1")
    monkeypatch.setenv("CHIDAO_DATA_DIR", str(tmp_path))
    assert remote.EnvWhere.from_env() == remote.EnvWhere("http://h:1", tmp_path)
    assert Settings().server == "http://h:1" and Settings().data_dir == tmp_path


def test_the_cli_module_imports_only_the_standard_library() -> None:
    """What lets a served `chidao search` start in a fraction of a second: the heavy packages
    load only when the full CLI runs a command."""
    code = ("import sys, search_api.cli; "
            "print(sorted(m for m in ('pydantic', 'numpy', 'neo4j', 'graph', 'ingest') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).parents[3], check=True)
    assert out.stdout.strip() == "[]"
