"""The agency page as a table: its JSON twin, and the same rows (filtered, sorted) as a CSV or
XLSX file."""

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response
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


@router.get("/{agency_id}/tasklist", response_model=AgencyTaskList,
            response_model_exclude_unset=True, responses=ERRORS)
def task_list(agency_id: str, service: ServiceDep, page: ListPageDep,
              as_of: date | None = None) -> dict[str, Any]:
    """Every task of the agency (predecessors included) as one row each: the agency page."""
    return paged(tasklist.agency_tasks(service, agency_id, as_of), "tasks", page)


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
async def task_export(agency_id: str, service: ServiceDep, format: Literal["csv", "xlsx"] = "xlsx",
                      as_of: date | None = None, state: str | None = None,
                      role: Literal["lead", "support"] | None = None,
                      sort: Sort = "deadline",
                      since: Annotated[str | None, Query(max_length=20)] = None) -> Response:
    """The agency page's rows for these filters as a file (Vietnamese headers and values);
    `since` (YYYY-MM): the tasks last seen from that month on, as the landing counts them."""
    body = await run_in_threadpool(tasklist.agency_tasks, service, agency_id, as_of)
    rows = tasklist.filtered(body["tasks"], state, role, sort, since)
    table = [list(HEADER)] + [_cells(r) for r in rows]
    name = f"nhiem-vu-{body['agency']['id'].split(':')[-1]}-{body['as_of']}.{format}"
    data = export.to_csv(table) if format == "csv" else export.to_xlsx(table)
    kind = "text/csv; charset=utf-8" if format == "csv" else export.XLSX_TYPE
    return Response(data, media_type=kind,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
