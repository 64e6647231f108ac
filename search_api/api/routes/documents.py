"""Writes: upload a notice (multipart) and delete one. Both need X-API-Key."""

from pathlib import PurePath
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, UploadFile
from fastapi.concurrency import run_in_threadpool

from search_api.api.deps import ApiKeyDep, ServiceDep, SettingsDep
from search_api.api.errors import BadRequest, NotFound, PayloadTooLarge
from search_api.api.schemas.core import WRITE_ERRORS, Deleted, IngestReport
from search_api.api.schemas.versions import VERSION_WRITE_ERRORS

router = APIRouter(prefix="/documents", tags=["documents"], dependencies=[ApiKeyDep])
CHUNK = 1 << 16


async def _read_limited(upload: UploadFile, limit: int) -> bytes:
    data = bytearray()
    while chunk := await upload.read(CHUNK):
        data.extend(chunk)
        if len(data) > limit:
            raise PayloadTooLarge(f"upload larger than {limit} bytes")
    return bytes(data)


@router.post("", status_code=201, response_model=IngestReport,
             response_model_exclude_unset=True, responses=VERSION_WRITE_ERRORS)
async def upload(service: ServiceDep, settings: SettingsDep,
                 file: Annotated[UploadFile, File()], replace: bool = False,
                 replaces: Annotated[str | None, Query(max_length=64)] = None
                 ) -> dict[str, Any]:
    """Another version of a stored meeting needs `replace=true` (else 409); `replaces`: the
    sha256 of the version meant to be replaced (409 when another one is current by then)."""
    name = PurePath((file.filename or "").replace("\\", "/")).name
    if not name:
        raise BadRequest("the upload needs a file name")
    data = await _read_limited(file, settings.max_upload_bytes)
    report = await run_in_threadpool(service.ingest_bytes, name, data, replace,
                                     replaces)  # parse+embed: seconds
    return report.model_dump()


@router.delete("/{meeting_id}", response_model=Deleted,
               response_model_exclude_unset=True, responses=WRITE_ERRORS)
def delete(meeting_id: str, service: ServiceDep) -> dict[str, Any]:
    if not service.delete(meeting_id):
        raise NotFound(f"no meeting {meeting_id!r}")
    return {"deleted": meeting_id}
