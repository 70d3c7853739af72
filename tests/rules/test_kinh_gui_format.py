"""VB157 kinh-gui-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.kinh_gui_format import KinhGuiFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_kinh_gui_in_12_pt_italic():
    spec = build.state_cong_van().fmt("kinh_gui", size=12, italic=True)
    found = assert_flags(KinhGuiFormat, spec)
    assert "cỡ 12 pt" in found[0].message and "in nghiêng" in found[0].message


def test_default_kinh_gui_passes():
    assert_clean(KinhGuiFormat, build.state_cong_van())
