"""VB106 tieu-ngu-rule-wrong: real .docx examples (common mistake #9)."""

from __future__ import annotations

import pytest

from linter.finding import Severity
from rules.elements.tieu_ngu_rule_wrong import TieuNguRuleWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = TieuNguRuleWrong


@pytest.mark.parametrize("style", ["shape", "border", "text"])
def test_solid_lines_are_accepted(style):
    assert_clean(RULE, build.state_cong_van(rule_style=style))


def test_missing_line_is_an_error():
    spec = build.state_cong_van().rule("tieu_ngu", style="none")
    assert_flags(RULE, spec, count=1, severity=Severity.ERROR)


def test_dashed_border_is_a_warning():
    spec = build.state_cong_van().rule("tieu_ngu", style="border", dash=True)
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "nét liền" in f.message


def test_typed_hyphens_are_a_warning():
    # A typed line of hyphens right under the motto, in the header cell.
    motto = "Độc lập - Tự do - Hạnh phúc\n--------------------------"
    spec = build.state_quyet_dinh(tieu_ngu=motto)
    spec = spec.rule("tieu_ngu", style="none")
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "-----" in f.message


def test_short_line_is_a_warning():
    spec = build.state_cong_van().rule("tieu_ngu", ratio=0.4)
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "mm" in f.message
