"""VB112 number-separator-wrong: real .docx examples (common mistake #13)."""

from __future__ import annotations

import pytest

from rules.elements.number_separator_wrong import NumberSeparatorWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = NumberSeparatorWrong


@pytest.mark.parametrize(
    "number", ["Số: 32/QĐ-SNV", "Số:      /QĐ-SNV", "Số: …/QĐ-SNV", "Số: 15/QĐ-TTg"]
)
def test_clean(number):
    assert_clean(RULE, build.state_quyet_dinh(number_text=number))


def test_spaces_are_flagged_and_fixed():
    spec = build.state_quyet_dinh(number_text="Số: 32 /QĐ- SNV")
    found = assert_flags(RULE, spec, count=2)
    assert [f.fix.replacement for f in found if f.fix] == ["/", "-"]


def test_dot_between_groups_is_flagged_without_safe_fix():
    (f,) = assert_flags(RULE, build.state_cong_van(number_text="Số: 15/SNV.VP"))
    assert f.fix is not None and not f.fix.safe
