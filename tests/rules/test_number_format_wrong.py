"""VB116 number-format-wrong: real .docx examples."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.number_format_wrong import NumberFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = NumberFormatWrong


def test_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_quyet_dinh(number_text="Số: 15/QĐ-TTg"))


def test_size_14_is_an_error():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("so_ky_hieu", size=14))
    assert f.severity is Severity.ERROR and "13" in f.message


def test_italic_is_an_error_and_bold_a_warning():
    assert_flags(RULE, build.state_cong_van().fmt("so_ky_hieu", italic=True), count=1)
    spec = build.state_cong_van().fmt("so_ky_hieu", bold=True)
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)


def test_lower_case_symbol_is_a_warning():
    spec = build.state_quyet_dinh(number_text="Số: 15/QĐ-Snv")
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING, excerpts=["Snv"])
