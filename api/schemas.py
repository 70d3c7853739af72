"""Response envelopes, for the OpenAPI document (the core never imports pydantic).

The routes build plain dicts from the core's own ``to_dict`` contracts and return them as they
are; these models describe those dicts in ``/openapi.json`` (and the schema fuzz checks that
the answers conform to them).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SeverityName = Literal["error", "warning", "info"]


class ErrorDetail(BaseModel):
    code: str = Field(examples=["VB001"])
    message: str = Field(min_length=1, description="Vietnamese message")
    message_en: str | None = Field(default=None, description="the same in English")


class ErrorBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    error: ErrorDetail


class Location(BaseModel):
    part: str | None
    paragraph: int | None = Field(ge=0)
    start: int | None = Field(ge=0)
    end: int | None = Field(ge=0)
    excerpt: str
    label: str | None = None
    story: Literal["header", "footer", "textbox", "footnote"] | None = None
    section: int | None = Field(default=None, ge=0)


class FixInfo(BaseModel):
    title: str
    replacement: str
    safe: bool


class FindingOut(BaseModel):
    code: str = Field(pattern=r"^VB\d{3}$")
    name: str
    severity: SeverityName
    message: str
    location: Location
    fix: FixInfo | None
    source: str | None


class Gate(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    passed: bool = Field(alias="pass")
    fail_on: SeverityName


class FileErrorOut(BaseModel):
    code: Literal["VB001"]
    message: str


class LintResponse(BaseModel):
    """One file's object of ``lint --format json`` plus the gate verdict."""

    path: str
    error: FileErrorOut | None
    family: Literal["state", "party", "unknown"]
    regime: Literal["nd30", "party-2017", "party-2026"] | None
    doc_type: str | None
    findings: list[FindingOut]
    gate: Gate


class Deadline(BaseModel):
    kind: Literal["date", "period", "recurring", "vague", "none"]
    text: str | None
    date: str | None


class TaskOut(BaseModel):
    text: str
    paragraph: int = Field(ge=0)
    leads: list[str]
    co_workers: list[str]
    action: str | None
    deadline: Deadline
    product: str | None
    resources: str | None
    missing: list[str]


class InspectResponse(BaseModel):
    """``lint inspect --format json`` (the anatomy of the document)."""

    model_config = ConfigDict(extra="allow")
    family: str
    regime: str | None
    doc_type: str | None
    date: str | None
    layout: dict[str, Any]
    parts: dict[str, Any]
    number: dict[str, Any] | None
    recipients: dict[str, Any]
    signing: dict[str, Any] | None
    citations: list[dict[str, Any]]
    tasks: list[TaskOut]


class RuleInfo(BaseModel):
    code: str = Field(pattern=r"^VB\d{3}$")
    name: str
    severity: SeverityName
    summary: str
    source: str | None
    fixable: bool


class RuleDoc(RuleInfo):
    doc: str = Field(description="the rule's documentation (Markdown, Vietnamese and English)")


class CorpusDoc(BaseModel):
    id: int
    number: str | None
    type: str | None
    date: str | None
    issuer: str | None
    title: str | None
    origin: Literal["reference", "user"] | str
    paragraphs: int
    added: str
    source: str


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    rules: int
    nlp_loaded: bool
    workers: int  # worker processes of the service (each answers /healthz for itself)
    concurrency: int  # checks running at once in this worker
    running: int
    waiting: int
    cache_entries: int


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in (
        (400, "malformed request body"),
        (401, "missing or wrong X-API-Key"),
        (404, "not found"),
        (413, "upload too large"),
        (415, "not a .docx"),
        (422, "missing or invalid field; unreadable .docx (VB001)"),
        (503, "over the time limit, or busy"),
    )
}


def errors_for(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {c: ERROR_RESPONSES[c] for c in codes}


def multipart_body(properties: dict[str, Any], required: tuple[str, ...]) -> dict[str, Any]:
    """``openapi_extra`` for a route that reads its multipart body itself (api.uploads)."""
    return {
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": list(required),
                        "properties": properties,
                    },
                    "encoding": {
                        "file": {
                            "contentType": "application/vnd.openxmlformats-officedocument."
                            "wordprocessingml.document"
                        }
                    },
                }
            },
        }
    }


FILE_FIELD = {"type": "string", "format": "binary", "description": "the .docx draft"}
LINT_FIELDS: dict[str, Any] = {
    "file": FILE_FIELD,
    "stage": {"type": "string", "enum": ["draft", "issued"], "default": "draft"},
    "select": {"type": "string", "description": "code prefixes, comma-separated (VB1,VB305)"},
    "ignore": {"type": "string", "description": "code prefixes, comma-separated"},
    "fail_on": {"type": "string", "enum": ["error", "warning", "info"]},
    "lang": {"type": "string", "enum": ["vi", "en"], "default": "vi"},
    "today": {"type": "string", "format": "date", "description": "check as of this day"},
    "parent": {
        "type": "array",
        "items": {"type": "string", "format": "binary"},
        "description": "higher-level documents the draft implements (.docx or .txt)",
    },
}
DOC_FIELDS: dict[str, Any] = {
    "file": FILE_FIELD,
    "today": LINT_FIELDS["today"],
}
CORPUS_FIELDS: dict[str, Any] = {
    "file": {"type": "string", "format": "binary", "description": ".docx or .txt"},
    "number": {"type": "string", "description": "number-symbol, e.g. 226-KL/TW"},
    "type": {"type": "string", "description": "document type, e.g. ket_luan"},
    "date": {"type": "string", "format": "date"},
    "issuer": {"type": "string"},
    "title": {"type": "string"},
    "replace": {"type": "boolean", "default": False},
}
