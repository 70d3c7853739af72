"""VB400 admin-unit-capitalised: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.capitalization.admin_unit_capitalised import AdminUnitCapitalised
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_province_noun_capitalised_mid_sentence_is_fixed():
    spec = build.state_cong_van(body=[build.p("Trên địa bàn Tỉnh Quảng Ngãi có nhiều dự án./.")])
    found = assert_flags(
        AdminUnitCapitalised, spec, count=1, excerpts=["Tỉnh"], severity=Severity.ERROR
    )
    assert found[0].fix.replacement == "tỉnh"


def test_district_noun_is_a_warning():
    spec = build.state_cong_van(body=[build.p("Làm việc với Ủy ban nhân dân Huyện Đức Trọng./.")])
    assert_flags(AdminUnitCapitalised, spec, count=1, severity=Severity.WARNING)


def test_correct_forms_pass():
    spec = build.state_cong_van(
        body=[
            build.p(
                "Tỉnh Lâm Đồng phối hợp với Thành phố Hồ Chí Minh, thành phố Đà Lạt, Quận 1, "
                "Tỉnh ủy và tỉnh Quảng Ngãi./."
            )
        ]
    )
    assert_clean(AdminUnitCapitalised, spec)
