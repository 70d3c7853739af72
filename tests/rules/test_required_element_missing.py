"""VB100 required-element-missing: real .docx examples."""

from __future__ import annotations

import pytest

from linter.finding import Severity
from rules.elements.required_element_missing import RequiredElementMissing
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = RequiredElementMissing


@pytest.mark.parametrize(
    "factory",
    [build.state_quyet_dinh, build.state_cong_van, build.state_ke_hoach, build.state_to_trinh,
     build.state_bao_cao, build.state_thong_bao, build.state_giay_moi],
)  # fmt: skip
def test_compliant_templates_are_clean(factory):
    assert_clean(RULE, factory())


def test_missing_number_line_is_an_error():
    found = assert_flags(RULE, build.state_quyet_dinh(so_ky_hieu=None), severity=Severity.ERROR)
    assert [f.location.part for f in found] == ["so_ky_hieu"]


def test_missing_tieu_ngu():
    (f,) = assert_flags(RULE, build.state_cong_van(tieu_ngu=None))
    assert f.location.part == "tieu_ngu" and "Tiêu ngữ" in f.message


def test_missing_date_line_but_not_for_bien_ban():
    assert_flags(RULE, build.state_thong_bao(dia_danh_ngay_thang=None), count=1)
    assert_clean(RULE, build.state_doc("bien_ban", dia_danh_ngay_thang=None))


def test_cong_van_without_vv():
    (f,) = assert_flags(RULE, build.state_cong_van(trich_yeu=None))
    assert "V/v" in f.message


def test_english_message():
    (f,) = assert_flags(RULE, build.state_quyet_dinh(so_ky_hieu=None), lang="en")
    assert f.message.startswith("No number and symbol found")


@pytest.mark.parametrize(
    ("number", "fault", "want"),
    [
        ("SỐ: 15/SNV-VP", "“SỐ” viết in hoa", "Số: 15/SNV-VP"),
        ("Số: 15-SNV-VP", "dấu gạch chéo (/)", "Số: 15/SNV-VP"),
        ("Số: V/SNV-VP", "số “V” không viết bằng chữ số Ả Rập", "Số: …/SNV-VP"),
    ],
)
def test_unreadable_number_line_is_named_not_called_missing(number, fault, want):
    (f,) = assert_flags(RULE, build.state_cong_van(number_text=number), severity=Severity.ERROR)
    assert f.location.part == "so_ky_hieu" and f.location.excerpt == number
    assert "Không tìm thấy" not in f.message and fault in f.message and want in f.message
    (en,) = assert_flags(RULE, build.state_cong_van(number_text=number), lang="en")
    assert en.message.startswith(f"The number line “{number}” cannot be read")


def test_unreadable_number_line_in_tab_and_text_box_headers():
    for layout in ("paragraphs", "textbox"):
        spec = build.state_quyet_dinh(number_text="SỐ: 15/QĐ-SNV", header_layout=layout)
        (f,) = assert_flags(RULE, spec)
        assert f.location.excerpt == "SỐ: 15/QĐ-SNV", layout


def test_date_in_words_is_named_not_called_missing():
    spec = build.state_thong_bao(date_text="Hà Nội, ngày mười tháng 3 năm 2026")
    (f,) = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert f.location.part == "dia_danh_ngay_thang"
    assert "ngày “mười”" in f.message and "chữ số Ả Rập" in f.message
    (en,) = assert_flags(RULE, spec, lang="en")
    assert "day “mười” in words" in en.message


def test_readable_number_and_date_variants_stay_with_their_own_rules():
    # Read by the anatomy: VB110 / VB104 name these faults; VB100 has nothing to say.
    assert_clean(RULE, build.state_cong_van(number_text="Số 15/SNV-VP"))
    assert_clean(RULE, build.state_cong_van(date_text="Hà Nội, ngày 5 tháng 3 năm 2026"))


@pytest.mark.parametrize(
    ("factory", "severity"),
    [(build.state_cong_van, Severity.ERROR), (build.state_to_trinh, Severity.INFO)],
)
def test_cong_van_or_to_trinh_without_kinh_gui(factory, severity):
    (f,) = assert_flags(RULE, factory(kinh_gui=[]), severity=severity)
    assert f.location.part == "kinh_gui" and "Kính gửi" in f.message and "II.9.b" in f.message


def test_kinh_gui_english_message():
    (f,) = assert_flags(RULE, build.state_cong_van(kinh_gui=[]), lang="en")
    assert f.message.startswith("No “Kính gửi: …” line found. A công văn")


@pytest.mark.parametrize("line", ["Kính gửi: Sở Tài chính", "Kính trình: Chủ tịch UBND tỉnh"])
def test_to_trinh_with_one_line_kinh_gui_or_kinh_trinh_is_clean(line):
    assert_clean(RULE, build.state_to_trinh(kinh_gui=[line]))


def test_bao_cao_and_quyet_dinh_need_no_kinh_gui():
    assert_clean(RULE, build.state_bao_cao(kinh_gui=[]))
    assert_clean(RULE, build.state_quyet_dinh(kinh_gui=[]))
