"""The corpus of higher-level documents: GET/POST /v1/corpus, DELETE /v1/corpus/{id}.

Behind ``X-API-Key`` whenever a key is configured. The upload is read in memory (a .docx, or a
.txt in the reference format of ``corpus/reference/README.md`` or plain text); the core's corpus
store does the indexing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import JSONResponse, Response

from api import errors
from api.schemas import CORPUS_FIELDS, CorpusDoc, errors_for, multipart_body
from api.service import OLE_MAGIC, ZIP_MAGIC, Unreadable, display_name, unreadable_error
from api.state import get_state, require_corpus_key
from api.uploads import FilePart, read_form

router = APIRouter(tags=["corpus"], dependencies=[Depends(require_corpus_key)])


@router.get(
    "/corpus",
    summary="The reference documents",
    response_model=list[CorpusDoc],
    responses=errors_for(401),
)
async def list_corpus(request: Request) -> list[dict[str, Any]]:
    st = get_state(request)
    store = st.engine.store()
    docs = await st.runner.run(store.list)
    return [d.to_dict() for d in docs]


class _Conflict(Exception):
    def __init__(self, label: str, doc_id: int) -> None:
        super().__init__(label)
        self.label, self.doc_id = label, doc_id


def _refdoc(part: FilePart) -> Any:
    """A RefDoc from an upload in memory (adapter: the CLI's reader takes a path)."""
    from linter.corpus.loader import CorpusError, parse_reference_text
    from linter.corpus.resolve import refdoc_from_document

    name = display_name(part)
    if name.lower().endswith(".txt"):
        try:
            text = part.data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise Unreadable(
                "VB001", f"“{name}” không phải văn bản UTF-8.", f"'{name}' is not UTF-8 text."
            ) from None
        if text.lstrip().startswith("+++"):
            try:
                return parse_reference_text(text, source=name)
            except CorpusError as exc:
                raise Unreadable("invalid_reference", exc.message, exc.message_en) from None
        from linter.textreader import read_text

        return refdoc_from_document(read_text(text, name=name), source=name)
    from api.service import read_document

    return refdoc_from_document(read_document(part.data, name), source=name)


def _add(store: Any, part: FilePart, meta: dict[str, Any], replace: bool) -> dict[str, Any]:
    from linter.content.normalize import TYPE_NAMES

    ref = _refdoc(part)
    if meta.get("number"):
        ref.number = meta["number"]
    if meta.get("type"):
        raw = meta["type"].strip()
        ref.doc_type = TYPE_NAMES.get(raw.lower(), raw)
    if meta.get("date"):
        ref.date = meta["date"]
    if meta.get("issuer"):
        ref.issuer = meta["issuer"]
    if meta.get("title"):
        ref.title = meta["title"]
    if not ref.number:
        raise Unreadable(
            "missing_number",
            f"{display_name(part)}: không xác định được số, ký hiệu văn bản; hãy gửi trường "
            "“number” (ví dụ 226-KL/TW).",
            f"{display_name(part)}: no number-symbol found; send the field 'number'.",
        )
    same = [
        d
        for d in store.lookup(ref.number)
        if not ref.doc_type or d.doc_type in (None, ref.doc_type)
    ]
    if same and not replace:
        raise _Conflict(same[0].label, same[0].id)
    for d in same:
        store.remove(d.id)
    doc_id = store.add(ref)
    info = store.get(doc_id)
    return info.to_dict()


@router.post(
    "/corpus",
    status_code=201,
    summary="Add a reference document (.docx or .txt)",
    response_model=CorpusDoc,
    responses=errors_for(400, 401, 413, 415, 422, 503) | {409: errors_for(422)[422]},
    openapi_extra=multipart_body(CORPUS_FIELDS, ("file",)),
)
async def add_corpus(request: Request) -> JSONResponse:
    st = get_state(request)
    form = await read_form(request, st.settings.max_upload_bytes)
    part = form.file("file")
    if part is None:
        raise errors.missing_field("file")
    name = display_name(part).lower()
    if name.endswith(".docx"):
        pass
    elif name.endswith(".txt") or ("." not in name and part.content_type.startswith("text/plain")):
        if "." not in name:
            part = FilePart(part.field, part.filename + ".txt", part.content_type, part.data)
    elif "." in name or not part.data.startswith((ZIP_MAGIC, OLE_MAGIC)):
        raise errors.wrong_type(
            "Kho văn bản nhận tệp .docx hoặc .txt.", "The corpus takes .docx or .txt files."
        )
    meta: dict[str, Any] = {k: form.text(k) for k in ("number", "type", "issuer", "title")}
    date = form.text("date")
    if date is not None:
        try:
            meta["date"] = dt.date.fromisoformat(date)
        except ValueError:
            raise errors.invalid_field(
                "date", f"“{date}” không đúng dạng YYYY-MM-DD.", f"'{date}' is not YYYY-MM-DD."
            ) from None
    replace_raw = (form.text("replace") or "false").lower()
    if replace_raw not in ("true", "false", "1", "0", "yes", "no", "on", "off"):
        raise errors.invalid_field("replace", "chỉ nhận true hoặc false.", "true or false.")
    replace = replace_raw in ("true", "1", "yes", "on")
    store = st.engine.store()
    try:
        body = await st.runner.run(_add, store, part, meta, replace)
    except Unreadable as exc:
        raise unreadable_error(exc) from None
    except _Conflict as exc:
        raise errors.ApiError(
            409,
            "conflict",
            f"Kho đã có {exc.label} (ID {exc.doc_id}); gửi replace=true để thay.",
            f"The corpus already holds {exc.label} (ID {exc.doc_id}); send replace=true.",
        ) from None
    st.engine.corpus_changed()
    st.cache.clear()
    return JSONResponse(body, status_code=201)


@router.delete(
    "/corpus/{doc_id}",
    status_code=204,
    summary="Remove a reference document",
    response_class=Response,
    responses=errors_for(401, 404, 422),
)
async def delete_corpus(request: Request, doc_id: int = Path(ge=0, le=2**62)) -> Response:
    st = get_state(request)
    store = st.engine.store()
    removed = await st.runner.run(store.remove, doc_id)
    if not removed:
        raise errors.ApiError(
            404,
            "not_found",
            f"Không có văn bản ID {doc_id} trong kho.",
            f"No document with ID {doc_id} in the corpus.",
        )
    st.engine.corpus_changed()
    st.cache.clear()
    return Response(status_code=204)
