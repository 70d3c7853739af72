"""VB153 diem-letter-not-vietnamese: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.diem_letter_not_vietnamese import DiemLetterNotVietnamese
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = DiemLetterNotVietnamese


def _items(letters):
    body = [build.p("1. Nhiệm vụ trọng tâm:")]
    body += [build.lit(f"{x})", f"Nội dung nhiệm vụ {x};") for x in letters]
    body.append(build.p("Các đơn vị tổ chức thực hiện./."))
    return build.state_ke_hoach(body=body)


def test_latin_order_skips_d_stroke_and_is_fixed():
    found = assert_flags(RULE, _items("abcdef"), count=2, excerpts=["e", "f"])
    assert [f.fix.replacement for f in found if f.fix] == ["đ", "e"]


def test_word_auto_numbering_a_b_c_d_e():
    body = [build.p("1. Nhiệm vụ:")]
    body += [build.auto(f"Nội dung {i};", 2) for i in range(5)]
    body.append(build.p("Thực hiện./."))
    found = assert_flags(RULE, build.state_ke_hoach(body=body), count=1)
    assert "“đ)”" in found[0].message and found[0].fix is None


def test_vietnamese_order_passes():
    assert_clean(RULE, _items(["a", "b", "c", "d", "đ", "e", "g"]))
    assert_clean(RULE, build.state_ke_hoach())
