"""VB125 ten-loai-format-wrong: real .docx examples."""

from __future__ import annotations

from rules.elements.ten_loai_format_wrong import TenLoaiFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = TenLoaiFormatWrong


def test_clean():
    assert_clean(RULE, build.state_quyet_dinh())
    assert_clean(RULE, build.state_ke_hoach().fmt("ten_loai", size=13))


def test_size_16_is_flagged():
    (f,) = assert_flags(RULE, build.state_quyet_dinh().fmt("ten_loai", size=16))
    assert "16" in f.message


def test_not_bold_and_not_centred_are_flagged():
    assert_flags(RULE, build.state_ke_hoach().fmt("ten_loai", bold=False), count=1)
    assert_flags(RULE, build.state_ke_hoach().fmt("ten_loai", alignment="left"), count=1)
