"""Bench-only NoticeGraphs built from generated notices without the parser.

Used to measure graph writes (and vector writes with synthetic vectors) when `ingest.pipeline` is
absent, or to separate parser cost from store cost. Each assignment line ("Giao ...", "- ...")
becomes one Directive; agencies are found by the generator's own vocabulary. These graphs are
labelled "bench-built" wherever their numbers are reported: they are not the parser's output.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from bench import vocab as V
from bench.corpus import Planted, file_slug
from ingest.model import Agency, AgencyRef, Directive, Finding, Meeting, NoticeGraph

BY_LENGTH = sorted(V.SUPPORTERS, key=len, reverse=True)


def agencies_in(line: str) -> list[str]:
    """Vocabulary agencies named in the line, in order of appearance, longest names first."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for name in BY_LENGTH:
        at = line.find(name)
        if at >= 0 and not any(a <= at < b for a, b in taken):
            found.append((at, name))
            taken.append((at, at + len(name)))
    return [name for _, name in sorted(found)]


def agency(province: str, name: str) -> Agency:
    return Agency(id=f"{file_slug(province)}:{file_slug(name)}", name=name, province=province)


def ref(a: Agency) -> AgencyRef:
    return AgencyRef(id=a.id, name=a.name, mention=a.name)


def directive_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the assignment lines of a generated notice."""
    out, offset = [], 0
    for line in text.split("\n"):
        if line.startswith("Nơi nhận"):
            break
        if line.startswith(("Giao ", "- ")) or line[1:4] == ") G":
            out.append((offset, line))
        offset += len(line) + 1
    return out


def line_graph(path: Path, planted: Planted) -> NoticeGraph:
    """A NoticeGraph of one generated notice, built line by line (see module docstring)."""
    data = path.read_bytes()
    text = data.decode("utf-8")
    mid = path.stem
    known: dict[str, Agency] = {}
    directives, lead = [], "Văn phòng UBND tỉnh"
    for n, (offset, line) in enumerate(directive_lines(text)):
        names = agencies_in(line) or [lead]
        lead = names[0]
        refs = [ref(known.setdefault(a, agency(planted.province, a))) for a in names]
        directives.append(Directive(id=f"{mid}:d{n}", text=line, section=f"II.{n}",
                                    span=(offset, offset + len(line)), order=n,
                                    lead=refs[:1], support=refs[1:]))
    meeting = Meeting(id=mid, title=text.split("\n\n")[2], province=planted.province,
                      period=f"{planted.year}-{planted.month:02d}", source=path.name,
                      sha256=hashlib.sha256(data).hexdigest())
    return NoticeGraph(meeting=meeting, text=text, directives=directives,
                       agencies=list(known.values()))


def synthetic_vectors(graph: NoticeGraph, dims: int = 384) -> dict[str, list[float]]:
    """Random unit vectors per directive and finding (seeded by id): write and index cost only."""
    out = {}
    found: list[Directive | Finding] = [*graph.directives, *graph.findings]
    for d in found:
        rng = random.Random(d.id)
        v = [rng.gauss(0.0, 1.0) for _ in range(dims)]
        norm = sum(x * x for x in v) ** 0.5
        out[d.id] = [x / norm for x in v]
    return out
