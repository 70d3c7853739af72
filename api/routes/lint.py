"""POST /v1/lint (the one-file JSON + gate) and POST /v1/fix (the .docx with tracked changes)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from api import errors
from api.schemas import LINT_FIELDS, LintResponse, errors_for, multipart_body
from api.service import (
    Unreadable,
    check_parent,
    digest,
    display_name,
    draft_key,
    parse_lint_options,
    require_docx,
    unreadable_error,
)
from api.state import get_state
from api.uploads import read_form

router = APIRouter(tags=["lint"])

DOCX_MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@router.post(
    "/lint",
    summary="Check a .docx draft",
    description=(
        "Multipart field `file` (.docx) plus optional `stage`, `select`, `ignore`, `fail_on`, "
        "`lang`, `today` and `parent` (repeatable). Returns the file's object of "
        "`lint --format json` plus `gate`."
    ),
    response_model=LintResponse,
    responses=errors_for(400, 401, 413, 415, 422, 503),
    openapi_extra=multipart_body(LINT_FIELDS, ("file",)),
)
async def lint(request: Request) -> JSONResponse:
    st = get_state(request)
    form = await read_form(request, st.settings.max_upload_bytes)
    part = require_docx(form)
    opts = parse_lint_options(form)
    parents = form.files.get("parent", [])
    if len(parents) > st.settings.max_parents:
        raise errors.invalid_field(
            "parent",
            f"tối đa {st.settings.max_parents} tệp.",
            f"at most {st.settings.max_parents} files.",
        )
    for extra in parents:
        check_parent(extra)
    name = display_name(part)
    key = (
        "lint",
        digest(part.data),
        tuple(digest(p.data) + display_name(p) for p in parents),
        name,
        opts.key(),
        st.engine.corpus_generation,
    )
    body = st.cache.get(key)
    if body is None:
        try:
            # Cached when the job finishes: a check that ran over the time limit still
            # finishes, and its result answers the retry.
            body = await st.runner.check(
                st.engine,
                "lint_body",
                part.data,
                name,
                opts,
                parents,
                draft=draft_key(part.data, name),
                on_done=lambda result: st.cache.put(key, result),
            )
        except Unreadable as exc:
            raise unreadable_error(exc) from None
    return JSONResponse(body)


@router.post(
    "/fix",
    summary="Apply the safe fixes as tracked changes",
    description=(
        "Same fields as /v1/lint (without `parent`). Returns a NEW .docx in which every safe "
        "text fix is a tracked change (author vblint); headers `X-Fixes-Applied` and "
        "`X-Fixes-Skipped` give the counts."
    ),
    response_class=Response,
    responses={
        200: {
            "content": {DOCX_MEDIA: {"schema": {"type": "string", "format": "binary"}}},
            "description": "the fixed .docx",
        },
        **errors_for(400, 401, 413, 415, 422, 503),
    },
    openapi_extra=multipart_body(
        {k: v for k, v in LINT_FIELDS.items() if k != "parent"}, ("file",)
    ),
)
async def fix(request: Request) -> Response:
    st = get_state(request)
    form = await read_form(request, st.settings.max_upload_bytes)
    part = require_docx(form)
    opts = parse_lint_options(form)
    name = display_name(part)
    try:
        data, applied, skipped = await st.runner.check(
            st.engine, "fix", part.data, name, opts, draft=draft_key(part.data, name)
        )
    except Unreadable as exc:
        raise unreadable_error(exc) from None
    stem = PurePath(name).stem or "document"
    out_name = f"{stem}.fixed.docx"
    ascii_name = out_name.encode("ascii", "replace").decode("ascii").replace("?", "_")
    headers: dict[str, Any] = {
        "Content-Disposition": (
            f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(out_name)}"
        ),
        "X-Fixes-Applied": str(applied),
        "X-Fixes-Skipped": str(skipped),
        "Cache-Control": "no-store",
    }
    return Response(content=data, media_type=DOCX_MEDIA, headers=headers)
