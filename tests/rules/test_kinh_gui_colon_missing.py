"""VB155 kinh-gui-colon-missing: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.kinh_gui_colon_missing import KinhGuiColonMissing
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_missing_colon_is_fixed():
    spec = build.state_cong_van(kinh_gui=["Kính gửi Sở Tài chính"])
    found = assert_flags(KinhGuiColonMissing, spec, count=1, excerpts=["Kính gửi"])
    assert found[0].fix is not None and found[0].fix.replacement == "Kính gửi:"


def test_colon_passes():
    assert_clean(KinhGuiColonMissing, build.state_cong_van())
    assert_clean(KinhGuiColonMissing, build.state_cong_van(kinh_gui=["Kính gửi: Sở Tài chính"]))
