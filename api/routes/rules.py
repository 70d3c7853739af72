"""GET /v1/rules (every code) and GET /v1/rules/{code} (with its documentation)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Path, Query

from api import errors
from api.schemas import RuleDoc, RuleInfo, errors_for

router = APIRouter(tags=["rules"])


def _info(meta: Any, lang: str) -> dict[str, Any]:
    return {
        "code": meta.code,
        "name": meta.name,
        "severity": meta.severity.value,
        "summary": meta.summary_en if lang == "en" and meta.summary_en else meta.summary,
        "source": meta.source or None,
        "fixable": bool(meta.fixable),
    }


@router.get(
    "/rules",
    summary="Every rule: code, name, default severity, summary, source",
    response_model=list[RuleInfo],
    responses=errors_for(401, 422),
)
def list_rules(lang: Literal["vi", "en"] = Query("vi")) -> list[dict[str, Any]]:
    from linter.engine import all_meta

    return [_info(m, lang) for m in all_meta()]


@router.get(
    "/rules/{code}",
    summary="One rule, with its documentation",
    response_model=RuleDoc,
    responses=errors_for(401, 404, 422),
)
def get_rule(
    code: str = Path(max_length=16), lang: Literal["vi", "en"] = Query("vi")
) -> dict[str, Any]:
    from linter.engine import rule_meta

    meta = rule_meta(code)
    if meta is None:
        raise errors.ApiError(
            404,
            "unknown_rule",
            f"Không có quy tắc mã “{code}”. Xem danh sách tại /v1/rules.",
            f"No rule with code '{code}'. See /v1/rules.",
        )
    return {**_info(meta, lang), "doc": meta.doc}
