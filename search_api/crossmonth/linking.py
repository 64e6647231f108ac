"""Across months: REPEATS links and task threads, obligations with status, theme trends,
meeting diff.

Linking (`link_meeting`) chains the directives of a province into tasks
(`search_api.crossmonth.tasks`,
documented in docs/cross-month.md): a REPEATS edge (later)->(earlier) says the later directive
continues the task whose latest occurrence is the earlier one, with its evidence on the edge.
The pairwise rule below (`pair_score`: cosine(e5 passages) + 0.5 * containment(content
bigrams) >= LINK_THRESHOLD, cosine >= MIN_COSINE, shared lead/project BONUS, different leads
PENALTY) is the score a chain link must pass; `candidate_links` applies it to every pair alone,
the rule before tasks, kept as the baseline `chidao eval-links` measures.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import pairwise
from typing import Any

import numpy as np

from graph.read import entities
from graph.store import BoltStore
from graph.write import write_task_links
from ingest.text import canon, fold, words
from search_api.crossmonth import answer_cache
from search_api.crossmonth.province_units import ProvinceUnits

Row = dict[str, Any]
LINK_THRESHOLD = 1.02
MIN_COSINE = 0.86
BONUS = 0.02
PENALTY = 0.05  # both sides name lead agencies and none is shared
MIN_GRAMS = 8  # a very short bullet cannot "contain" a long paragraph on generic words
# Wording that says how a task is given, not what it is: dropped before the bigrams are formed.
# Matched tone-exactly (canon) as whole phrases, so "đơn vị" does not also drop "đôn" (đôn đốc) and
# "tỉnh" does not drop "tình" as folded syllables would.
_STOP_PHRASES_TEXT = (
    "tiếp tục, tăng cường, đẩy mạnh, thực hiện, triển khai, bảo đảm, đảm bảo, chủ trì, phối hợp, "
    "cơ quan, đơn vị, liên quan, kịp thời, quy định, trách nhiệm, nhiệm vụ, tổ chức, nội dung, "
    "tham mưu, chỉ đạo, xử lý, kiểm tra, thẩm quyền"
)
_STOP_WORDS_TEXT = (
    "và các của cho với trong theo để được có là đến từ tại trên việc những này đó một giao sở ban "
    "ngành tỉnh ubnd xã phường"
)
StopLists = tuple[frozenset[tuple[str, ...]], frozenset[str]]


def stop_lists(phrases_text: str, words_text: str) -> StopLists:
    """Tone-exact stop phrases (", "-separated) and stop syllables (space-separated)."""
    phrases = frozenset(tuple(canon(p).split()) for p in phrases_text.split(", "))
    return phrases, frozenset(canon(w) for w in words_text.split())


STOP_PHRASES, STOP_WORDS = stop_lists(_STOP_PHRASES_TEXT, _STOP_WORDS_TEXT)

def stop_positions(exact: list[str], phrases: frozenset[tuple[str, ...]],
                   single: frozenset[str]) -> set[int]:
    """Positions of canon-form tokens that are numbers, stop words or inside a stop phrase
    (longest phrase first)."""
    out = {i for i, w in enumerate(exact) if w in single or w.isdigit()}
    longest = max((len(p) for p in phrases), default=0)
    for i in range(len(exact)):
        for n in range(longest, 1, -1):
            if tuple(exact[i:i + n]) in phrases:
                out.update(range(i, i + n))
                break
    return out


def bigrams(text: str) -> set[tuple[str, str]]:
    """Folded bigrams of the content words (stop wording removed first, so a bigram may span it)."""
    toks = words(text)
    drop = stop_positions([canon(t) for t in toks], STOP_PHRASES, STOP_WORDS)
    return set(pairwise(fold(t) for i, t in enumerate(toks) if i not in drop))


def containment(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / max(min(len(a), len(b)), MIN_GRAMS)


def pair_score(cos: float, cont: float, shared_lead: bool | None,
               shared_project: bool) -> float | None:
    """The linking decision for one pair: a score, or None when they are different tasks.
    `shared_lead` is None when one side names no lead agency."""
    if cos < MIN_COSINE or cont == 0.0:
        return None
    lead = BONUS if shared_lead else -PENALTY if shared_lead is False else 0.0
    score = cos + 0.5 * cont + lead + BONUS * shared_project
    return score if score >= LINK_THRESHOLD else None


def candidate_links(units: list[Row], meeting_id: str,
                    vecs: np.ndarray | None = None) -> list[tuple[str, str, float]]:
    """(later, earlier, similarity) for pairs touching `meeting_id`, earlier = older period.
    Only the meeting's rows of the similarity matrix are computed, and only pairs that reach
    MIN_COSINE are scored (pair_score refuses the others anyway). `vecs`: the units' vectors as
    a matrix, when the caller keeps them so (then `units` need no "embedding"). Each unit's
    bigrams are memoised in it (key "grams")."""
    if vecs is None:
        units = [u for u in units if u["embedding"]]
        vecs = np.asarray([u["embedding"] for u in units], dtype=np.float32)
    mine = [i for i, u in enumerate(units) if u["meeting"] == meeting_id]
    if not mine:
        return []
    sims = vecs[mine] @ vecs.T
    out = []
    for later, earlier, cos in _close_pairs(units, mine, sims):
        a, b = units[later], units[earlier]
        if pair_score(cos, containment(_grams(a), _grams(b)), _shared(a["lead"], b["lead"]),
                      bool(set(a["projects"]) & set(b["projects"]))) is not None:
            out.append((a["id"], b["id"], round(cos, 4)))
    return out


def _grams(unit: Row) -> set[tuple[str, str]]:
    grams: set[tuple[str, str]] | None = unit.get("grams")
    if grams is None:
        grams = unit["grams"] = bigrams(unit["text"] or "")
    return grams


def _close_pairs(units: list[Row], mine: list[int],
                 sims: np.ndarray) -> list[tuple[int, int, float]]:
    """(later, earlier, cosine) unit indices of the pairs at MIN_COSINE or above, in unit order."""
    found = []
    for r, j in zip(*np.nonzero(sims >= MIN_COSINE), strict=True):
        i, k = mine[int(r)], int(j)
        if units[i]["period"] != units[k]["period"]:
            later, earlier = (i, k) if units[i]["period"] > units[k]["period"] else (k, i)
            found.append((later, earlier, float(sims[r, j])))
    return sorted(found)


def _shared(a: list[str], b: list[str]) -> bool | None:
    return bool(set(a) & set(b)) if a and b else None


def shared_lead(a: Row, b: Row) -> bool | None:
    """Whether two units share a lead agency; None when one of them names none."""
    return _shared(a["lead"], b["lead"])


unit_grams = _grams  # a unit's content bigrams, memoised in it


def link_meeting(store: BoltStore, meeting_id: str, sha256: str,
                 cache: ProvinceUnits | None = None) -> int:
    """Recompute the tasks of the meeting's province
    (`search_api.crossmonth.tasks`: chained REPEATS edges
    with their evidence, each directive's task id, findings reporting tasks done) and its NEXT
    chain, and mark the meeting's notice version `sha256` linked: one transaction. `cache`
    keeps the province's directives between calls (one per Chidao); without it they are read
    for this call only. Returns the number of links touching the meeting."""
    from search_api.crossmonth.tasks import rows as task_rows
    from search_api.crossmonth.tasks.chain import chain
    from search_api.crossmonth.tasks.reports import find_reports

    rows = store.execute("MATCH (m:Meeting {id: $id}) RETURN m.province AS p", {"id": meeting_id})
    if not rows:
        return 0
    cache = cache or ProvinceUnits()
    meetings = cache.meetings(store, rows[0]["p"])
    units, vecs = cache.units(store, rows[0]["p"], meetings)
    links, task_of = chain(units, vecs) if units else ([], {})
    ids = {"ids": [m["id"] for m in meetings]}
    findings = [entities.plain(r) for r in store.execute(task_rows.PROVINCE_FINDINGS, ids)]
    tasks = task_rows.task_rows(task_of, find_reports(findings, units, task_of), findings)
    now = [entities.plain(r) for r in store.execute(task_rows.PROVINCE_TASKS, ids)]
    write_task_links(store, meeting_id, sha256,
                     *task_rows.changes(now, task_rows.edge_rows(links), tasks), meetings)
    mine = {str(u["id"]) for u in units if u["meeting"] == meeting_id}
    return sum(1 for x in links if x.later in mine or x.earlier in mine)


def relink_province(store: BoltStore, province: str, cache: ProvinceUnits | None = None) -> int:
    """Recompute a province's tasks after one of its meetings was deleted (its directives, the
    first occurrences of some tasks, are gone): linked again as of its latest meeting, whose
    link marker keeps its value."""
    cache = cache or ProvinceUnits()
    meetings = sorted(cache.meetings(store, province), key=lambda m: (str(m["period"]), m["id"]))
    if not meetings:
        return 0
    return link_meeting(store, meetings[-1]["id"], meetings[-1]["sha"], cache)


# ---- threads ---------------------------------------------------------------------------------
THREAD_ROWS = (
    "MATCH (m:Meeting)-[:ISSUED]->(d:Directive) WHERE $ids IS NULL OR d.id IN $ids "
    "RETURN d.id AS id, d.text AS text, d.deadline_date AS deadline_date, "
    "d.deadline_precision AS deadline_precision, d.deadline_text AS deadline_text, "
    "m.id AS meeting_id, m.period AS period, m.date AS meeting_date, m.title AS title, "
    "[(d)-[:ASSIGNED_TO {role: 'lead'}]->(a) | a.name] AS lead"
)


def _components(edges: list[tuple[str, str]]) -> dict[str, str]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        parent[find(a)] = find(b)
    return {x: find(x) for x in parent}


def thread_of(store: BoltStore) -> dict[str, list[str]]:
    """Directive id -> all directive ids of its thread (only directives with REPEATS edges)."""
    edges = store.execute("MATCH (a:Directive)-[:REPEATS]->(b:Directive) "
                          "RETURN a.id AS a, b.id AS b", {})
    comp = _components([(e["a"], e["b"]) for e in edges])
    groups: dict[str, list[str]] = defaultdict(list)
    for node, root in comp.items():
        groups[root].append(node)
    return {node: groups[root] for node, root in comp.items()}


def task_groups(store: BoltStore, directive_ids: list[str]) -> dict[str, list[str]]:
    """Directive id -> the directive ids of its task, for the given directives whose task has
    more than one directive. Two indexed lookups by `d.task` (set by linking), not a read of
    every REPEATS edge of the store."""
    rows = store.execute("MATCH (d:Directive) WHERE d.id IN $ids AND d.task IS NOT NULL "
                         "RETURN d.id AS id, d.task AS task", {"ids": directive_ids})
    tasks = sorted({r["task"] for r in rows})
    members: dict[str, list[str]] = defaultdict(list)
    for r in store.execute("MATCH (d:Directive) WHERE d.task IN $tasks "
                           "RETURN d.id AS id, d.task AS task", {"tasks": tasks}):
        members[r["task"]].append(r["id"])
    return {r["id"]: sorted(members[r["task"]]) for r in rows if len(members[r["task"]]) > 1}


def task_of_ids(store: BoltStore, directive_ids: list[str]) -> dict[str, str]:
    rows = store.execute("MATCH (d:Directive) WHERE d.id IN $ids RETURN d.id AS id, "
                         "d.task AS task", {"ids": directive_ids})
    return {r["id"]: r["task"] for r in rows if r["task"]}


def _deadline(r: Row) -> Row | None:
    """The deadline object of a row with deadline_date/_precision/_text columns."""
    if r["deadline_date"] is None:
        return None
    return {"date": r["deadline_date"], "precision": r["deadline_precision"],
            "text": r["deadline_text"]}


def _occurrence(r: Row) -> Row:
    r = entities.plain(r)
    return {"id": r["id"], "text": r["text"], "lead": r["lead"], "deadline": _deadline(r),
            "meeting": {"id": r["meeting_id"], "period": r["period"],
                        "date": r["meeting_date"], "title": r["title"]}}


def build_thread(store: BoltStore, ids: list[str]) -> Row:
    rows = [_occurrence(r) for r in store.execute(THREAD_ROWS, {"ids": ids})]
    rows.sort(key=lambda o: (o["meeting"]["period"], o["id"]))
    periods = [o["meeting"]["period"] for o in rows]
    deadlines = [o["deadline"]["date"] for o in rows if o["deadline"]]
    return {"id": rows[0]["id"], "meetings": len(set(periods)), "first_seen": periods[0],
            "last_seen": periods[-1], "deadline_moved": len(set(deadlines)) > 1,
            "occurrences": rows}


def threads_for(store: BoltStore, directive_ids: set[str]) -> list[Row]:
    """Threads (tasks spanning more than one meeting) that contain any of `directive_ids`."""
    membership = task_groups(store, sorted(directive_ids))
    seen: set[frozenset[str]] = set()
    out = []
    for d in sorted(directive_ids & membership.keys()):
        group = frozenset(membership[d])
        if group not in seen:
            seen.add(group)
            thread = build_thread(store, sorted(group))
            if thread["meetings"] > 1:
                out.append(thread)
    return sorted(out, key=lambda t: (t["first_seen"], t["id"]))


def project_threads(store: BoltStore, project_id: str) -> list[Row]:
    rows = store.execute("MATCH (d:Directive)-[:CONCERNS]->(:Project {id: $id}) RETURN d.id AS id",
                         {"id": project_id})
    return threads_for(store, {r["id"] for r in rows})


def agency_threads(store: BoltStore, agency_id: str) -> list[Row]:
    """Threads spanning more than one meeting with a directive assigned (lead or support) to the
    agency or to a predecessor of it."""
    rows = store.execute("MATCH (d:Directive)-[:ASSIGNED_TO]->(a:Agency) WHERE a.id IN $ids "
                         "RETURN DISTINCT d.id AS id", {"ids": lineage_ids(store, agency_id)})
    return threads_for(store, {r["id"] for r in rows})


# ---- obligations -----------------------------------------------------------------------------
def lineage_ids(store: BoltStore, agency_id: str) -> list[str]:
    """The agency and every predecessor (transitively, through SUCCEEDED_BY)."""
    ids, frontier = [agency_id], [agency_id]
    while frontier:
        rows = store.execute("MATCH (p:Agency)-[:SUCCEEDED_BY]->(a:Agency) WHERE a.id IN $ids "
                             "RETURN DISTINCT p.id AS id", {"ids": frontier})
        frontier = [r["id"] for r in rows if r["id"] not in ids]
        ids.extend(frontier)
    return ids


def status(deadline: str | None, as_of: date) -> str:
    if deadline is None:
        return "no_deadline"
    return "overdue" if date.fromisoformat(deadline[:10]) < as_of else "open"


def obligations(store: BoltStore, agency: Row, as_of: date, role: str | None) -> Row:
    rows = entities.agency_directives(store, lineage_ids(store, agency["id"]), role)
    membership = task_groups(store, [r["id"] for r in rows])
    tasks = task_of_ids(store, sorted(membership))
    out = []
    for r in rows:
        thread = tasks.get(r["id"])
        out.append({"id": r["id"], "text": r["text"], "role": r["role"], "section": r["section"],
                    "meeting": {"id": r["meeting_id"], "period": r["period"],
                                "date": r["meeting_date"]},
                    "deadline": _deadline(r), "status": status(r["deadline_date"], as_of),
                    "thread": thread,
                    "as_agency": r["agency_name"] if r["agency_id"] != agency["id"] else None})
    return {"agency": agency, "as_of": as_of.isoformat(), "obligations": out}


# ---- themes and meetings ---------------------------------------------------------------------
THEME_TRENDS = (  # from each theme, not from every meeting: at 10 k notices the meeting-first
    # form grouped per meeting dropped ArcadeDB's connection; this one takes ~33 s, then cached
    "MATCH (t:Theme) OPTIONAL MATCH (t)<-[:ABOUT]-(u)<-[:ISSUED]-(m:Meeting) "
    "RETURN t.id AS id, t.name AS name, t.description AS description, m.period AS period, "
    "count(DISTINCT m) AS meetings, count(u) AS n")


def theme_trends(store: BoltStore) -> list[Row]:
    """Per theme: directive/finding counts per meeting period, and the number of meetings.
    Cached by the stored notice versions (`notice_cache`)."""
    return answer_cache.by_notices(store, "theme-trends",
                                   lambda: _trends(store.execute(THEME_TRENDS, {})))


def _trends(rows: list[Row]) -> list[Row]:
    themes: dict[str, Row] = {}
    for r in rows:
        t = themes.setdefault(r["id"], {"id": r["id"], "name": r["name"],
                                        "description": r["description"], "by_period": {},
                                        "meetings": 0, "units": 0})
        if r["period"] and r["n"]:
            t["by_period"][r["period"]] = t["by_period"].get(r["period"], 0) + int(r["n"])
            t["meetings"] += int(r["meetings"])  # a meeting has one period: no double count
            t["units"] += int(r["n"])
    return sorted(themes.values(), key=lambda t: (-t["units"], t["id"]))


def meeting_diff(store: BoltStore, meeting_id: str) -> Row:
    """Compared with the previous meeting (NEXT chain): new, repeated and disappeared directives."""
    prev = store.execute("MATCH (p:Meeting)-[:NEXT]->(:Meeting {id: $id}) RETURN p.id AS id",
                         {"id": meeting_id})
    mine = store.execute(
        "MATCH (:Meeting {id: $id})-[:ISSUED]->(d:Directive) "
        "RETURN d.id AS id, [(d)-[:REPEATS]->(o) | o.id] AS repeats", {"id": meeting_id})
    repeated = [{"id": r["id"], "repeats": r["repeats"]} for r in mine if r["repeats"]]
    new = [r["id"] for r in mine if not r["repeats"]]
    gone: list[str] = []
    if prev:
        earlier = store.execute(
            "MATCH (:Meeting {id: $id})-[:ISSUED]->(d:Directive) RETURN d.id AS id",
            {"id": prev[0]["id"]})
        hit = {x for r in repeated for x in r["repeats"]}
        gone = [r["id"] for r in earlier if r["id"] not in hit]
    return {"previous": prev[0]["id"] if prev else None, "new": new, "repeated": repeated,
            "disappeared": gone}
