"""POST /v1/inspect (the anatomy) and POST /v1/tasks (the task table, six clears)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from api.schemas import DOC_FIELDS, InspectResponse, TaskOut, errors_for, multipart_body
from api.service import (
    Unreadable,
    digest,
    display_name,
    draft_key,
    parse_today,
    require_docx,
    unreadable_error,
)
from api.state import get_state
from api.uploads import read_form

router = APIRouter(tags=["documents"])


async def _run(request: Request, what: str) -> JSONResponse:
    st = get_state(request)
    form = await read_form(request, st.settings.max_upload_bytes)
    part = require_docx(form)
    today = parse_today(form)
    name = display_name(part)
    key = (what, digest(part.data), name, today.isoformat() if today else None)
    body = st.cache.get(key)
    if body is None:
        try:
            body = await st.runner.check(
                st.engine,
                what,  # "inspect" or "tasks"
                part.data,
                name,
                today,
                draft=draft_key(part.data, name),
                on_done=lambda result: st.cache.put(key, result),  # kept past the time limit
            )
        except Unreadable as exc:
            raise unreadable_error(exc) from None
    return JSONResponse(body)


@router.post(
    "/inspect",
    summary="The anatomy of a .docx (lint inspect)",
    response_model=InspectResponse,
    responses=errors_for(400, 401, 413, 415, 422, 503),
    openapi_extra=multipart_body(DOC_FIELDS, ("file",)),
)
async def inspect(request: Request) -> JSONResponse:
    return await _run(request, "inspect")


@router.post(
    "/tasks",
    summary="The task table of a .docx (lint tasks)",
    response_model=list[TaskOut],
    responses=errors_for(400, 401, 413, 415, 422, 503),
    openapi_extra=multipart_body(DOC_FIELDS, ("file",)),
)
async def tasks(request: Request) -> JSONResponse:
    return await _run(request, "tasks")
