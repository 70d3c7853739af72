"""VB408 festival-name-capitalisation: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.capitalization.festival_name_capitalisation import FestivalNameCapitalisation
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_lower_case_names_and_tet_alone_are_reported() -> None:
    spec = build.state_ke_hoach(
        body=[
            build.p("Bảo đảm an ninh trật tự dịp tết nguyên đán và tết Trung Thu năm 2026."),
            build.p("Người lao động được nghỉ trước, trong và sau tết; đón tiết lập xuân./."),
        ]
    )
    found = assert_flags(
        FestivalNameCapitalisation,
        spec,
        count=4,
        excerpts=["nguyên đán", "Trung Thu", "tết", "lập xuân"],
    )
    assert [f.fix.replacement for f in found] == ["Nguyên đán", "Trung thu", "Tết", "Lập xuân"]
    assert [f.severity.value for f in found] == ["warning", "info", "info", "warning"]
    assert "“tết Nguyên đán”" in found[0].message


def test_names_as_written_in_practice_and_the_common_noun_pass() -> None:
    spec = build.state_ke_hoach(
        trich_yeu="Tổ chức Tết Nguyên đán Bính Ngọ 2026",
        body=[
            build.p("Bảo đảm an ninh trật tự dịp Tết Nguyên đán, tết Trung thu và sau Tết."),
            build.p("Các ngày lễ, tết được nghỉ theo quy định; thực hành tiết kiệm, nêu chi tiết."),
            build.p("Tổ chức vui Tết Trung thu cho thiếu nhi; đón tiết Lập xuân./."),
        ],
    )
    assert_clean(FestivalNameCapitalisation, spec)
