"""VB127 trich-yeu-rule-wrong: real .docx examples (common mistake #9)."""

from __future__ import annotations

import pytest

from linter.finding import Severity
from rules.elements.trich_yeu_rule_wrong import TrichYeuRuleWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = TrichYeuRuleWrong


@pytest.mark.parametrize("style", ["shape", "border", "text"])
def test_solid_lines_are_accepted(style):
    assert_clean(RULE, build.state_quyet_dinh(rule_style=style))


def test_cong_van_has_no_line_to_check():
    assert_clean(RULE, build.state_cong_van(rule_style="none"))


def test_missing_line_is_an_error():
    spec = build.state_ke_hoach().rule("trich_yeu", style="none")
    assert_flags(RULE, spec, count=1, severity=Severity.ERROR)


def test_full_width_line_is_a_warning():
    spec = build.state_thong_bao().rule("trich_yeu", ratio=1.0)
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)
