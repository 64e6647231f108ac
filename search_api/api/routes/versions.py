"""Kept versions of a meeting: the list, and making one current again (X-API-Key)."""

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from search_api.api.deps import ApiKeyDep, ServiceDep
from search_api.api.paging import ListPageDep, paged
from search_api.api.schemas.core import ERRORS, IngestReport
from search_api.api.schemas.versions import VERSION_WRITE_ERRORS, VersionList

router = APIRouter(prefix="/meetings", tags=["meetings"])


@router.get("/{meeting_id}/versions", response_model=VersionList, responses=ERRORS)
def versions(meeting_id: str, service: ServiceDep, page: ListPageDep) -> dict[str, Any]:
    return paged(service.versions(meeting_id), "versions", page,
                 lambda v: str(v.get("sha256")))


@router.post("/{meeting_id}/versions/{sha256}/restore", response_model=IngestReport,
             response_model_exclude_unset=True, responses=VERSION_WRITE_ERRORS,
             dependencies=[ApiKeyDep])
async def restore(meeting_id: str, sha256: str, service: ServiceDep) -> dict[str, Any]:
    report = await run_in_threadpool(service.restore, meeting_id, sha256)  # embeds: seconds
    return report.model_dump()
