"""Projects: list, one (id or folded name), and its repeated directives across months."""

from typing import Any

from fastapi import APIRouter

from search_api.deps import ServiceDep
from search_api.schemas import ERRORS, ProjectList, ProjectOne, ProjectRepeated

router = APIRouter(prefix="/projects", tags=["projects"])


@router.get("", response_model=ProjectList,
            response_model_exclude_unset=True, responses=ERRORS)
def projects(service: ServiceDep) -> dict[str, Any]:
    return {"projects": service.projects()}


@router.get("/{project_id}", response_model=ProjectOne,
            response_model_exclude_unset=True, responses=ERRORS)
def project(project_id: str, service: ServiceDep) -> dict[str, Any]:
    return {"project": service.project(project_id)}


@router.get("/{project_id}/repeated", response_model=ProjectRepeated,
            response_model_exclude_unset=True, responses=ERRORS)
def repeated(project_id: str, service: ServiceDep) -> dict[str, Any]:
    return service.project_repeated(project_id)
