"""Health: engine, counts, model."""

from typing import Any

from fastapi import APIRouter

from search_api.deps import ServiceDep

router = APIRouter(tags=["health"])


@router.get("/health")
def health(service: ServiceDep) -> dict[str, Any]:
    return service.health()
