"""VB126 trich-yeu-format-wrong: real .docx examples."""

from __future__ import annotations

from rules.elements.trich_yeu_format_wrong import TrichYeuFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = TrichYeuFormatWrong


def test_clean():
    assert_clean(RULE, build.state_quyet_dinh())
    assert_clean(RULE, build.state_cong_van())  # the V/v line is VB128's


def test_not_bold_is_flagged():
    (f,) = assert_flags(RULE, build.state_quyet_dinh().fmt("trich_yeu", bold=False))
    assert "đậm" in f.message


def test_all_capitals_is_flagged():
    spec = build.state_ke_hoach(trich_yeu="TRIỂN KHAI CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2027")
    (f,) = assert_flags(RULE, spec)
    assert "in hoa" in f.message


def test_size_12_is_flagged():
    assert_flags(RULE, build.state_thong_bao().fmt("trich_yeu", size=12), count=1)
