"""VB404 admin-unit-noun-not-capitalised: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.capitalization.admin_unit_noun_not_capitalised import AdminUnitNounNotCapitalised
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_numbered_ward_and_special_forms_in_lower_case_are_fixed() -> None:
    spec = build.state_cong_van(
        body=[
            build.p(
                "Đề nghị Ủy ban nhân dân phường 3 Bảo Lộc phối hợp với Sở Tư pháp thành phố Hồ "
                "Chí Minh và thủ đô Hà Nội thực hiện./."
            )
        ]
    )
    found = assert_flags(
        AdminUnitNounNotCapitalised, spec, count=3, excerpts=["phường", "thành", "thủ"]
    )
    assert [f.fix.replacement for f in found] == ["Phường", "Thành", "Thủ"]
    assert "“Phường 3”" in found[0].message


def test_prescribed_forms_and_counts_pass() -> None:
    spec = build.state_cong_van(
        body=[
            build.p(
                "Ủy ban nhân dân Quận 1, Thành phố Hồ Chí Minh và Thủ đô Hà Nội; cấp phường 04 "
                "thủ tục, phường 25 TTHC, các phường 3 năm liền đạt chuẩn; tỉnh 217 TTHC./."
            )
        ]
    )
    assert_clean(AdminUnitNounNotCapitalised, spec)


def test_a_numbered_ward_followed_by_a_joining_word_is_still_a_name() -> None:
    """ "phường 3 và phường 5": the word after the number joins two names; it does not make
    the number a count ("phường 3 năm liền")."""
    spec = build.state_cong_van(
        body=[
            build.p(
                "Giao Ủy ban nhân dân phường 3 và Phường 5 thuộc thành phố Đà Lạt, quận 10 "
                "của Thành phố Hồ Chí Minh phối hợp thực hiện./."
            )
        ]
    )
    found = assert_flags(AdminUnitNounNotCapitalised, spec, count=2, excerpts=["phường", "quận"])
    assert [f.fix.replacement for f in found] == ["Phường", "Quận"]
