"""VB132 citation-without-date: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.elements.citation_without_date import CitationWithoutDate
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_first_citation_without_a_date_is_reported() -> None:
    spec = build.state_cong_van(
        body=[
            build.p(
                "Thực hiện Công văn số 4409/BCA-C04 của Bộ Công an về việc triển khai thi hành "
                "Luật Căn cước và Thông tư số 01/2018/TT-VPCP, Sở Nội vụ đề nghị các đơn vị "
                "thực hiện./."
            )
        ]
    )
    found = assert_flags(CitationWithoutDate, spec, count=2)
    assert "4409/BCA-C04" in found[0].message and "01/2018/TT-VPCP" in found[1].message
    assert found[0].severity.value == "warning"


def test_dates_before_after_or_at_another_citation_pass() -> None:
    spec = build.state_cong_van(
        body=[
            build.p(
                "Ngày 06/10/2025, Bộ Nội vụ ban hành Công văn số 8977/BNV-TCPCP về việc trả lời "
                "đề nghị của Sở Nội vụ; Nghị quyết số 202/2025/QH15 của Quốc hội thông qua ngày "
                "12 tháng 6 năm 2025 về việc sắp xếp đơn vị hành chính cấp tỉnh."
            ),
            build.p(
                "Theo Công văn số 1159/CĐS-PCĐS, các đơn vị rà soát; Công văn số "
                "1159/CĐS-PCĐS ngày 15/9/2025 của Bộ Nông nghiệp và Môi trường đã hướng dẫn "
                "cụ thể; Luật Căn cước được áp dụng./."
            ),
        ]
    )
    assert_clean(CitationWithoutDate, spec)
