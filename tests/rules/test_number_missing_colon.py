"""VB110 number-missing-colon: real .docx examples with fixes."""

from __future__ import annotations

import pytest

from rules.elements.number_missing_colon import NumberMissingColon
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = NumberMissingColon


@pytest.mark.parametrize("number", ["Số: 15/QĐ-SNV", "Số:      /QĐ-SNV", "Số:15/QĐ-SNV"])
def test_colon_present_is_clean(number):
    assert_clean(RULE, build.state_quyet_dinh(number_text=number))


@pytest.mark.parametrize("number", ["Số 15/QĐ-SNV", "Số       /QĐ-SNV"])
def test_missing_colon_is_flagged_and_fixed(number):
    (f,) = assert_flags(RULE, build.state_quyet_dinh(number_text=number))
    assert f.fix is not None and f.fix.replacement.startswith("Số:")


def test_party_documents_are_not_judged():
    assert_clean(RULE, build.party_cong_van())
