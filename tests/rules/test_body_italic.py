"""VB216 body-italic: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.layout.body_italic import BodyItalic
from tests import build
from tests.ruletest import assert_clean, assert_flags

RUNNING = (
    "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát, trình Ủy ban nhân dân tỉnh phương án "
    "sắp xếp các đơn vị sự nghiệp công lập trực thuộc, hoàn thành trước ngày 30/6/2026."
)
INTRO = "Thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư, Sở Nội vụ đề nghị:"


def test_whole_running_paragraph_in_italics_is_reported() -> None:
    spec = build.state_cong_van(body=[build.p(INTRO), build.p(RUNNING, italic=True)])
    found = assert_flags(BodyItalic, spec, count=1)
    assert RUNNING.startswith(found[0].location.excerpt.rstrip("…"))
    assert "in nghiêng" in found[0].message
    assert found[0].severity.value == "warning"


def test_party_document_is_judged_too() -> None:
    spec = build.party_ket_luan(body=[build.p(RUNNING, italic=True)])
    found = assert_flags(BodyItalic, spec, count=1)
    assert "Hướng dẫn 36" in (found[0].source or "")


def test_upright_body_passes() -> None:
    assert_clean(BodyItalic, build.state_cong_van(body=[build.p(INTRO), build.p(RUNNING)]))


def test_a_few_italic_words_pass() -> None:
    para = build.Item(
        "text",
        "",
        segments=((RUNNING[:40], {}), (RUNNING[40:80], {"italic": True}), (RUNNING[80:], {})),
    )
    assert_clean(BodyItalic, build.state_cong_van(body=[build.p(INTRO), para]))


def test_italic_lower_level_headings_and_quotations_pass() -> None:
    body = [
        build.p("a) Đối với tập thể:", italic=True),
        build.p(RUNNING),
        build.p(
            "Bộ Nội vụ có ý kiến như sau: “1. Theo quy định tại khoản 6 Điều 21 Nghị định số "
            "126/2024/NĐ-CP, cơ quan nhà nước có thẩm quyền thông báo kết quả đại hội."
        ),
        build.p(RUNNING + " Ban Thường trực thực hiện theo hướng dẫn.”", italic=True),
        build.p("“" + RUNNING + "”", italic=True),
    ]
    assert_clean(BodyItalic, build.state_cong_van(body=body))


def test_italic_can_cu_lines_of_a_quyet_dinh_pass() -> None:
    # the builder's Quyết định sets its căn cứ lines in italics, as ND 30 prescribes
    assert_clean(BodyItalic, build.state_quyet_dinh())
