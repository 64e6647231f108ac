"""Projects, themes and directives."""

from typing import Any

from fastapi import APIRouter

from search_api.deps import ServiceDep

router = APIRouter(tags=["projects", "themes", "directives"])


@router.get("/projects")
def projects(service: ServiceDep) -> dict[str, Any]:
    return {"projects": service.projects()}


@router.get("/projects/{project_id}")
def project(project_id: str, service: ServiceDep) -> dict[str, Any]:
    return {"project": service.project(project_id)}


@router.get("/projects/{project_id}/repeated")
def repeated(project_id: str, service: ServiceDep) -> dict[str, Any]:
    return service.project_repeated(project_id)


@router.get("/themes")
def themes(service: ServiceDep) -> dict[str, Any]:
    return {"themes": service.themes()}


@router.get("/directives/{directive_id}")
def directive(directive_id: str, service: ServiceDep) -> dict[str, Any]:
    return {"directive": service.directive(directive_id)}
