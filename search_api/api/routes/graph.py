"""The neighbourhood of one node (id or name), depth 1..3, for the explorer graph; `rel` keeps one
relationship type (the explorer's "expand by relationship type")."""

from typing import Annotated, Any

from fastapi import APIRouter, Query

from graph.read import views
from search_api.api.deps import ServiceDep
from search_api.api.schemas.core import ERRORS, Graph, RelType

router = APIRouter(tags=["graph"])


@router.get("/graph", response_model=Graph,
            response_model_exclude_unset=True, responses=ERRORS)
def graph(service: ServiceDep, node: Annotated[str, Query(min_length=1)],
          depth: Annotated[int, Query(ge=1, le=3)] = 1,
          limit: Annotated[int, Query(ge=1, le=2000)] = 200,
          rel: RelType | None = None) -> dict[str, Any]:
    view = views.graph_with_periods(service.store, service.graph(node, depth, limit, rel))
    return views.graph_total(service.store, view, depth, rel)
