"""VB156 kinh-gui-list-punctuation: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.kinh_gui_list_punctuation import KinhGuiListPunctuation
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = KinhGuiListPunctuation


def test_comma_and_semicolon_swapped_are_fixed():
    spec = build.state_cong_van(kinh_gui=["Kính gửi:", "- Sở Tài chính,", "- Sở Xây dựng;"])
    found = assert_flags(RULE, spec, count=2, excerpts=[",", ";"])
    assert [f.fix.replacement for f in found] == [";", "."]


def test_missing_dash():
    spec = build.state_cong_van(kinh_gui=["Kính gửi: Sở Tài chính;", "- Sở Xây dựng."])
    assert_flags(RULE, spec, count=1, excerpts=["Sở Tài chính;"])


def test_list_and_single_recipient_pass():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_cong_van(kinh_gui=["Kính gửi: Sở Tài chính"]))


def test_an_entry_wrapped_onto_the_next_paragraph_is_judged_at_its_end():
    # a real công văn: the departments' entry runs onto a paragraph of its own after a comma
    wrapped = [
        "Kính gửi:",
        "- Các Sở: Công Thương, Tài chính, Xây dựng,",
        "Nông nghiệp và Môi trường;",
        "- UBND các phường: Yên Bái, Văn Phú, Âu Lâu.",
    ]
    assert_clean(RULE, build.state_cong_van(kinh_gui=wrapped))
    # the wrapped entry's own end is still checked
    wrong = [*wrapped[:2], "Nông nghiệp và Môi trường.", wrapped[3]]
    found = assert_flags(RULE, build.state_cong_van(kinh_gui=wrong), count=1, excerpts=["."])
    assert found[0].fix.replacement == ";"
