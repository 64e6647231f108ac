"""One router per resource."""

from fastapi import APIRouter

from search_api.routes import agencies, documents, entities, graph, health, meetings, search

api = APIRouter()
for module in (health, search, agencies, entities, meetings, graph, documents):
    api.include_router(module.router)
