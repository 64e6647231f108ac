"""Every typed read of graph/read answers rows of exactly its declared shape (graph/rows.py) on
each real engine: the keys its TypedDict names, each value of the declared type. A Cypher RETURN
changed without its TypedDict (or the reverse) fails here, not in a caller."""

from __future__ import annotations

import types
from collections.abc import Callable
from datetime import date
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints, is_typeddict

import pytest

from graph import marks, rows, versions
from graph.links import write_repeats
from graph.read import clusters, crossmonth, entities, recent, search, tasks, units, views
from tests.integration.graph.notices import CAO_TOC, TAI_CHINH, embeddings, notice


def conforms(value: Any, hint: Any) -> bool:
    """Whether `value` is of the type `hint` (TypedDicts, unions, literals, lists, scalars)."""
    origin = get_origin(hint)
    if hint is Any:
        return True
    if is_typeddict(hint):
        return _record(value, hint)
    if origin in (Union, types.UnionType):
        return any(conforms(value, arg) for arg in get_args(hint))
    if origin is Literal:
        return value in get_args(hint)
    if origin is list:
        return isinstance(value, list) and all(conforms(v, get_args(hint)[0]) for v in value)
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, hint)


def _record(value: Any, hint: Any) -> bool:
    if not isinstance(value, dict):
        return False
    keys, required = set(value), set(hint.__required_keys__)
    if not required <= keys <= required | set(hint.__optional_keys__):
        return False
    hints = get_type_hints(hint)
    return all(conforms(value[k], hints[k]) for k in keys)


def _stored(store: Any) -> tuple[str, str]:
    june, july = notice("2025-06"), notice("2025-07", sha="c" * 64)
    for ng in (june, july):
        store.write_notice(ng, embeddings(ng))
    write_repeats(store, [(july.directives[0].id, june.directives[0].id, 0.93)])
    store.execute("MATCH (d:Directive) SET d.task = d.id", {})  # as linking leaves them
    marks.append_mark(store, {"key": "taskmark:t:1", "task": june.directives[0].id,
                              "state": "done", "who": "test", "at": "2025-08-01", "note": None})
    return june.meeting.id, july.meeting.id


READS: dict[str, tuple[Callable[[Any, str, str], list[Any]], Any]] = {
    "units_of_meetings": (lambda s, a, b: units.units_of_meetings(s, [a, b]), rows.UnitRow),
    "units_by_id": (lambda s, a, b: units.units_by_id(s, [f"{a}:d1", f"{b}:f1"]), rows.UnitRow),
    "province_meetings": (lambda s, a, b: crossmonth.province_meetings(s, "Cao Bằng"),
                          rows.ProvinceMeeting),
    "province_directives": (lambda s, a, b: crossmonth.province_directives(s, [a, b]),
                            rows.ProvinceDirective),
    "thread_rows": (lambda s, a, b: crossmonth.thread_rows(s, [f"{a}:d1", f"{b}:d1"]),
                    rows.ThreadRow),
    "theme_trend_rows": (lambda s, a, b: crossmonth.theme_trend_rows(s), rows.ThemeTrendRow),
    "directive_repeats": (lambda s, a, b: crossmonth.directive_repeats(s, b),
                          rows.DirectiveRepeats),
    "province_findings": (lambda s, a, b: tasks.province_findings(s, [a, b]), rows.FindingRow),
    "province_tasks": (lambda s, a, b: tasks.province_tasks(s, [a, b]), rows.TaskState),
    "occurrences": (lambda s, a, b: tasks.occurrences(s, [f"{a}:d1", f"{b}:d1"]),
                    rows.Occurrence),
    "directive_occurrences": (lambda s, a, b: tasks.directive_occurrences(s, [f"{a}:d2"]),
                              rows.Occurrence),
    "link_rows": (lambda s, a, b: tasks.link_rows(s, [f"{b}:d1"]), rows.LinkRow),
    "mark_rows": (lambda s, a, b: marks.mark_rows(s), rows.MarkRow),
    "list_versions": (lambda s, a, b: versions.list_versions(s, a), rows.VersionRow),
    "agency_directives": (lambda s, a, b: entities.agency_directives(s, [TAI_CHINH.id]),
                          rows.AgencyDirective),
    "directives_of": (lambda s, a, b: views.directives_of(s, [a, b]), rows.DirectiveFlags),
    "directives_of_meetings": (lambda s, a, b: clusters.directives_of_meetings(
        s, [a, b], 10), rows.WindowDirective),
    "meeting_versions": (lambda s, a, b: clusters.meeting_versions(s), rows.MeetingVersion),
    "project_task_keys": (lambda s, a, b: views.project_task_keys(s, CAO_TOC.id),
                          rows.ProjectTaskKey),
    "task_keys": (lambda s, a, b: views.task_keys(s, [f"{a}:d1"]), rows.TaskKey),
    "meetings_since": (lambda s, a, b: recent.meetings_since(s, "2025-01", date(2026, 1, 1), None),
                       rows.MeetingMonth),
    "provinces": (lambda s, a, b: recent.provinces(s), rows.ProvinceCount),
    "digest": (lambda s, a, b: recent.digest(s, a), rows.UnitDigest),
    "assignees": (lambda s, a, b: recent.assignees(s, [f"{a}:d1", f"{b}:d1"]), rows.Assignee),
    "task_members": (lambda s, a, b: [m for ms in search.occurrences(
        s, [f"{a}:d1", f"{b}:d1"]).values() for m in ms], rows.TaskMember),
}


@pytest.mark.parametrize("name", sorted(READS))
def test_a_typed_read_answers_its_declared_shape(store: Any, name: str) -> None:
    read, shape = READS[name]
    found = read(store, *_stored(store))
    assert found, f"{name} answered no row to check"
    bad = [r for r in found if not conforms(r, shape)]
    assert not bad, f"{name}: {bad[0]} is not a {shape.__name__}"


def test_the_checker_refuses_a_wrong_shape() -> None:
    row = {"id": "d1", "repeats": ["d0"]}
    assert conforms(row, rows.DirectiveRepeats)
    assert not conforms({**row, "extra": 1}, rows.DirectiveRepeats)
    assert not conforms({"id": "d1"}, rows.DirectiveRepeats)
    assert not conforms({"id": "d1", "repeats": [3]}, rows.DirectiveRepeats)


def test_projects_are_listed_busiest_first(store: Any) -> None:
    """The project keys' background pass (search_api/crossmonth/project_keys.py) reads the
    projects with the most directives first: every stored project, by directives counted."""
    _stored(store)
    found = views.projects_by_size(store)
    counts = {r["id"]: r["n"] for r in store.execute(
        "MATCH (p:Project) OPTIONAL MATCH (p)<-[:CONCERNS]-(d) RETURN p.id AS id, count(d) AS n",
        {})}
    assert found and sorted(found) == sorted(counts)
    assert [counts[p] for p in found] == sorted(counts.values(), reverse=True)
