"""State fixtures through the whole engine with every rule (issue 4, "Done when").

A compliant document of every Phụ lục III template type (Nghị định 30/2020/NĐ-CP, Phụ lục III,
mục II) gives no error and no warning from the format rules (VB0xx–VB6xx), at the draft and at
the issued stage. The content rules (VB7xx, VB8xx) judge what the text says; the fixtures' generic
text is not written to satisfy them, so they are left out here and tested on their own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from linter.finding import Severity
from tests import build
from tests.ruletest import lint_docx

TODAY = dt.date(2026, 12, 1)
TYPES = sorted(t for t in build.STATE_TYPES if t != "cong_van")


def _format_problems(spec: build.DocSpec, stage: str) -> list[str]:
    result = lint_docx(spec, stage=stage, today=TODAY)
    assert result.error is None
    assert result.family == "state" and result.regime == "nd30"
    return [
        f"{f.code} {f.severity.value}: {f.message}"
        for f in result.findings
        if f.code < "VB7" and f.severity in (Severity.ERROR, Severity.WARNING)
    ]


@pytest.mark.parametrize("stage", ["draft", "issued"])
@pytest.mark.parametrize("doc_type", TYPES)
def test_every_template_type_is_clean(doc_type: str, stage: str) -> None:
    spec = build.state_doc(doc_type)
    assert _format_problems(spec, stage) == []


@pytest.mark.parametrize("stage", ["draft", "issued"])
@pytest.mark.parametrize(
    "factory",
    [
        "state_cong_van",
        "state_quyet_dinh",
        "state_ke_hoach",
        "state_to_trinh",
        "state_bao_cao",
        "state_thong_bao",
        "state_giay_moi",
    ],
)
def test_named_factories_are_clean(factory: str, stage: str) -> None:
    assert _format_problems(getattr(build, factory)(), stage) == []


def test_one_injected_mistake_is_reported() -> None:
    """The same check sees a single mistake in an otherwise compliant document."""
    spec = build.state_cong_van(margin_left_mm=25)
    assert [p.split(":")[0] for p in _format_problems(spec, "draft")] == ["VB203 error"]
