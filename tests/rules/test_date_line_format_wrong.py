"""VB122 date-line-format-wrong: real .docx examples (common mistake #8)."""

from __future__ import annotations

from rules.elements.date_line_format_wrong import DateLineFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = DateLineFormatWrong


def test_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_quyet_dinh().fmt("dia_danh_ngay_thang", size=13))


def test_not_italic_is_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("dia_danh_ngay_thang", italic=False))
    assert "nghiêng" in f.message


def test_bold_is_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("dia_danh_ngay_thang", bold=True))
    assert "đậm" in f.message


def test_size_12_is_flagged():
    assert_flags(RULE, build.state_cong_van().fmt("dia_danh_ngay_thang", size=12), count=1)
