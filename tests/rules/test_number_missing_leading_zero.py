"""VB111 number-missing-leading-zero: real .docx examples with fixes (common mistake #12)."""

from __future__ import annotations

import pytest

from rules.elements.number_missing_leading_zero import NumberMissingLeadingZero
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = NumberMissingLeadingZero


@pytest.mark.parametrize("number", ["Số: 05/QĐ-SNV", "Số: 10/QĐ-SNV", "Số:      /QĐ-SNV"])
def test_clean(number):
    assert_clean(RULE, build.state_quyet_dinh(number_text=number))


def test_single_digit_is_flagged_and_fixed():
    (f,) = assert_flags(RULE, build.state_cong_van(number_text="Số: 5/SNV-VP"), excerpts=["5"])
    assert f.fix is not None and f.fix.replacement == "05"
