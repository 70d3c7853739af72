"""VB113 number-has-year: real .docx examples (common mistake #13)."""

from __future__ import annotations

from rules.elements.number_has_year import NumberHasYear
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = NumberHasYear


def test_clean():
    assert_clean(RULE, build.state_ke_hoach())
    assert_clean(RULE, build.state_cong_van())


def test_year_in_a_plan_number_is_flagged():
    (f,) = assert_flags(RULE, build.state_ke_hoach(number_text="Số: 129/2026/KH-SNV"))
    assert "2026" in f.message and f.location.excerpt == "2026/"
    assert f.fix is not None and not f.fix.safe


def test_year_in_a_thong_bao_is_flagged():
    assert_flags(RULE, build.state_thong_bao(number_text="Số: 12/2026/TB-SNV"), count=1)
