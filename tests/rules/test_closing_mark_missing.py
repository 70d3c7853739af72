"""VB150 closing-mark-missing: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.closing_mark_missing import ClosingMarkMissing
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_content_without_closing_mark_is_a_warning_and_fixed():
    spec = build.state_cong_van(
        body=[build.p("Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện.")]
    )
    found = assert_flags(ClosingMarkMissing, spec, count=1, severity=Severity.WARNING)
    assert found[0].fix is not None and found[0].fix.replacement == "./."


def test_closing_mark_and_trailing_note_pass():
    assert_clean(ClosingMarkMissing, build.state_cong_van())
    spec = build.state_cong_van(
        body=[
            build.p("Đề nghị các cơ quan, đơn vị phối hợp thực hiện./."),
            build.p("(Gửi kèm theo Kế hoạch số 45/KH-SNV)"),
        ]
    )
    assert_clean(ClosingMarkMissing, spec)


def test_a_trailing_note_that_carries_the_closing_mark_passes():
    # a tờ trình closing on its list of enclosed files: "(Hồ sơ kèm theo: …)./."
    spec = build.state_to_trinh(
        body=[
            build.p("Sở Công Thương kính trình Ủy ban nhân dân tỉnh xem xét, quyết định."),
            build.p("(Hồ sơ kèm theo: dự thảo Quyết định; báo cáo thẩm định)./."),
        ]
    )
    assert_clean(ClosingMarkMissing, spec)
    # a note with no mark before or in it still leaves the content unclosed
    spec = build.state_to_trinh(
        body=[
            build.p("Sở Công Thương kính trình Ủy ban nhân dân tỉnh xem xét, quyết định."),
            build.p("(Hồ sơ kèm theo: dự thảo Quyết định; báo cáo thẩm định)"),
        ]
    )
    assert_flags(ClosingMarkMissing, spec, count=1)
