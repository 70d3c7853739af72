"""VB175 urgency-level-unknown: real .docx examples (failing and passing)."""

from __future__ import annotations

import pytest

from linter.finding import Severity
from rules.elements.urgency_level_unknown import UrgencyLevelUnknown
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = UrgencyLevelUnknown


@pytest.mark.parametrize("mark", ["KHẨN CẤP", "RẤT KHẨN", "HỎA TỐC KHẨN", "Khẩn cấp"])
def test_invented_level_is_an_error(mark):
    (f,) = assert_flags(
        RULE, build.state_cong_van(du_thao=mark), severity=Severity.ERROR, excerpts=[mark]
    )
    assert f"“{mark}” không có trong Nghị định" in f.message
    assert "“HỎA TỐC”, “THƯỢNG KHẨN”, “KHẨN”" in f.message


def test_old_hoa_toc_hen_gio_is_named():
    (f,) = assert_flags(RULE, build.state_quyet_dinh(du_thao="HỎA TỐC HẸN GIỜ"))
    assert "hỏa tốc hẹn giờ" in f.message


def test_english_message():
    (f,) = assert_flags(RULE, build.state_cong_van(du_thao="RẤT KHẨN"), lang="en")
    assert f.message.startswith("Urgency mark “RẤT KHẨN” is not a level of Decree 30/2020")


@pytest.mark.parametrize("mark", ["HỎA TỐC", "HOẢ TỐC", "THƯỢNG KHẨN", "KHẨN", "MẬT"])
def test_the_three_levels_pass(mark):
    assert_clean(RULE, build.state_cong_van(du_thao=mark))


def test_other_lines_with_khan_pass():
    assert_clean(RULE, build.state_cong_van(du_thao="CÔNG ĐIỆN KHẨN"))
    spec = build.state_cong_van(body=[build.p("Khẩn cấp"), build.p("Đề nghị khẩn trương.")])
    assert_clean(RULE, spec)
