"""One directive with its provenance (meeting, section, span) and relations."""

from typing import Any

from fastapi import APIRouter

from search_api.api.deps import ServiceDep
from search_api.api.schemas.core import ERRORS, DirectiveOne

router = APIRouter(prefix="/directives", tags=["directives"])


@router.get("/{directive_id}", response_model=DirectiveOne,
            response_model_exclude_unset=True, responses=ERRORS)
def directive(directive_id: str, service: ServiceDep) -> dict[str, Any]:
    return {"directive": service.directive(directive_id)}
