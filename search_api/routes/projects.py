"""Projects: list, one (id or folded name), and its repeated directives across months."""

from typing import Any

from fastapi import APIRouter

from search_api.deps import ServiceDep

router = APIRouter(prefix="/projects", tags=["projects"])


@router.get("")
def projects(service: ServiceDep) -> dict[str, Any]:
    return {"projects": service.projects()}


@router.get("/{project_id}")
def project(project_id: str, service: ServiceDep) -> dict[str, Any]:
    return {"project": service.project(project_id)}


@router.get("/{project_id}/repeated")
def repeated(project_id: str, service: ServiceDep) -> dict[str, Any]:
    return service.project_repeated(project_id)
