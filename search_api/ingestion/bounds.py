"""Bounded work per input: a notice is read and parsed in a parser process that is killed past
the time limit (the parse never goes on after its caller has given up), with at most so many
paragraphs and units; past a bound, one clear refusal (IngestError), the store untouched."""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from ingest.errors import IngestError
from ingest.formats import read_bytes
from ingest.model import NoticeGraph
from ingest.pipeline import parse_source
from search_api.settings import Settings

# one long-lived parser process (its gazetteer and resolver caches warm, as in-process),
# replaced when it is killed at the time limit, dies, or has parsed RECYCLE_AFTER files
_CTX = multiprocessing.get_context("spawn")
RECYCLE_AFTER = 500


@dataclass(frozen=True)
class Limits:
    parse_s: float  # reading and parsing one file
    paragraphs: int  # non-blank lines of its text
    units: int  # directives + findings


def limits_of(settings: Settings) -> Limits:
    """The bounds the settings name (CHIDAO_MAX_PARSE_S, _MAX_PARAGRAPHS, _MAX_UNITS)."""
    return Limits(settings.max_parse_s, settings.max_paragraphs, settings.max_units)


def _check(name: str, what: str, count: int, limit: int, setting: str) -> None:
    if count > limit:
        raise IngestError(name, f"too many {what} ({count:,} > {limit:,}; {setting})")


def parse_within(name: str, data: bytes, limits: Limits) -> NoticeGraph:
    """Read and parse `data` in the bounds (what ingest.pipeline.parse_bytes does, bounded)."""
    src = read_bytes(name, data)
    paragraphs = sum(1 for line in src.text.splitlines() if line.strip())
    _check(name, "paragraphs", paragraphs, limits.paragraphs, "CHIDAO_MAX_PARAGRAPHS")
    ng = parse_source(src)
    units = len(ng.directives) + len(ng.findings)
    _check(name, "directives and findings", units, limits.units, "CHIDAO_MAX_UNITS")
    return ng


def _work(name: str, data: bytes, limits: Limits) -> tuple[str, object]:
    try:
        return "ok", parse_within(name, data, limits).model_dump_json()
    except IngestError as exc:
        return "error", (exc.reason, exc.where)
    except Exception as exc:  # never a traceback: one line naming the file
        return "error", (f"unreadable file ({type(exc).__name__})", None)


def _serve(jobs: Connection) -> None:
    """The parser process: one file at a time, until its pipe closes."""
    while True:
        try:
            name, data, limits = jobs.recv()
        except EOFError:
            return
        jobs.send(_work(name, data, limits))


class Parser:
    """The parser process, one file at a time (a caller waits for the one before)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._child: BaseProcess | None = None
        self._pipe: Connection | None = None
        self._parsed = 0

    def parse(self, name: str, data: bytes, limits: Limits) -> NoticeGraph:
        """parse_within in the parser process; past `limits.parse_s` it is killed."""
        with self._lock:
            pipe = self._ready()
            pipe.send((name, data, limits))
            if not pipe.poll(limits.parse_s):
                self._stop()
                raise IngestError(name, f"parsing took longer than {limits.parse_s:g} s "
                                        "(CHIDAO_MAX_PARSE_S): refused")
            try:
                kind, payload = pipe.recv()
            except EOFError:
                self._stop()
                raise IngestError(name, "the parser stopped before it finished "
                                        "(out of memory?)") from None
        if kind == "error":
            reason, where = payload
            raise IngestError(name, reason, where=where)
        return NoticeGraph.model_validate_json(payload)

    def _ready(self) -> Connection:
        if self._child is None or not self._child.is_alive() or self._parsed >= RECYCLE_AFTER:
            self._stop()
            self._pipe, theirs = _CTX.Pipe()
            self._child = _CTX.Process(target=_serve, args=(theirs,), daemon=True,
                                       name="chidao-parser")
            self._child.start()
            theirs.close()
        self._parsed += 1
        assert self._pipe is not None
        return self._pipe

    def _stop(self) -> None:
        if self._child is not None:
            self._child.kill()
            self._child.join()
        if self._pipe is not None:
            self._pipe.close()
        self._child, self._pipe, self._parsed = None, None, 0


PARSER = Parser()


def parse_bounded(name: str, data: bytes, limits: Limits) -> NoticeGraph:
    """Read and parse `data` within `limits`, in the parser process."""
    return PARSER.parse(name, data, limits)
