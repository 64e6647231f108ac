"""`chidao ingest FOLDER` reports each file as it is stored, not all at the end: its line (file,
status, counts, seconds, place in the run) is out before the next file is taken up."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from search_api import cli
from search_api.service import IngestReport


class _Service:
    """Yields a stored report, a refusal and another report; before each next file it notes
    what the command had printed by then."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys
        self.seen: list[tuple[str, str]] = []

    def ingest_each(self, files: list[Path], replace: bool
                    ) -> Iterator[tuple[str, IngestReport | str]]:
        outcomes = [_report("a.txt", "created"), "không đọc được tệp", _report("c.txt", "replaced")]
        for f, outcome in zip(files, outcomes, strict=True):
            yield str(f), outcome
            captured = self.capsys.readouterr()
            self.seen.append((captured.out, captured.err))

    def close(self) -> None:
        pass


def _report(source: str, status: str) -> IngestReport:
    return IngestReport(source=source, meeting_id=f"m-{source[0]}", period="2026-01", status=status,
                        directives=3, findings=1, agencies=2, projects=1, deadlines=1, repeats=1)


def test_each_file_is_reported_before_the_next_is_taken_up(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    service = _Service(capsys)
    monkeypatch.setattr(cli, "_service", lambda: service)
    rc = cli.cmd_ingest(argparse.Namespace(paths=[str(tmp_path)], replace=False))
    summary = capsys.readouterr().err
    assert rc == 1 and summary == "2 ingested, 1 failed\n"
    (out1, err1), (out2, err2), (out3, err3) = service.seen
    assert out1.startswith("a.txt: created m-a (3 directives, 1 findings, 0 unclassified, "
                           "1 repeats) in ") and out1.endswith(" s [1/3]\n") and err1 == ""
    assert (out2, err2) == ("", f"{tmp_path / 'b.txt'}: không đọc được tệp\n")
    assert out3.startswith("c.txt: replaced m-c (") and out3.endswith(" s [3/3]\n") and err3 == ""
