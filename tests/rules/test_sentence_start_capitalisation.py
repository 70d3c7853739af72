"""VB405 sentence-start-capitalisation: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.capitalization.sentence_start_capitalisation import SentenceStartCapitalisation
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_lower_case_after_a_full_stop_and_at_a_new_paragraph_are_fixed() -> None:
    spec = build.state_cong_van(
        body=[
            build.p("Sở Nội vụ tổng hợp kết quả. các đơn vị gửi báo cáo trước ngày 15/12/2026."),
            build.p("b) đề nghị các phòng chuyên môn phối hợp thực hiện./."),
        ]
    )
    found = assert_flags(SentenceStartCapitalisation, spec, count=2, excerpts=["các", "đề"])
    assert [f.fix.replacement for f in found] == ["Các", "Đề"]
    assert found[0].severity.value == "warning"


def test_abbreviations_lists_ellipses_and_addresses_pass() -> None:
    spec = build.state_cong_van(
        body=[
            build.p("Các đơn vị gồm: Sở Tư pháp, Sở Nội vụ v.v. và Ủy ban nhân dân TP. Đà Lạt."),
            build.p("Hồ sơ gồm các tài liệu sau:"),
            build.p("- bản sao quyết định thành lập;"),
            build.p("- báo cáo tình hình hoạt động, các văn bản hướng dẫn..."),
            build.p("liên quan đến tổ chức hội, trong đó nêu rõ số lượng hội viên."),
            build.p("Mọi thông tin xin gửi về địa chỉ thư điện tử:"),
            build.p("vanthu@snv.lamdong.gov.vn./."),
        ]
    )
    assert_clean(SentenceStartCapitalisation, spec)
