"""Search: the /search contract, with filters and a ranking preset."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from search_api.api.deps import ServiceDep
from search_api.api.schemas.core import ERRORS, SearchResponse
from search_api.search.highlight import query_marks

router = APIRouter(tags=["search"])
# ASCII digits only: `\d` also takes other scripts' digits ("٢٠٢٥-06" passed and found nothing).
Period = Annotated[str | None, Query(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$")]


@router.get("/search", response_model=SearchResponse,
            response_model_exclude_unset=True, responses=ERRORS)
def search(
    service: ServiceDep,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    k: Annotated[int, Query(ge=1, le=100)] = 10,
    agency: str | None = None,
    project: str | None = None,
    theme: str | None = None,
    since: Period = None,
    until: Period = None,
    role: Literal["lead", "support"] | None = None,
    kind: Literal["directive", "finding", "passage"] | None = None,
    preset: Literal["hybrid", "lexical", "dense"] = "hybrid",
    offset: Annotated[int, Query(ge=0, le=1000)] = 0,
    group: Literal["task"] | None = None,
) -> dict[str, Any]:
    filters = {"agency": agency, "project": project, "theme": theme, "since": since,
               "until": until, "role": role, "kind": kind}
    found = service.search(q, k, {a: b for a, b in filters.items() if b}, preset, offset, group)
    return {**found, "marks": query_marks(q)}
