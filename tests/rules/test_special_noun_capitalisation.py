"""VB409 special-noun-capitalisation: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.capitalization.special_noun_capitalisation import SpecialNounCapitalisation
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_state_and_people_in_lower_case_next_to_the_party_are_fixed() -> None:
    spec = build.state_bao_cao(
        body=[
            build.p("Thể hiện sự quan tâm của Đảng, nhà nước và nhân dân đối với người có công."),
            build.p("Các hội do Đảng và nhà nước giao nhiệm vụ tiếp tục hoạt động./."),
        ]
    )
    found = assert_flags(
        SpecialNounCapitalisation, spec, count=3, excerpts=["nhà nước", "nhân dân", "nhà nước"]
    )
    assert [f.fix.replacement for f in found] == ["Nhà nước", "Nhân dân", "Nhà nước"]
    assert found[0].severity.value == "warning"


def test_body_names_and_common_uses_pass() -> None:
    spec = build.state_bao_cao(
        body=[
            build.p("Thể hiện sự quan tâm của Đảng, Nhà nước và Nhân dân đối với người có công."),
            build.p(
                "Ủy ban nhân dân, Hội đồng nhân dân, Tòa án nhân dân tỉnh, Công an nhân dân và "
                "Quân đội nhân dân phối hợp; các cơ quan nhà nước thực hiện quản lý nhà nước, "
                "sử dụng ngân sách nhà nước; xây dựng Nhà nước pháp quyền."
            ),
            build.p("Đảng, Nhà nước và nhân dân tỉnh Lâm Đồng; niềm tin của nhân dân./."),
        ]
    )
    assert_clean(SpecialNounCapitalisation, spec)
