"""The landing page's JSON twin: what is due, what is overdue, what keeps coming back."""

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query

from search_api.api.deps import ServiceDep
from search_api.api.schemas.core import ERRORS
from search_api.api.schemas.views import Overview
from search_api.crossmonth import overview as summary

router = APIRouter(tags=["overview"])


@router.get("/overview", response_model=Overview, response_model_exclude_unset=True,
            responses=ERRORS)
def overview(service: ServiceDep, as_of: date | None = None,
             province: Annotated[str | None, Query(min_length=1, max_length=200)] = None
             ) -> dict[str, Any]:
    """Deadlines due this week (to Sunday) and this month, overdue tasks by lead agency, the
    most-repeated open tasks, the latest meeting's summary; tasks of the latest 12 meetings (of
    `province` where named, e.g. "Cao Bằng" or "cao bang")."""
    return summary.overview(service, as_of, province)
