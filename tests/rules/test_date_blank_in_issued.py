"""VB121 date-blank-in-issued: real .docx examples."""

from __future__ import annotations

from rules.elements.date_blank_in_issued import DateBlankInIssued
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = DateBlankInIssued
BLANK = "Lâm Đồng, ngày      tháng      năm 2026"


def test_blank_date_in_a_draft_is_clean():
    assert_clean(RULE, build.state_cong_van(date_text=BLANK))


def test_full_date_when_issued_is_clean():
    assert_clean(RULE, build.state_cong_van(), stage="issued")


def test_blank_date_when_issued_is_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van(date_text=BLANK), stage="issued")
    assert "để trống" in f.message
