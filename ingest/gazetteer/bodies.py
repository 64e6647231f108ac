"""The bodies a notice can name, with their ids in its scope (see ingest/gazetteer/scope.py).

- provincial kinds (agencies.json): "<scope>:<slug>" (in a national notice "vn:<slug>": that kind
  of body in every province, collective);
- national bodies (national.json): "vn:<slug>", whatever the scope;
- a ministry's departments (national.json, level "ministry"): "vn:<ministry>:<slug>", named bare
  in the ministry's own notice ("Văn phòng Bộ") and with the ministry anywhere
  ("Văn phòng Bộ Xây dựng");
- a commune's bodies (local.json): "<scope>:<commune>:<slug>" in the commune's own notice; in a
  province's notice (or one whose issuer was not read) "<scope>:cap-xa:<slug>", that kind of body
  of a commune not named.

Bodies come back in preference order: when two share a surface ("Ngân hàng Nhà nước"), the one of
the notice's own level wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ingest.gazetteer import LEVELS, AgencyEntry, agency_entries
from ingest.gazetteer.match import province_variants
from ingest.gazetteer.scope import NATIONAL, Scope

_ALWAYS_OVER = frozenset(["trung ương"])  # the Party's and State's central leadership
_LOCAL_OVER = frozenset(["chỉ đạo"])  # the province's leadership, above its departments
_SCOPED_OVER = frozenset(["chỉ đạo xã", "chỉ đạo bộ"])  # the issuing commune's / ministry's own


@dataclass(frozen=True)
class Body:
    id: str
    name: str
    kind: str
    surfaces: tuple[str, ...] = ()
    short: tuple[str, ...] = ()  # names after a list head
    head: str = ""
    successors: tuple[str, ...] = ()
    parent: str = ""
    active_from: date | None = None
    active_to: date | None = None
    collective: bool = False
    oversight: bool = False
    aliases: tuple[str, ...] = field(default=(), compare=False)


def _province_surfaces(entry: AgencyEntry, province: str) -> list[str]:
    out: list[str] = []
    for surface in (entry.name, *entry.aliases):
        if province or "{province}" not in surface:
            out += province_variants(surface, province) if province else [surface]
    return out


def _body(entry: AgencyEntry, id_: str, name: str, surfaces: list[str], **kw: object) -> Body:
    fields: dict[str, object] = {
        "id": id_, "name": name, "kind": entry.kind, "surfaces": tuple(dict.fromkeys(surfaces)),
        "short": entry.short, "head": entry.head, "active_from": entry.active_from,
        "active_to": entry.active_to, "collective": entry.collective,
    }
    fields.update(kw)
    return Body(**fields)  # type: ignore[arg-type]  # keys are Body's fields


def _provincial(entry: AgencyEntry, scope: Scope) -> Body:
    province = scope.province
    name = entry.name.replace("{province}", province or "tỉnh")
    return _body(
        entry, f"{scope.key}:{entry.slug}", name, _province_surfaces(entry, province),
        successors=tuple(f"{scope.key}:{s}" for s in entry.successors),
        collective=entry.collective or scope.national,
        oversight=entry.kind in _ALWAYS_OVER or (entry.kind in _LOCAL_OVER and not scope.national),
    )


def _national(entry: AgencyEntry, scope: Scope) -> Body:
    return _body(
        entry, f"{NATIONAL}:{entry.slug}", entry.name, [entry.name, *entry.aliases],
        successors=tuple(f"{NATIONAL}:{s}" for s in entry.successors),
        parent=f"{NATIONAL}:{entry.parent}" if entry.parent else "",
        oversight=entry.kind in _ALWAYS_OVER or entry.slug == scope.ministry,
    )


def _with_ministry(surface: str, ministry: AgencyEntry) -> str:
    """ "Văn phòng Bộ" + Bộ Xây dựng -> "Văn phòng Bộ Xây dựng"; "Vụ Pháp chế" -> "Vụ Pháp chế Bộ
    Xây dựng"."""
    if surface.endswith(" Bộ") and ministry.name.startswith("Bộ "):
        return f"{surface} {ministry.name[len('Bộ ') :]}"
    return f"{surface} {ministry.name}"


def _departments(entry: AgencyEntry, scope: Scope, ministries: list[AgencyEntry]) -> list[Body]:
    out: list[Body] = []
    for ministry in ministries:
        own = ministry.slug == scope.ministry
        if not own and (entry.collective or entry.kind in _SCOPED_OVER):
            continue  # "Lãnh đạo Bộ", "các đơn vị thuộc Bộ": only the issuing ministry's
        named = [_with_ministry(s, ministry) for s in (entry.name, *entry.aliases)]
        out.append(_body(
            entry, f"{NATIONAL}:{ministry.slug}:{entry.slug}",
            _with_ministry(entry.name, ministry) if not own else entry.name,
            [entry.name, *entry.aliases, *named] if own else named,
            parent=f"{NATIONAL}:{ministry.slug}", oversight=own and entry.kind in _SCOPED_OVER,
        ))
    return sorted(out, key=lambda b: not b.id.startswith(f"{NATIONAL}:{scope.ministry}:"))


def _commune_kind(entry: AgencyEntry, scope: Scope) -> Body | None:
    """A commune's body named in a notice whose commune is not known ("Công an xã" when the
    issuer was not read): that kind of body of some commune, "<scope>:cap-xa:<slug>"."""
    if entry.kind in _SCOPED_OVER or entry.itself or scope.national:
        return None
    surfaces = [entry.name, *entry.aliases]
    return _body(entry, f"{scope.key}:cap-xa:{entry.slug}", entry.name, surfaces)


def _commune(entry: AgencyEntry, scope: Scope) -> Body:
    own = f"{scope.key}:ubnd-{scope.commune}"
    return _body(
        entry, own if entry.itself else f"{scope.key}:{scope.commune}:{entry.slug}",
        entry.name.replace(" xã", f" {scope.commune_name}") if entry.itself else entry.name,
        [entry.name, *entry.aliases], parent="" if entry.itself else own,
        oversight=entry.kind in _SCOPED_OVER,
    )


def scope_bodies(scope: Scope) -> list[Body]:
    """Every body the notice can name, in preference order for its scope."""
    entries = agency_entries()
    ministries = [e for e in entries if e.level == "national" and e.head == "Bộ"]
    by_level: dict[str, list[Body]] = {level: [] for level in LEVELS}
    for e in entries:
        if e.level == "province":
            by_level["province"].append(_provincial(e, scope))
        elif e.level == "national":
            by_level["national"].append(_national(e, scope))
        elif e.level == "ministry":
            by_level["ministry"] += _departments(e, scope, ministries)
        elif scope.commune:
            by_level["commune"].append(_commune(e, scope))
        else:
            by_level["commune"] += [b for b in [_commune_kind(e, scope)] if b is not None]
    order = ("ministry", "national", "province") if scope.ministry else (
        ("national", "ministry", "province") if scope.national
        else ("commune", "province", "national", "ministry") if scope.commune
        else ("province", "national", "ministry", "commune")
    )
    return [b for level in order for b in by_level[level]]
