"""VB105 tieu-ngu-format-wrong: real .docx examples."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.tieu_ngu_format_wrong import TieuNguFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = TieuNguFormatWrong


def test_compliant_is_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_quyet_dinh().fmt("tieu_ngu", size=13))


def test_size_12_is_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("tieu_ngu", size=12))
    assert "13–14" in f.message


def test_not_bold_is_flagged():
    assert_flags(RULE, build.state_cong_van().fmt("tieu_ngu", bold=False), severity=Severity.ERROR)


def test_left_aligned_is_a_warning():
    spec = build.state_cong_van().fmt("tieu_ngu", alignment="left")
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)


def test_underlined_motto_is_info():
    spec = build.state_cong_van().fmt("tieu_ngu", underline=True)
    assert_flags(RULE, spec, count=1, severity=Severity.INFO)
