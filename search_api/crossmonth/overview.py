"""The landing page's answers before anyone clicks: deadlines due this week and this month,
overdue tasks by agency (`overdue`: the agency page's rule), the most-repeated open tasks, the
latest meeting's summary, the provinces and the recent meetings. Tasks are those of the window:
every meeting held by the date in the months of the latest RECENT ones (`since` on), so the page
reads the same few meetings at 24 months and at 10 k notices. One province's (`province`, its
name as stored, compared without diacritics or case), or every province's together. Kept per
store generation and day (`answer_cache.by_generation`): a warm landing's `/overview` took 0.2-0.5
s at 24 months, the first ones after a start 1-2 s, each time the same answer until a write."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from graph.read import recent, views
from graph.rows import DirectiveFlags, MeetingMonth
from graph.store import BoltStore
from ingest.text import fold
from search_api.api.errors import NotFound
from search_api.crossmonth import answer_cache, overdue
from search_api.crossmonth.tasks import views as task_views
from search_api.service import Chidao

Row = dict[str, Any]
RECENT = 12  # meetings whose directives' tasks the overview looks at
TOP = 8
# open tasks that keep coming back; a standing ("thường xuyên") order recurs by design and would
# fill the list (17 repeats each in a 24-month series)
LIVE = {"open", "overdue", "no_deadline"}


def _brief(task: Row) -> Row:
    latest = task["occurrences"][-1]
    return {"id": task["id"], "text": latest.get("text"), "state": task["state"],
            "lead": task.get("lead") or [], "deadline": task.get("deadline"),
            "directive": latest["id"], "meeting": latest.get("meeting"),
            "first_seen": task["first_seen"], "last_seen": task["last_seen"],
            "repeated": task["repeated"]}


def _due(tasks: list[Row], start: date, end: date) -> list[Row]:
    def day(t: Row) -> str:
        return str((t.get("deadline") or {}).get("date") or "")
    found = [t for t in tasks if t["state"] == "open"
             and start.isoformat() <= day(t)[:10] <= end.isoformat()]
    return [_brief(t) for t in sorted(found, key=lambda t: (day(t), t["id"]))]


def _month_end(day: date) -> date:
    first_next = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return first_next - timedelta(days=1)


def _latest(store: Any, meeting: Row) -> Row:
    """The meeting's summary: its units counted, its directives' leads and projects (a digest
    of names: reading the units themselves took 0.2-0.55 s at 10 k notices)."""
    units = recent.digest(store, meeting["id"])
    directives = [u for u in units if u["directive"]]
    leads = Counter(name for u in directives for name in u["leads"])
    projects = Counter(name for u in directives for name in u["projects"])
    keep = ("id", "title", "period", "date", "issued", "chair", "number", "signer")
    return {**{k: meeting.get(k) for k in keep}, "directives": len(directives),
            "findings": len(units) - len(directives),
            "deadlines": sum(1 for u in directives if u["dated"]),
            "leads": [{"name": n, "directives": c} for n, c in leads.most_common(TOP)],
            "projects": [{"name": n, "directives": c} for n, c in projects.most_common(TOP)]}


def _candidates(rows: list[DirectiveFlags], month_end: date) -> list[str]:
    """The tasks the overview can show: repeated ones (its id is an earlier directive's, or
    several of these directives are it), and the others with a deadline by the end of the month
    (due this week or month, or overdue); a task given once in the window is its latest
    occurrence there, so a later deadline is neither, and reading its state would cost a query
    for nothing."""
    seen = Counter(r["task"] for r in rows)
    return sorted({r["task"] for r in rows if r["task"] != r["id"] or seen[r["task"]] > 1
                   or (r["deadline"] or "9999")[:10] <= month_end.isoformat()})


def _recent_tasks(store: BoltStore, window: list[MeetingMonth], as_of: date
                  ) -> tuple[int, list[Row]]:
    """How many tasks the window's meetings hold, and the candidates among them with their
    state."""
    rows = views.directives_of(store, [m["id"] for m in window])
    found = _candidates(rows, _month_end(as_of))
    states = task_views.tasks(store, found, as_of) if found else []
    return len({r["task"] for r in rows}), states


def _provinces(store: BoltStore, province: str | None) -> tuple[list[str], list[str] | None, int]:
    """Every province's name, those `province` names (folded; None: all) and their meetings;
    a province with none: NotFound."""
    counts = recent.provinces(store)
    every = sorted({str(r["province"]) for r in counts if r["province"]}, key=fold)
    if province is None:
        return every, None, sum(r["meetings"] for r in counts)
    chosen = [r for r in counts if fold(str(r["province"] or "")) == fold(province).strip()]
    if not chosen:
        raise NotFound(f"no meeting matches {province!r}")
    return every, [str(r["province"]) for r in chosen], sum(r["meetings"] for r in chosen)


def _window(store: BoltStore, day: date, provinces: list[str] | None, n: int
            ) -> tuple[Row | None, list[MeetingMonth]]:
    """The latest meeting held by `day` and every meeting of the months of the latest `n`,
    latest first."""
    latest = recent.latest_meetings(store, day, provinces, n)
    if not latest:
        return None, []
    since = min(str(m.get("period") or "") for m in latest)
    window = recent.meetings_since(store, since, day, provinces)
    window.sort(key=lambda m: (str(m["date"] or m["period"]), m["id"]), reverse=True)
    return max(latest, key=lambda m: (str(m.get("date") or m.get("period")), m["id"])), window


def overview(service: Chidao, as_of: date | None = None, province: str | None = None,
             recent_meetings: int = RECENT) -> Row:
    """The landing's answers on `as_of` (today by default), kept until the store's next write."""
    day, store = as_of or date.today(), service.store
    return answer_cache.by_generation(store, ("overview", day, province, recent_meetings),
                                      lambda: _overview(store, day, province, recent_meetings))


def _overview(store: BoltStore, day: date, province: str | None, recent_meetings: int) -> Row:
    every, chosen, meetings = _provinces(store, province)
    latest, window = _window(store, day, chosen, recent_meetings)
    total, tasks = _recent_tasks(store, window, day)
    repeated = sorted((t for t in tasks if t["state"] in LIVE and t["repeated"]),
                      key=lambda t: (-t["repeated"], t["id"]))
    return {"as_of": day.isoformat(), "meetings": meetings, "tasks": total,
            "province": chosen[0] if chosen else None, "provinces": every,
            "since": min((str(m["period"]) for m in window), default=None),
            "recent_meetings": window,
            "due_this_week": _due(tasks, day, day + timedelta(days=6 - day.weekday())),
            "due_this_month": _due(tasks, day, _month_end(day)),
            "overdue_by_agency": overdue.by_agency(store, tasks),
            "most_repeated": [_brief(t) for t in repeated[:TOP]],
            "latest_meeting": _latest(store, latest) if latest else None}
