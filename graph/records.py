"""Records to plain Python values, as `neo4j.Record.data()` makes them, without its per-value
abstract-class checks: `data()` spent ~0.7 ms of client CPU per unit read (384 floats of
embedding, each tested against six ABCs; 6.5 min at 10 k notices), this 0.19 ms. Same output
(tested against `data()`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import Any

import neo4j
from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point
from neo4j.time import Date, DateTime, Duration, Time

Row = dict[str, Any]
SCALARS = frozenset({str, int, float, bool, type(None), bytes, bytearray})


def plain(x: Any) -> Any:
    """A value with nodes as property maps, relationships as (start, TYPE, end), paths as
    [node, TYPE, node, ...]; lists, sets and maps converted inside."""
    kind = type(x)
    if kind in SCALARS:
        return x
    if kind is list:
        return x if all(type(v) in SCALARS for v in x) else [plain(v) for v in x]
    if kind is dict:
        return {k: plain(v) for k, v in x.items()}
    if isinstance(x, Node):
        return plain(dict(x))
    if isinstance(x, Relationship):
        return plain(x.start_node), type(x).__name__, plain(x.end_node)
    if isinstance(x, Path):
        return _path(x)
    return _other(x)


def _other(x: Any) -> Any:
    """Strings, points and temporals as they are; other sequences, sets and maps inside."""
    if isinstance(x, (str, Point, Date, Time, DateTime, Duration)):
        return x
    if isinstance(x, (Sequence, Set)):
        return type(x)(map(plain, x))  # type: ignore[call-arg]
    if isinstance(x, Mapping):
        return type(x)((k, plain(v)) for k, v in x.items())  # type: ignore[call-arg]
    return x


def _path(p: Path) -> list[Any]:
    out: list[Any] = [plain(p.start_node)]
    for rel, node in zip(p.relationships, p.nodes[1:], strict=True):
        out += [type(rel).__name__, plain(node)]
    return out


def record_data(rec: neo4j.Record) -> Row:
    """`rec.data()`, faster."""
    return {k: plain(v) for k, v in zip(rec.keys(), rec.values(), strict=True)}
