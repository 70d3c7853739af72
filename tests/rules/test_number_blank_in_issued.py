"""VB115 number-blank-in-issued: real .docx examples."""

from __future__ import annotations

from rules.elements.number_blank_in_issued import NumberBlankInIssued
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = NumberBlankInIssued
BLANK = "Số:      /QĐ-SNV"


def test_blank_number_is_fine_in_a_draft():
    assert_clean(RULE, build.state_quyet_dinh(number_text=BLANK))


def test_filled_number_is_fine_when_issued():
    assert_clean(RULE, build.state_quyet_dinh(), stage="issued")


def test_blank_number_is_an_error_when_issued():
    (f,) = assert_flags(RULE, build.state_quyet_dinh(number_text=BLANK), stage="issued")
    assert "chưa có số" in f.message
