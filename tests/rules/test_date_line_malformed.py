"""VB118 date-line-malformed: real .docx examples."""

from __future__ import annotations

import pytest

from linter.finding import Severity
from rules.elements.date_line_malformed import DateLineMalformed
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = DateLineMalformed


@pytest.mark.parametrize(
    "date_text",
    [
        "Lâm Đồng, ngày 05 tháng 01 năm 2026",
        "Lâm Đồng, ngày      tháng      năm 2026",
        "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2026",
    ],
)
def test_clean(date_text):
    assert_clean(RULE, build.state_cong_van(date_text=date_text))


def test_missing_comma_is_flagged_and_fixed():
    (f,) = assert_flags(RULE, build.state_cong_van(date_text="Lâm Đồng ngày 05 tháng 01 năm 2026"))
    assert f.fix is not None and f.fix.replacement == "Lâm Đồng,"


def test_capitalised_keywords_are_flagged_and_fixed():
    spec = build.state_cong_van(date_text="Lâm Đồng, Ngày 05 Tháng 01 Năm 2026")
    assert_flags(RULE, spec, count=3, excerpts=["Ngày", "Tháng", "Năm"])


def test_slash_date_is_an_error():
    spec = build.state_cong_van(date_text="Lâm Đồng, ngày 05/01/2026")
    (f,) = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert "05/01/2026" in f.message


def test_misspelt_keyword_is_flagged():
    spec = build.state_cong_van(date_text="Lâm Đồng, ngày 12 háng 01 năm 2026")
    assert_flags(RULE, spec, count=1)


@pytest.mark.parametrize(
    ("date_text", "right"),
    [
        ("Lâm đồng, ngày 05 tháng 01 năm 2026", "Lâm Đồng"),
        ("Thành phố Hồ chí Minh, ngày 29 tháng 6 năm 2026", "Thành phố Hồ Chí Minh"),
        ("Bà Rịa - vũng Tàu, ngày 29 tháng 6 năm 2026", "Bà Rịa - Vũng Tàu"),
    ],
)
def test_every_syllable_of_the_place_is_capitalised(date_text, right):
    # PL I, II.4.c: "các chữ cái đầu của địa danh phải viết hoa".
    (f,) = assert_flags(RULE, build.state_cong_van(date_text=date_text), severity=Severity.ERROR)
    assert f"“{right}”" in f.message
    assert f.fix is not None and f.fix.replacement == right and not f.fix.safe


def test_generic_nouns_and_numbered_units_keep_their_case():
    for date_text in (
        "Thủ đô Hà Nội, ngày 05 tháng 01 năm 2026",
        "Thị xã Phú Mỹ, ngày 05 tháng 01 năm 2026",
        "Quận 1, ngày 05 tháng 01 năm 2026",
        "Đắk Lắk, ngày 05 tháng 01 năm 2026",
    ):
        assert_clean(RULE, build.state_cong_van(date_text=date_text))


def test_all_caps_formatting_on_the_date_line_is_flagged():
    # PL I, II.4.c and Table V row 4: "chữ in thường".
    spec = build.state_cong_van().fmt("dia_danh_ngay_thang", caps=True)
    (f,) = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert "All Caps" in f.message and "chữ in thường" in f.message
    (en,) = assert_flags(RULE, spec, lang="en")
    assert "formatted in capitals (All Caps)" in en.message
