"""VB130 can-cu-punctuation-wrong: real .docx examples with fixes (common mistake #18)."""

from __future__ import annotations

from rules.elements.can_cu_punctuation_wrong import CanCuPunctuationWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = CanCuPunctuationWrong
LUAT = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"
QD = "Căn cứ Quyết định số 25/2025/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh"
DE_NGHI = "Theo đề nghị của Chánh Văn phòng Sở"


def test_clean():
    assert_clean(RULE, build.state_quyet_dinh())
    assert_clean(RULE, build.state_quyet_dinh(can_cu=[f"{LUAT};", f"{QD}."]))


def test_last_line_ending_semicolon_is_flagged_and_fixed():
    spec = build.state_quyet_dinh(can_cu=[f"{LUAT};", f"{QD};", f"{DE_NGHI};"])
    (f,) = assert_flags(RULE, spec, excerpts=[";"])
    assert f.fix is not None and f.fix.replacement == "."


def test_middle_line_ending_full_stop_is_flagged():
    spec = build.state_quyet_dinh(can_cu=[f"{LUAT}.", f"{QD};", f"{DE_NGHI}."])
    (f,) = assert_flags(RULE, spec, excerpts=["."])
    assert f.fix is not None and f.fix.replacement == ";"


def test_two_can_cu_in_one_paragraph_are_flagged():
    spec = build.state_quyet_dinh(can_cu=[f"{LUAT}; {QD};", f"{DE_NGHI}."])
    (f,) = assert_flags(RULE, spec)
    assert "xuống dòng" in f.message
