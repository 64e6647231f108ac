"""The fast CLI's server discovery: an explicit CHIDAO_SERVER, the record `chidao serve` leaves
in the data dir while its process lives, and a fallback (None) when nothing answers."""

import json
import os
import socket
from pathlib import Path

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
