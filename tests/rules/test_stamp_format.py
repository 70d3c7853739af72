"""VB171 stamp-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.stamp_format import StampFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_urgency_mark_in_lower_case_not_bold():
    spec = build.state_cong_van(du_thao="Khẩn").fmt("du_thao", bold=False)
    found = assert_flags(StampFormat, spec, count=1, excerpts=["Khẩn"])
    assert "không in hoa" in found[0].message and "không đậm" in found[0].message


def test_prescribed_mark_passes():
    assert_clean(StampFormat, build.state_cong_van(du_thao="HỎA TỐC"))
    assert_clean(StampFormat, build.state_cong_van())
