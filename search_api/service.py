"""The one composition point: ingest -> embed -> store, and reads/search for the CLI and the API."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from graph import deadline
from graph.connect import open_store
from graph.links import linked_sha, write_next_chain
from graph.read import crossmonth, entities, neighbourhood
from graph.read import stats as stats_reads
from graph.store import BoltStore
from ingest.errors import IngestError
from ingest.formats import SUPPORTED, load
from ingest.model import NoticeGraph
from search_api.api.errors import BadRequest, NotFound, VersionConflict
from search_api.api.store_errors import disk_full
from search_api.crossmonth import discover, theme_windows
from search_api.crossmonth.diff import meeting_diff
from search_api.crossmonth.obligations import obligations
from search_api.crossmonth.province_units import ProvinceUnits
from search_api.crossmonth.tasks import marks
from search_api.crossmonth.tasks import views as task_views
from search_api.crossmonth.tasks.relink import link_meeting, relink_province
from search_api.crossmonth.threads import agency_threads, project_threads
from search_api.crossmonth.trends import theme_trends
from search_api.ingestion import bounds, prefetch, versions
from search_api.ingestion.progress import with_progress
from search_api.search.cache import SearchCache
from search_api.settings import Settings

SUFFIXES = set(SUPPORTED)
Row = dict[str, Any]
Vectors = dict[str, list[float]]
T = TypeVar("T")


class IngestReport(BaseModel):
    source: str
    meeting_id: str
    period: str
    status: str  # created | unchanged | replaced
    directives: int
    findings: int
    agencies: int
    projects: int
    deadlines: int
    repeats: int = 0
    unclassified: int = 0  # body paragraphs the parser could not classify
    passages: int = 0  # body paragraphs and rows searchable as passages (ingest/passages.py)


class IngestSummary(BaseModel):
    ingested: list[IngestReport]
    failed: list[tuple[str, str]]


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders expanded (recursively, sorted) to notice files."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


class Chidao:
    """Owns the store, the embedder (lazy) and the search-index cache (a cache of the store)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store: BoltStore = open_store(settings.store_config())
        self._lock = threading.Lock()
        self._search = SearchCache(self.store, settings)
        self._province_units = ProvinceUnits()  # linking's working set, across notices

    def close(self) -> None:
        self.store.close()

    # ---- writes -------------------------------------------------------------------------
    def ingest_path(self, path: Path) -> IngestReport:
        return self.ingest_bytes(str(path), load(path))

    def ingest_bytes(self, name: str, data: bytes, replace: bool = False,
                     replaces: str | None = None) -> IngestReport:
        return self.ingest_graph(name, self.parse(name, data), replace=replace,
                                 replaces=replaces)

    def parse(self, name: str, data: bytes) -> NoticeGraph:
        """ingest.pipeline.parse_bytes within the bounds of the settings
        (search_api.ingestion.bounds)."""
        return bounds.parse_bounded(name, data, bounds.limits_of(self.settings))

    def ingest_graph(self, name: str, ng: NoticeGraph, vectors: Vectors | None = None,
                     replace: bool = False, replaces: str | None = None) -> IngestReport:
        """Write the parsed notice (one transaction; embedded here unless `vectors` are given),
        then link it; a notice stored but not linked (a process killed in between) is re-linked
        by the next ingest of the same file. Another version of a stored meeting needs
        `replace` (and, when `replaces` names a sha256, that version still current); the
        replaced one stays kept (graph.versions)."""
        mid, sha = ng.meeting.id, ng.meeting.sha256
        with self._lock, self.store.writer():
            status, old = "unchanged", self.store.notice_sha(mid)
            if old != sha:
                versions.check_replace(ng, old, replace, replaces)
                vecs = self._search.embed_notice(ng) if vectors is None else vectors
                status = self._bounded(lambda: self.store.write_notice(ng, vecs)).status
                self._province_units.add(ng, vecs)
            elif linked_sha(self.store, mid) == sha:
                return _report(name, ng, status)
            links = link_meeting(self.store, mid, sha, self._province_units)
        theme_windows.changed(self.store, ng.meeting.province)
        return _report(name, ng, status, links)

    def ingest_many(self, paths: Iterable[Path], progress: bool = False,
                    replace: bool = False) -> IngestSummary:
        """Files in order, one writer (`ingest_each`), their reports and failures collected."""
        files = expand_paths(paths)
        summary = IngestSummary(ingested=[], failed=[])
        for name, outcome in self.ingest_each(files, replace, progress):
            if isinstance(outcome, IngestReport):
                summary.ingested.append(outcome)
            else:
                summary.failed.append((name, outcome))
        return summary

    def ingest_each(self, files: list[Path], replace: bool = False, progress: bool = False
                    ) -> Iterator[tuple[str, IngestReport | str]]:
        """(file, its report or why it failed), each as soon as that file is stored: the next
        notices are read, parsed and embedded by a worker thread while the current one is
        written and linked (search_api.ingestion.prefetch); `progress`: a bar on stderr."""
        prepared = prefetch.ahead(files, lambda f: self._prepare(f, replace))
        for f, item in zip(with_progress(files, progress), prepared, strict=True):
            try:
                if isinstance(item, IngestError):
                    raise item
                yield str(f), self.ingest_graph(str(f), *item, replace=replace)
            except IngestError as exc:
                yield str(f), exc.reason
            except VersionConflict as exc:
                yield str(f), exc.message

    def _prepare(self, path: Path, replace: bool
                 ) -> tuple[NoticeGraph, Vectors | None] | IngestError:
        """ingest_many's worker: parse, and embed unless the store holds this exact notice (or
        another version that this run may not replace)."""
        try:
            ng = self.parse(str(path), load(path))
        except IngestError as exc:
            return exc
        stored = self.store.notice_sha(ng.meeting.id)
        if stored == ng.meeting.sha256 or (stored is not None and not replace):
            return ng, None
        return ng, self._search.embed_notice(ng)

    # ---- versions (search_api.ingestion.versions) -----------------------------------------
    def versions(self, ident: str) -> Row:
        return versions.listing(self.store, self.meeting_id(ident))

    def restore(self, ident: str, sha256: str) -> IngestReport:
        """Make a kept version current again; the version it replaces stays kept."""
        ng = versions.kept(self.store, self.meeting_id(ident), sha256)
        return self.ingest_graph(ng.meeting.source, ng, replace=True)

    def meeting_id(self, ident: str) -> str:
        if self.store.notice_sha(ident) is None:
            raise NotFound(f"no meeting {ident!r}")
        return ident

    def _bounded(self, call: Callable[[], T]) -> T:
        """A store write within CHIDAO_STORE_TIMEOUT_S: past it the caller gets a timeout
        error and leaves the writer locks; the write never commits (graph.deadline)."""
        return deadline.bounded(self.settings.store_timeout_s, call)

    def delete(self, meeting_id: str) -> bool:
        with self._lock, self.store.writer():
            meeting = self.meeting(meeting_id)
            ok = self._bounded(lambda: self.store.delete_notice(meeting["id"]))
            write_next_chain(self.store)
            if ok and meeting.get("province"):
                relink_province(self.store, meeting["province"], self._province_units)
        theme_windows.changed(self.store, meeting.get("province"))
        return ok

    def relink(self) -> int:
        """Recompute every province's tasks (a store linked by an earlier version has pairwise
        REPEATS edges and no task ids); returns the number of provinces."""
        with self._lock, self.store.writer():
            provinces = sorted({str(m["province"]) for m in self.meetings() if m.get("province")})
            for province in provinces:
                relink_province(self.store, province, self._province_units)
        return len(provinces)

    # ---- reads --------------------------------------------------------------------------
    def health(self) -> Row:
        """Liveness with the two counts: no edge scan (it took seconds at 10 k notices, and a
        prober's retries piled up on the store)."""
        s = stats_reads.node_counts(self.store, ("meetings", "directives"))  # engine down: 503
        building = self.settings.search_index == "memory" and self._search.building()
        problems = [name for name, now in (
            ("disk_full", disk_full(self.settings.data_dir, self.settings.min_free_disk_bytes)),
            ("index_building", building),
        ) if now]
        done, total = self._search.progress()
        return {"status": "degraded" if problems else "ok", "problems": problems,
                "store": self.store.engine.name, "meetings": s["meetings"],
                "directives": s["directives"],
                **({"index_progress": {"done": done, "total": total}} if building else {})}

    def stats(self) -> Row:
        return stats_reads.stats(self.store)

    def search(self, q: str, k: int = 10, filters: Row | None = None,
               preset: str = "hybrid", offset: int = 0, group: str | None = None) -> Row:
        if not q.strip():
            raise BadRequest("q must not be empty")
        f = filters or {}
        if f.get("since") and f.get("until") and str(f["until"]) < str(f["since"]):
            raise BadRequest(f"until ({f['until']}) is before since ({f['since']})")
        return self._search.search(q, k, self._resolve_filters(f), preset, offset, group)

    def _resolve_filters(self, filters: Row) -> Row:
        out = dict(filters)
        for key, label in (("agency", "Agency"), ("project", "Project"), ("theme", "Theme")):
            if out.get(key):
                out[key] = self.resolve_id(label, str(out[key]))
        return out

    def resolve_id(self, label: str, ident: str) -> str:
        ids = entities.find_by_name(self.store, label, ident)
        if not ids:
            raise NotFound(f"no {label.lower()} matches {ident!r}")
        return ids[0]

    def meetings(self) -> list[Row]:
        return entities.list_meetings(self.store)

    def meeting(self, ident: str) -> Row:
        found = entities.get_meeting(self.store, ident)
        if found is None:
            by_title = [m for m in self.meetings() if ident in (m.get("period"), m.get("title"))]
            found = entities.get_meeting(self.store, by_title[0]["id"]) if by_title else None
        if found is None:
            raise NotFound(f"no meeting {ident!r}")
        found["diff"] = meeting_diff(self.store, found["id"])
        return found

    def directive(self, ident: str) -> Row:
        found = entities.get_directive(self.store, ident)
        if found is None:
            raise NotFound(f"no directive {ident!r}")
        return found

    def agencies(self) -> list[Row]:
        return entities.list_agencies(self.store)

    def agency(self, ident: str) -> Row:
        found = entities.get_agency(self.store, self.resolve_id("Agency", ident))
        if found is None:
            raise NotFound(f"no agency {ident!r}")
        return found

    def obligations(self, ident: str, as_of: date | None = None, role: str | None = None,
                    state: str | None = None, since: str | None = None,
                    until: str | None = None, sort: str = "first_seen") -> Row:
        agency, day = self.agency(ident), as_of or date.today()
        result = obligations(self.store, agency, day, role)
        result["lineage"] = [a for a in crossmonth.lineage_ids(self.store, agency["id"])
                             if a != agency["id"]]
        return task_views.with_tasks(self.store, result, day, state, since, until, sort)

    # ---- tasks (search_api.crossmonth.tasks) ----------------------------------------------
    def project_tasks(self, ident: str, as_of: date | None = None) -> Row:
        project, day = self.project(ident), as_of or date.today()
        return {"project": {k: v for k, v in project.items() if k != "units"},
                "as_of": day.isoformat(),
                "tasks": task_views.project_tasks(self.store, project["id"], day)}

    def _task_id(self, ident: str) -> str:
        found = task_views.task_of_id(self.store, ident)
        if found is None:
            raise NotFound(f"no task {ident!r}")
        return found

    def task(self, ident: str, as_of: date | None = None) -> Row:
        day = as_of or date.today()
        found = task_views.tasks(self.store, [self._task_id(ident)], day)
        if not found:
            raise NotFound(f"no task {ident!r} as of {day.isoformat()}")
        return {"as_of": day.isoformat(), "task": found[0]}

    def all_marks(self) -> Row:
        """The whole audit trail of marks, for export."""
        return {"marks": marks.history(self.store)}

    def task_marks(self, ident: str) -> Row:
        task = self._task_id(ident)
        return {"task": task, "marks": marks.history(self.store, [task])}

    def mark_task(self, ident: str, state: str, who: str, note: str = "") -> Row:
        if not who.strip():
            raise BadRequest("who must not be empty")
        with self._lock, self.store.writer():
            return marks.mark(self.store, self._task_id(ident), state, who.strip(), note)

    def projects(self) -> list[Row]:
        return entities.list_projects(self.store)

    def project(self, ident: str) -> Row:
        found = entities.get_project(self.store, self.resolve_id("Project", ident))
        if found is None:
            raise NotFound(f"no project {ident!r}")
        return found

    def project_repeated(self, ident: str) -> Row:
        project = self.project(ident)
        return {"project": {k: v for k, v in project.items() if k != "units"},
                "threads": project_threads(self.store, project["id"])}

    def agency_repeated(self, ident: str) -> Row:
        agency = self.agency(ident)
        return {"agency": agency, "threads": agency_threads(self.store, agency["id"])}

    def themes(self) -> list[Row]:
        return theme_trends(self.store)

    def discovered_themes(self, min_directives: int = discover.MIN_DIRECTIVES,
                          min_meetings: int = discover.MIN_MEETINGS, province: str | None = None,
                          since: str | None = None, until: str | None = None,
                          wait: bool = False) -> Row:
        return theme_windows.discovered_themes(self.store, min_directives, min_meetings,
                                               province, since, until, wait)

    def graph(self, node: str, depth: int = 1, limit: int = 200, rel: str | None = None) -> Row:
        view = neighbourhood.neighbourhood(self.store, node, depth, limit, rel)
        if not view["nodes"]:
            for label in ("Agency", "Project", "Theme", "Meeting"):
                ids = entities.find_by_name(self.store, label, node)
                if ids:
                    return neighbourhood.neighbourhood(self.store, ids[0], depth, limit, rel)
            raise NotFound(f"no node {node!r}")
        return view


def _report(name: str, ng: NoticeGraph, status: str, repeats: int = 0) -> IngestReport:
    return IngestReport(
        source=Path(name).name, meeting_id=ng.meeting.id, period=ng.meeting.period,
        status=status, directives=len(ng.directives), findings=len(ng.findings),
        agencies=len(ng.agencies), projects=len(ng.projects),
        deadlines=sum(1 for d in ng.directives if d.deadline), repeats=repeats,
        unclassified=len(ng.unclassified), passages=len(ng.passages),
    )
