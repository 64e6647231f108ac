"""The agency page as a table: its JSON twin, and the same rows (filtered, sorted) as a CSV or
XLSX file."""

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Response
from fastapi.concurrency import run_in_threadpool

from search_api.api import export, labels
from search_api.api.deps import ServiceDep
from search_api.api.paging import ListPageDep, paged
from search_api.api.schemas.core import ERRORS
from search_api.api.schemas.views import AgencyTaskList
from search_api.crossmonth import tasklist

router = APIRouter(prefix="/agencies", tags=["agencies"])
Sort = Literal["deadline", "first_seen", "last_seen", "repeated", "state"]
HEADER = ("Trạng thái", "Vai trò", "Nội dung", "Thời hạn", "Hạn (ngày)", "Phiên họp gần nhất",
          "Dự án", "Số kỳ họp", "Số lần lặp", "Lần đầu", "Lần cuối", "Kế thừa từ", "Mã nhiệm vụ")


Month = Annotated[str | None, Query(max_length=20)]


def _filters(state: str | None = None, role: Literal["lead", "support"] | None = None,
             since: Month = None, until: Month = None,
             q: Annotated[str | None, Query(max_length=200)] = None) -> tasklist.Filters:
    """The page's filters: `state`, `role`, the tasks last seen from `since` / up to `until`
    (YYYY-MM; the landing counts from a month), words of the text or projects (`q`)."""
    return tasklist.Filters(state, role, since, until, q)


FiltersDep = Annotated[tasklist.Filters, Depends(_filters)]


@router.get("/{agency_id}/tasklist", response_model=AgencyTaskList,
            response_model_exclude_unset=True, responses=ERRORS)
def task_list(agency_id: str, service: ServiceDep, page: ListPageDep, f: FiltersDep,
              as_of: date | None = None, sort: Sort = "first_seen") -> dict[str, Any]:
    """Every task of the agency (predecessors included) as one row each: the agency page. The
    filters, `sort` and `counts` (per state) / `roles` (per role; each with the other filters)
    are computed from the tasks' keys; `limit`/`cursor` page the rows, `total` counts them all;
    only the page's rows read their histories."""
    found = tasklist.table(service, agency_id, as_of, f, sort)
    cut = paged({"tasks": found.ordered}, "tasks", page)
    return {**found.head, "tasks": tasklist.rows(service, found, cut["tasks"]),
            "next_cursor": cut["next_cursor"]}


def _cells(row: dict[str, Any]) -> list[str]:
    deadline = row.get("deadline") or {}
    return [labels.STATES.get(row["state"], row["state"]), labels.ROLES.get(row["role"], ""),
            row.get("text") or "", deadline.get("text") or "", labels.day(deadline.get("date")),
            labels.period((row.get("meeting") or {}).get("period")), "; ".join(row["projects"]),
            str(row["meetings"]), str(row["repeated"]), labels.period(row["first_seen"]),
            labels.period(row["last_seen"]), "; ".join(row["inherited_from"]), row["id"]]


@router.get("/{agency_id}/tasklist/export", response_class=Response, responses={
    **ERRORS, 200: {"content": {"text/csv": {}, export.XLSX_TYPE: {}},
                    "description": "the table as a file"}})
async def task_export(agency_id: str, service: ServiceDep, f: FiltersDep,
                      format: Literal["csv", "xlsx"] = "xlsx", as_of: date | None = None,
                      sort: Sort = "deadline") -> Response:
    """The agency page's rows for these filters as a file (Vietnamese headers and values), all
    of them (no paging); `since` (YYYY-MM): the tasks last seen from that month on, as the
    landing counts them."""
    found = await run_in_threadpool(tasklist.table, service, agency_id, as_of, f, sort)
    rows = await run_in_threadpool(tasklist.rows, service, found, found.ordered)
    table = [list(HEADER)] + [_cells(r) for r in rows]
    name = f"nhiem-vu-{found.head['agency']['id'].split(':')[-1]}-{found.head['as_of']}.{format}"
    data = export.to_csv(table) if format == "csv" else export.to_xlsx(table)
    kind = "text/csv; charset=utf-8" if format == "csv" else export.XLSX_TYPE
    return Response(data, media_type=kind,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
