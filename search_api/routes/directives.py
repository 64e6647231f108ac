"""One directive with its provenance (meeting, section, span) and relations."""

from typing import Any

from fastapi import APIRouter

from search_api.deps import ServiceDep

router = APIRouter(prefix="/directives", tags=["directives"])


@router.get("/{directive_id}")
def directive(directive_id: str, service: ServiceDep) -> dict[str, Any]:
    return {"directive": service.directive(directive_id)}
