"""Themes with their counts per period (the explorer's chart), and themes found from the data."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from search_api.api.deps import ServiceDep
from search_api.api.errors import BadRequest
from search_api.api.paging import ListPageDep, encode_cursor, paged
from search_api.api.routes.search import Period
from search_api.api.schemas.core import ERRORS, ThemeList
from search_api.api.schemas.crossmonth import DiscoveredThemes
from search_api.crossmonth import trends
from search_api.crossmonth.theme_windows import page as theme_page

router = APIRouter(prefix="/themes", tags=["themes"])


@router.get("", response_model=ThemeList,
            response_model_exclude_unset=True, responses=ERRORS)
def themes(service: ServiceDep, page: ListPageDep) -> dict[str, Any]:
    """Each theme's units per meeting period; `pending` (no themes) while the whole-store count
    is still being computed in the background (at 10 k notices: minutes after a start or a
    write): ask again."""
    found = trends.trends_or_pending(service.store)
    if found is None:
        return {"themes": [], "pending": True, "next_cursor": None}
    return paged({"themes": found}, "themes", page)


@router.get("/discovered", response_model=DiscoveredThemes,
            response_model_exclude_unset=True, responses=ERRORS)
def discovered(service: ServiceDep, page: ListPageDep,
               min_directives: int = Query(3, ge=2, le=100),
               min_meetings: int = Query(2, ge=1, le=100),
               province: Annotated[str | None, Query(max_length=200)] = None,
               since: Period = None, until: Period = None) -> dict[str, Any]:
    """Clusters of directives recurring across meetings that the taxonomy does not name, in
    bounded windows: one jurisdiction (default: each, clustered alone) and periods (default: the
    24 months up to the jurisdiction's latest meeting), computed off the request path
    (`params.stale`, `params.pending`); paged by `limit` (default: all) and `cursor`."""
    if since and until and until < since:
        raise BadRequest("until đứng trước since")
    body = service.discovered_themes(min_directives, min_meetings, province, since, until)
    shown, after = theme_page(body["themes"], page.after, page.limit)
    return {**body, "themes": shown, "next_cursor": encode_cursor(after)}
