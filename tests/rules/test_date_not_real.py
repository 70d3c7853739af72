"""VB119 date-not-real: real .docx examples."""

from __future__ import annotations

from rules.elements.date_not_real import DateNotReal
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = DateNotReal


def test_real_dates_and_blanks_are_clean():
    assert_clean(RULE, build.state_cong_van(date_text="Lâm Đồng, ngày 28 tháng 02 năm 2026"))
    assert_clean(RULE, build.state_cong_van(date_text="Lâm Đồng, ngày 29 tháng 02 năm 2028"))
    assert_clean(RULE, build.state_cong_van(date_text="Lâm Đồng, ngày      tháng 02 năm 2026"))


def test_impossible_dates_are_flagged():
    assert_flags(RULE, build.state_cong_van(date_text="Lâm Đồng, ngày 30 tháng 02 năm 2026"))
    assert_flags(RULE, build.state_cong_van(date_text="Lâm Đồng, ngày 31 tháng 4 năm 2026"))
