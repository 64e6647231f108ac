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
from datetime import date, timedelta

from ingest.gazetteer import LEVELS, AgencyEntry, agency_entries, central_cities, provinces
from ingest.gazetteer.match import province_variants
from ingest.gazetteer.scope import NATIONAL, Scope
from ingest.model import Agency
from ingest.text import slug

_ALWAYS_OVER = frozenset(["trung ương"])  # the Party's and State's central leadership
_LOCAL_OVER = frozenset(["chỉ đạo"])  # the province's leadership, above its departments
# the issuing commune's / ministry's / department's own leadership
_SCOPED_OVER = frozenset(["chỉ đạo xã", "chỉ đạo bộ", "chỉ đạo sở"])
# The province's executive: the assignee of a notice from outside it (scope.Scope.outside).
_EXECUTIVE = frozenset(["ubnd-tinh", "chu-tich-ubnd-tinh"])
_LAST_DAY = provinces.MERGER - timedelta(days=1)  # a merged-away province's last day, 30/6/2025


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
    unit = "thành phố" if slug(province) in central_cities() else "tỉnh"
    out: list[str] = []
    for surface in (entry.name, *entry.aliases):
        if province or "{province}" not in surface:
            out += province_variants(surface, province, unit) if province else [surface]
    return out


def _body(entry: AgencyEntry, id_: str, name: str, surfaces: list[str], **kw: object) -> Body:
    fields: dict[str, object] = {
        "id": id_, "name": name, "kind": entry.kind, "surfaces": tuple(dict.fromkeys(surfaces)),
        "short": entry.short, "head": entry.head, "active_from": entry.active_from,
        "active_to": entry.active_to, "collective": entry.collective,
    }
    fields.update(kw)
    return Body(**fields)  # type: ignore[arg-type]  # keys are Body's fields


def merged_into(scope: Scope) -> str:
    """The id prefix of the province this one was merged into on 1 July 2025, or ""
    (Nghị quyết 202/2025/QH15; ingest/gazetteer/provinces.json)."""
    found = provinces.find(scope.province) if scope.province else None
    return slug(found.successor) if found and found.successor else ""


def _successors(entry: AgencyEntry, scope: Scope, after: dict[str, date | None]) -> tuple[str, ...]:
    """In-province successors; in a province merged away, a body still active on 30/6/2025 is
    succeeded by the same body of the new province, and so is a successor that only began with
    the new province (Sở X of Hà Giang -> Sở X of Tuyên Quang)."""
    new = merged_into(scope)
    if not new:
        return tuple(f"{scope.key}:{s}" for s in entry.successors)
    out = [f"{new if (after.get(s) or date.min) >= provinces.MERGER else scope.key}:{s}"
           for s in entry.successors]
    if entry.active_to is None or entry.active_to > _LAST_DAY:
        out.append(f"{new}:{entry.slug}")
    return tuple(out)


def _provincial(entry: AgencyEntry, scope: Scope, after: dict[str, date | None]) -> Body:
    province = scope.province
    name = entry.name.replace("{province}", province or "tỉnh")
    ends = _LAST_DAY if merged_into(scope) and entry.active_to is None else entry.active_to
    return _body(
        entry, f"{scope.key}:{entry.slug}", name, _province_surfaces(entry, province),
        successors=_successors(entry, scope, after), active_to=ends,
        collective=entry.collective or scope.national,
        oversight=entry.kind in _ALWAYS_OVER or entry.slug == scope.department
        or (entry.kind in _LOCAL_OVER and not scope.national
            and not (scope.outside and entry.slug in _EXECUTIVE)),
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


def _local_successors(entry: AgencyEntry, scope: Scope) -> tuple[str, ...]:
    """A pre-2025 district body's successors (local.json): "cap-xa:<slug>", that kind of body of
    the province's communes, or a provincial body, in the province as it is after 1 July 2025."""
    province = merged_into(scope) or scope.key
    return tuple(f"{province}:{s}" for s in entry.successors)


def _commune_kind(entry: AgencyEntry, scope: Scope) -> Body | None:
    """A commune's (district's, department's) body named in a notice whose commune is not known
    ("Công an xã" when the issuer was not read): that kind of body of some commune,
    "<scope>:cap-xa:<slug>" ("<scope>:cap-huyen:<slug>", "<scope>:cap-so:<slug>")."""
    if entry.kind in _SCOPED_OVER or entry.itself or scope.national:
        return None
    level = {"huyện": "cap-huyen", "": "cap-so"}.get(entry.unit, "cap-xa")
    surfaces = [entry.name, *entry.aliases]
    return _body(entry, f"{scope.key}:{level}:{entry.slug}", entry.name, surfaces,
                 successors=_local_successors(entry, scope))


def _unit_of_department(entry: AgencyEntry, scope: Scope) -> Body:
    """A unit of the Sở that issues the notice ("Văn phòng Sở" of Sở Y tế)."""
    own = f"{scope.key}:{scope.department}"
    return _body(entry, f"{own}:{entry.slug}", entry.name, [entry.name, *entry.aliases],
                 parent=own, oversight=entry.kind in _SCOPED_OVER)


def _commune(entry: AgencyEntry, scope: Scope) -> Body:
    """A body of the issuing commune (district). Above the issuer: the commune's People's
    Committee, Council and Party committee; in the Party committee's own notice only the Party
    committee (it directs the People's Committee and the Council, "Giao Ủy ban nhân dân xã ...")."""
    own = f"{scope.key}:ubnd-{scope.commune}"
    over = entry.kind in _SCOPED_OVER and (not scope.party or entry.slug.startswith("dang-uy"))
    return _body(
        entry, own if entry.itself else f"{scope.key}:{scope.commune}:{entry.slug}",
        f"UBND {scope.commune_name}" if entry.itself else entry.name,
        [entry.name, *entry.aliases], parent="" if entry.itself else own, oversight=over,
        successors=_local_successors(entry, scope),
    )


def scope_bodies(scope: Scope) -> list[Body]:
    """Every body the notice can name, in preference order for its scope."""
    entries = agency_entries()
    after = {e.slug: e.active_from for e in entries if e.level == "province"}
    ministries = [e for e in entries if e.level == "national" and e.head == "Bộ"]
    by_level: dict[str, list[Body]] = {level: [] for level in LEVELS}
    for e in entries:
        if e.level == "province":
            by_level["province"].append(_provincial(e, scope, after))
        elif e.level == "national":
            by_level["national"].append(_national(e, scope))
        elif e.level == "ministry":
            by_level["ministry"] += _departments(e, scope, ministries)
        elif e.level == "department":
            unit = _unit_of_department(e, scope) if scope.department else _commune_kind(e, scope)
            by_level["department"] += [unit] if unit is not None else []
        elif scope.commune:
            if e.unit == scope.local_unit:
                by_level["commune"].append(_commune(e, scope))
        else:
            by_level["commune"] += [b for b in [_commune_kind(e, scope)] if b is not None]
    return [b for level in _order(scope) for b in by_level[level]]


def _order(scope: Scope) -> tuple[str, ...]:
    """The levels in preference order: the notice's own first."""
    if scope.ministry:
        return ("ministry", "national", "province")
    if scope.national:
        return ("national", "ministry", "province")
    if scope.commune:
        return ("commune", "province", "national", "ministry")
    if scope.department:
        return ("department", "province", "national", "ministry", "commune")
    return ("province", "national", "ministry", "commune", "department")


def body_node(b: Body, province: str) -> Agency:
    """A body as the graph's Agency node (a national body has no province; `province`: the
    notice's, for the others)."""
    return Agency(
        id=b.id, name=b.name, province="" if b.id.startswith(f"{NATIONAL}:") else province,
        aliases=sorted(set(b.surfaces) - {b.name}), kind=b.kind, active_from=b.active_from,
        active_to=b.active_to, successors=list(b.successors), known=True,
        collective=b.collective, parent=b.parent or None,
    )
