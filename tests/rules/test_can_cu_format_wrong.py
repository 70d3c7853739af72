"""VB129 can-cu-format-wrong: real .docx examples (common mistake #18)."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.can_cu_format_wrong import CanCuFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = CanCuFormatWrong


def test_clean():
    assert_clean(RULE, build.state_quyet_dinh())


def test_upright_can_cu_in_a_decision_is_an_error():
    spec = build.state_quyet_dinh().fmt("can_cu", italic=False)
    found = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert len(found) == 2  # the two "Căn cứ" lines; "Theo đề nghị" is not a căn cứ line


def test_wrong_size_is_flagged():
    assert_flags(RULE, build.state_quyet_dinh().fmt("can_cu", size=12), count=2)
