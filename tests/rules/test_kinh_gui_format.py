"""VB157 kinh-gui-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.kinh_gui_format import KinhGuiFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_kinh_gui_in_12_pt_italic():
    spec = build.state_cong_van().fmt("kinh_gui", size=12, italic=True)
    found = assert_flags(KinhGuiFormat, spec)
    assert "cỡ 12 pt" in found[0].message and "in nghiêng" in found[0].message


def test_default_kinh_gui_passes():
    assert_clean(KinhGuiFormat, build.state_cong_van())


def test_bold_kinh_gui_is_a_warning():
    # Table V row 8a: "Kính gửi" in thường, đứng — without the "đậm" of the bold elements.
    spec = build.state_cong_van().fmt("kinh_gui", bold=True)
    found = assert_flags(KinhGuiFormat, spec, severity=Severity.WARNING)
    assert all("in đậm" in f.message for f in found)
    assert found[0].location.excerpt.startswith("Kính gửi")
    (en, *_) = assert_flags(KinhGuiFormat, spec, lang="en")
    assert en.message.startswith("The Kính gửi line is bold")


def test_bold_label_only_on_one_line():
    spec = build.state_cong_van(kinh_gui=["Kính gửi: Bộ Nội vụ."]).fmt("kinh_gui_label", bold=True)
    assert_flags(KinhGuiFormat, spec, count=1, excerpts=["Kính gửi:"], severity=Severity.WARNING)


def test_upright_plain_kinh_gui_list_passes():
    lines = ["Kính gửi:", "- Bộ Nội vụ;", "- Bộ Tài chính;", "- Ủy ban nhân dân tỉnh An Giang."]
    spec = build.state_cong_van(kinh_gui=lines)
    assert_clean(KinhGuiFormat, spec)


def test_bold_kinh_gui_of_an_internal_form_is_not_judged():
    # A phiếu trình is an internal form outside the 29 types of Điều 7: its own template.
    spec = build.state_to_trinh(ten_loai="PHIẾU TRÌNH", so_ky_hieu="Số: 10/PT-NC")
    assert_clean(KinhGuiFormat, spec.fmt("kinh_gui", bold=True))
    # The same bold line in a tờ trình (one of the 29 types) is reported.
    assert_flags(KinhGuiFormat, build.state_to_trinh().fmt("kinh_gui", bold=True), count=1)
