"""VB109 co-quan-ban-hanh-rule-wrong: real .docx examples (common mistake #9)."""

from __future__ import annotations

import pytest

from linter.finding import Severity
from rules.elements.co_quan_ban_hanh_rule_wrong import CoQuanBanHanhRuleWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = CoQuanBanHanhRuleWrong


@pytest.mark.parametrize("style", ["shape", "border", "text"])
def test_solid_lines_are_accepted(style):
    assert_clean(RULE, build.state_quyet_dinh(rule_style=style))


def test_missing_line_is_an_error():
    spec = build.state_cong_van().rule("co_quan_ban_hanh", style="none")
    assert_flags(RULE, spec, count=1, severity=Severity.ERROR)


def test_full_length_line_is_a_warning():
    spec = build.state_cong_van().rule("co_quan_ban_hanh", ratio=1.0)
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "1/3 đến 1/2" in f.message


def test_dashed_border_is_a_warning():
    spec = build.state_cong_van().rule("co_quan_ban_hanh", style="border", dash=True)
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)
