"""VB152 decimal-heading-numbering: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.decimal_heading_numbering import DecimalHeadingNumbering
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_typed_decimal_numbering_is_a_warning():
    spec = build.state_bao_cao(
        body=[
            build.heading("1. Kết quả"),
            build.p("1.1. Kết quả cải cách thể chế đạt yêu cầu."),
            build.p("1.2. Kết quả cải cách thủ tục hành chính đạt yêu cầu./."),
        ]
    )
    found = assert_flags(
        DecimalHeadingNumbering, spec, count=1, severity=Severity.WARNING, excerpts=["1.1"]
    )
    assert "2 đoạn" in found[0].message


def test_prescribed_levels_and_figures_pass():
    assert_clean(DecimalHeadingNumbering, build.state_ke_hoach())
    spec = build.state_bao_cao(body=[build.p("1.000 người tham gia tập huấn trong năm./.")])
    assert_clean(DecimalHeadingNumbering, spec)
