"""VB120 date-in-future: real .docx examples."""

from __future__ import annotations

import datetime as dt

from rules.elements.date_in_future import DateInFuture
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = DateInFuture
TODAY = dt.date(2026, 3, 10)
LATER = "Lâm Đồng, ngày 05 tháng 01 năm 2062"


def test_past_date_when_issued_is_clean():
    spec = build.state_cong_van(date_text="Lâm Đồng, ngày 05 tháng 3 năm 2026")
    assert_clean(RULE, spec, stage="issued", today=TODAY)


def test_future_date_in_a_draft_is_clean():
    assert_clean(RULE, build.state_cong_van(date_text=LATER), today=TODAY)


def test_future_date_when_issued_is_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van(date_text=LATER), stage="issued", today=TODAY)
    assert "05/01/2062" in f.message
