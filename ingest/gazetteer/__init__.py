"""Gazetteer data files (agencies, projects, themes), loaded once and validated on load.

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
from typing import Any

from ingest.text import nfc


@dataclass(frozen=True)
class AgencyEntry:
    """One kind of provincial body, valid in any province."""

    slug: str  # body slug: the province-scoped id is "<province-slug>:<slug>"
    name: str  # canonical name, with "tỉnh" where the real name has it
    kind: str
    head: str = ""  # list head the short names follow: "Sở", "Văn phòng"
    short: tuple[str, ...] = ()  # names used after a list head: "Tài chính" in "các Sở: Tài chính"
    aliases: tuple[str, ...] = ()  # full variants and abbreviations
    successors: tuple[str, ...] = ()  # body slugs (SUCCEEDED_BY), for predecessors
    active_to: date | None = None
    active_from: date | None = None
    collective: bool = False


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


def _agency(row: dict[str, Any]) -> AgencyEntry:
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
    )


@lru_cache(maxsize=1)
def agency_entries() -> tuple[AgencyEntry, ...]:
    """Every body kind in agencies.json: current bodies, predecessors, collective actors."""
    data = _load("agencies.json")
    return tuple(_agency(row) for group in data["groups"] for row in group["agencies"])


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
