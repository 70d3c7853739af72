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
