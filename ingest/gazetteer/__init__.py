"""Gazetteer data files (agencies, projects, themes), loaded once and validated on load.

Agencies come from three files, one per level of government: agencies.json (kinds of provincial
bodies), national.json (ministries, national bodies, a ministry's departments) and local.json
(a commune's bodies, and the administrative units whose named People's Committees are found by
pattern). Every group of agencies names its `source`: the act that created, merged or renamed it.

The JSON files ship inside the package (see pyproject `package-data`), so loading needs no
network and no working directory. Each loader returns plain typed records; matching logic lives
in ingest/resolve.py and ingest/extract/.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from ingest.text import nfc

Level = Literal["province", "national", "ministry", "commune", "department"]
LEVELS: tuple[Level, ...] = ("province", "national", "ministry", "commune", "department")
_FILES = ("agencies.json", "national.json", "local.json")


@dataclass(frozen=True)
class AgencyEntry:
    """One body (national) or kind of body (provincial, a ministry's, a commune's)."""

    slug: str  # body slug; the id adds the scope: see docs/agencies.md
    name: str  # canonical name, with "tỉnh" where the real name has it
    kind: str
    head: str = ""  # list head the short names follow: "Sở", "Văn phòng"
    short: tuple[str, ...] = ()  # names used after a list head: "Tài chính" in "các Sở: Tài chính"
    aliases: tuple[str, ...] = ()  # full variants and abbreviations
    successors: tuple[str, ...] = ()  # body slugs (SUCCEEDED_BY), for predecessors
    active_to: date | None = None
    active_from: date | None = None
    collective: bool = False
    level: Level = "province"
    parent: str = ""  # slug of the (national) body a department belongs to
    itself: bool = False  # the issuing unit itself (a commune's "UBND xã")
    unit: str = ""  # for a local unit's bodies: the unit ("xã" or "huyện") they belong to


@dataclass(frozen=True)
class UnitEntry:
    """An administrative unit word ("huyện", "xã"): "UBND huyện X" is a body of `kind`."""

    word: str
    kind: str
    body: str  # the body's head before the unit word: "UBND", or "" (a village is itself)
    active_to: date | None = None
    active_from: date | None = None


@dataclass(frozen=True)
class ProjectEntry:
    id: str
    name: str
    aliases: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ThemeEntry:
    id: str
    name: str
    description: str
    keywords: tuple[str, ...]


def _load(name: str) -> dict[str, Any]:
    raw = resources.files("ingest.gazetteer").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(nfc(raw))
    return data


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _level(value: Level) -> Level:
    if value not in LEVELS:
        raise ValueError(f"unknown agency level {value!r}")
    return value


def _agency(row: dict[str, Any], level: Level, unit: str = "") -> AgencyEntry:
    return AgencyEntry(
        slug=row["slug"],
        name=row["name"],
        kind=row["kind"],
        head=row.get("head", ""),
        short=tuple(row.get("short", ())),
        aliases=tuple(row.get("aliases", ())),
        successors=tuple(row.get("successors", ())),
        active_to=_date(row.get("active_to")),
        active_from=_date(row.get("active_from")),
        collective=bool(row.get("collective", False)),
        level=level,
        parent=row.get("parent", ""),
        itself=bool(row.get("itself", False)),
        unit=unit,
    )


@lru_cache(maxsize=1)
def agency_entries() -> tuple[AgencyEntry, ...]:
    """Every body of every level: current bodies, predecessors, collective actors."""
    return tuple(
        _agency(row, _level(group["level"]), group.get("unit", ""))
        for name in _FILES
        for group in _load(name)["groups"]
        for row in group["agencies"]
    )


@lru_cache(maxsize=1)
def agency_sources() -> dict[str, str]:
    """Each group's name -> its source (the act that created, merged or renamed its bodies)."""
    return {g["group"]: g["source"] for name in _FILES for g in _load(name)["groups"]}


@lru_cache(maxsize=1)
def unit_entries() -> tuple[UnitEntry, ...]:
    """Administrative unit words, longest first ("thị xã" before "xã")."""
    rows = _load("local.json")["units"]
    units = [
        UnitEntry(
            word=r["word"],
            kind=r["kind"],
            body=r["body"],
            active_to=_date(r.get("active_to")),
            active_from=_date(r.get("active_from")),
        )
        for r in rows
    ]
    return tuple(sorted(units, key=lambda u: -len(u.word)))


@lru_cache(maxsize=1)
def central_cities() -> frozenset[str]:
    """Slugs of the centrally-run cities, whose "UBND thành phố" is the province itself."""
    return frozenset(_load("local.json")["cities"])


@lru_cache(maxsize=1)
def project_entries() -> tuple[ProjectEntry, ...]:
    """Known projects with their aliases (detection does not depend on them)."""
    data = _load("projects.json")
    return tuple(
        ProjectEntry(id=p["id"], name=p["name"], aliases=tuple(p.get("aliases", ())))
        for p in data["projects"]
    )


@lru_cache(maxsize=1)
def theme_entries() -> tuple[ThemeEntry, ...]:
    """The theme taxonomy, in its documented order."""
    data = _load("themes.json")
    return tuple(
        ThemeEntry(
            id=t["id"], name=t["name"], description=t["description"], keywords=tuple(t["keywords"])
        )
        for t in data["themes"]
    )
