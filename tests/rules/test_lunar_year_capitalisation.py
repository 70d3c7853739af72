"""VB407 lunar-year-capitalisation: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.capitalization.lunar_year_capitalisation import LunarYearCapitalisation
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_lunar_year_names_with_a_lower_case_syllable_are_fixed() -> None:
    spec = build.state_ke_hoach(
        trich_yeu="Tổ chức Tết Nguyên đán Bính ngọ 2026",
        body=[
            build.p("Bảo đảm mọi người dân đều được đón Xuân ất tỵ vui tươi, an toàn."),
            build.p("Tổng kết công tác năm giáp thìn và triển khai nhiệm vụ năm mới./."),
        ],
    )
    found = assert_flags(
        LunarYearCapitalisation, spec, count=3, excerpts=["Bính ngọ", "ất tỵ", "giáp thìn"]
    )
    assert [f.fix.replacement for f in found] == ["Bính Ngọ", "Ất Tỵ", "Giáp Thìn"]
    assert "“Bính Ngọ”" in found[0].message
    assert found[0].severity.value == "warning"


def test_capitalised_names_and_words_that_are_no_year_pass() -> None:
    spec = build.state_ke_hoach(
        trich_yeu="Tổ chức Tết Nguyên đán Bính Ngọ 2026",
        body=[
            build.p("Bảo đảm mọi người dân đều được đón Xuân Ất Tỵ vui tươi, an toàn."),
            # "canh tân" is "renew", "quý mùi" lacks a year context, "giáp sửu" an invalid
            # pair after "năm"
            build.p("Tinh thần canh tân; trà quý mùi hương; năm giáp sửu chưa rõ./."),
        ],
    )
    assert_clean(LunarYearCapitalisation, spec)
