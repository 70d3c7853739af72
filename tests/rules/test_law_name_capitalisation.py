"""VB403 law-name-capitalisation: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.capitalization.law_name_capitalisation import LawNameCapitalisation
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_lower_case_law_names_are_fixed() -> None:
    spec = build.state_quyet_dinh(
        can_cu=[
            "Căn cứ Luật tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Theo đề nghị của Chánh Văn phòng Sở.",
        ],
        body=[
            build.dieu(1, "Xử lý theo Bộ luật hình sự và Luật phòng, chống ma túy."),
            build.dieu(2, "Quyết định này có hiệu lực kể từ ngày ký./."),
        ],
    )
    found = assert_flags(LawNameCapitalisation, spec, count=3, excerpts=["tổ", "hình", "phòng"])
    assert [f.fix.replacement for f in found] == ["Tổ", "Hình", "Phòng"]
    assert "Luật Tổ" in found[0].message


def test_names_written_as_prescribed_and_common_nouns_pass() -> None:
    spec = build.state_cong_van(
        body=[
            build.p(
                "Căn cứ Luật Tổ chức chính quyền địa phương và Bộ luật Hình sự, Đoàn Luật sư "
                "tỉnh thực hiện theo quy định của pháp luật và luật chuyên ngành; Luật này và "
                "Luật sửa đổi, bổ sung một số điều của Luật Luật sư đã quy định rõ./."
            )
        ]
    )
    assert_clean(LawNameCapitalisation, spec)
