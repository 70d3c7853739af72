"""VB122 date-line-format-wrong: real .docx examples (common mistake #8)."""

from __future__ import annotations

from linter.finding import Severity
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


def test_right_aligned_date_line_is_flagged():
    # PL I, II.4.c: the line is centred under the Quốc hiệu and Tiêu ngữ.
    spec = build.state_cong_van().fmt("dia_danh_ngay_thang", alignment="right")
    (f,) = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert "căn lề “right”" in f.message and "canh giữa" in f.message
    (en,) = assert_flags(RULE, spec, lang="en")
    assert en.message.startswith("The place-and-date line is aligned “right”")


def test_centred_and_tab_laid_out_date_lines_pass():
    assert_clean(RULE, build.state_thong_bao().fmt("dia_danh_ngay_thang", alignment="center"))
    assert_clean(RULE, build.state_thong_bao(header_layout="paragraphs"))


def test_date_line_pushed_over_with_spaces_is_not_judged_for_alignment():
    spec = build.state_cong_van(date_text="          Lâm Đồng, ngày 16 tháng 11 năm 2026").fmt(
        "dia_danh_ngay_thang", alignment="left"
    )
    assert_clean(RULE, spec)
