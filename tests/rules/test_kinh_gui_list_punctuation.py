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
