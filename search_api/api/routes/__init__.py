"""One router per resource, gathered into `api`."""

from fastapi import APIRouter

from search_api.api.routes import (
    agencies,
    directives,
    documents,
    exports,
    graph,
    health,
    meetings,
    overview,
    projects,
    search,
    tasks,
    themes,
    versions,
)

api = APIRouter()
for module in (health, overview, search, exports, agencies, projects, themes, meetings, directives,
               graph, documents, tasks, versions):
    api.include_router(module.router)
