"""VB124 date-month-extra-zero: real .docx examples with fixes (common mistake #12)."""

from __future__ import annotations

import pytest

from linter.finding import Severity
from rules.elements.date_month_extra_zero import DateMonthExtraZero
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = DateMonthExtraZero


@pytest.mark.parametrize("month", ["01", "02", "3", "9", "10", "12"])
def test_clean(month):
    assert_clean(RULE, build.state_cong_van(date_text=f"Lâm Đồng, ngày 15 tháng {month} năm 2026"))


def test_padded_september_is_a_warning_with_fix():
    spec = build.state_cong_van(date_text="Lâm Đồng, ngày 15 tháng 09 năm 2026")
    (f,) = assert_flags(RULE, spec, excerpts=["09"], severity=Severity.WARNING)
    assert f.fix is not None and f.fix.replacement == "9"
