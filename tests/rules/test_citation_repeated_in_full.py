"""VB133 citation-repeated-in-full: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.citation_repeated_in_full import CitationRepeatedInFull
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_a_second_full_citation_is_a_hint() -> None:
    spec = build.state_cong_van(
        body=[
            build.p(
                "Thực hiện Công văn số 4409/BCA-C04 ngày 01/10/2025 của Bộ Công an về việc "
                "triển khai thi hành Luật Căn cước, Ủy ban nhân dân tỉnh giao Công an tỉnh chủ trì."
            ),
            build.p(
                "Theo Công văn số 4409/BCA-C04 ngày 01/10/2025 của Bộ Công an, các sở, ngành "
                "phối hợp; Công văn số 4409/BCA-C04 ngày 01/10/2025 nêu rõ thời hạn./."
            ),
        ]
    )
    found = assert_flags(CitationRepeatedInFull, spec, count=1)
    assert found[0].severity.value == "info"
    assert found[0].location.excerpt.startswith("Công văn số 4409/BCA-C04 ngày 01/10/2025")
    assert "4409/BCA-C04" in found[0].message


def test_short_later_citations_and_amending_titles_pass() -> None:
    spec = build.state_quyet_dinh(
        can_cu=[
            "Căn cứ Nghị định số 123/2013/NĐ-CP ngày 14 tháng 10 năm 2013 của Chính phủ quy "
            "định chi tiết một số điều và biện pháp thi hành Luật Luật sư; Nghị định số "
            "137/2018/NĐ-CP ngày 08 tháng 10 năm 2018 sửa đổi, bổ sung một số điều của Nghị "
            "định số 123/2013/NĐ-CP ngày 14 tháng 10 năm 2013 của Chính phủ;",
        ],
        body=[
            build.dieu(
                1,
                "Thực hiện theo Nghị định số 123/2013/NĐ-CP và Công văn số "
                "4409/BCA-C04 của Bộ Công an; Công văn số 4409/BCA-C04 ngày 01/10/2025 "
                "nêu rõ thời hạn.",
            ),
        ],
    )
    assert_clean(CitationRepeatedInFull, spec)
