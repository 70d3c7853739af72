"""VB102 quoc-hieu-format-wrong: real .docx examples."""

from __future__ import annotations

from rules.elements.quoc_hieu_format_wrong import QuocHieuFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = QuocHieuFormatWrong


def test_compliant_sizes_12_and_13_are_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_cong_van().fmt("quoc_hieu", size=12))


def test_size_14_is_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("quoc_hieu", size=14))
    assert "14" in f.message and "12–13" in f.message


def test_not_bold_and_italic_are_flagged():
    assert_flags(RULE, build.state_quyet_dinh().fmt("quoc_hieu", bold=False), count=1)
    assert_flags(RULE, build.state_quyet_dinh().fmt("quoc_hieu", italic=True), count=1)
