"""Provincial-level units (provinces.json): the 63 before 1 July 2025, the 34 after, and the 2025
merger lineage. Looked up by name or alias, case, tone marks and "tỉnh"/"thành phố" aside."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from ingest.text import canon, fold, nfc

MERGER = date(2025, 7, 1)


@dataclass(frozen=True)
class Province:
    name: str
    before_2025: bool
    after_2025: bool
    kind_before: str | None = None  # "tỉnh" | "thành phố" (centrally-run city)
    kind_after: str | None = None
    successor: str | None = None  # the unit it was merged into on 1 July 2025
    merged_from: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()

    def on(self, day: date | None) -> str:
        """The unit this province's territory belonged to on `day` (its successor after the
        merger when it was merged away)."""
        if day is not None and day >= MERGER and self.successor:
            return self.successor
        return self.name


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    text = resources.files("ingest.gazetteer").joinpath("provinces.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def _index() -> dict[str, Province]:
    out: dict[str, Province] = {}
    for e in _raw()["provinces"]:
        p = Province(nfc(e["name"]), e["before_2025"], e["after_2025"], e.get("kind_before"),
                     e.get("kind_after"), e.get("successor"), tuple(e.get("merged_from", ())),
                     tuple(e.get("aliases", ())))
        for key in (p.name, *p.aliases):
            out[_key(key)] = p
    return out


def _key(name: str) -> str:
    bare = re.sub(r"^(?:tinh|thanh pho|tp\.?)\s+", "", fold(name))
    return re.sub(r"[\s.-]+", " ", bare).strip()


def find(name: str) -> Province | None:
    """The province named `name` ("Hà Giang", "TỈNH HÀ GIANG", "TP. Hồ Chí Minh"), or None."""
    return _index().get(_key(name))


def names() -> list[str]:
    """Every name and alias, longest first (for scanning text)."""
    return sorted({n for p in _index().values() for n in (p.name, *p.aliases)}, key=len,
                  reverse=True)


@lru_cache(maxsize=1)
def _communes() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for province, units in _raw()["communes_2025"].items():
        for unit in units:
            out.setdefault(canon(unit), []).append(nfc(province))
    return {k: tuple(v) for k, v in out.items()}


def provinces_of_commune(unit: str) -> tuple[str, ...]:
    """The provinces (after 1 July 2025) that have a commune/ward named so ("xã Trà Lĩnh");
    several when the name is not unique."""
    return _communes().get(canon(unit), ())
