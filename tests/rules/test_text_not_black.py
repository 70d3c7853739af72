"""VB205 text-not-black: real .docx examples (failing and passing)."""

from __future__ import annotations

import pytest

from rules.layout.text_not_black import TextNotBlack
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_red_text_is_flagged():
    spec = build.state_thong_bao(
        body=[build.runs(("Lưu ý: ", {"color": "FF0000"}), ("nộp báo cáo đúng hạn./.", {}))]
    )
    found = assert_flags(TextNotBlack, spec, count=1, excerpts=["Lưu ý: "])
    assert "FF0000" in found[0].message


def test_black_and_near_black_pass():
    assert_clean(TextNotBlack, build.state_thong_bao())
    spec = build.state_thong_bao(
        body=[build.runs(("Nội dung chữ xám rất đậm./.", {"color": "1A1A1A"}))]
    )
    assert_clean(TextNotBlack, spec)


def _marked(mark: str, color: str) -> build.DocSpec:
    """A công văn with a typed, boxed mark under the number (ô 10b) in ``color``."""
    return build.state_cong_van(du_thao=mark).fmt("du_thao", color=color)


@pytest.mark.parametrize("mark", ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "MẬT"])
@pytest.mark.parametrize("color", ["FF0000", "C00000"])
def test_red_urgency_and_secrecy_marks_pass(mark, color):
    # PL I, III.2: the urgency mark is printed in bright red ("màu đỏ tươi").
    assert_clean(TextNotBlack, _marked(mark, color))


def test_red_mark_in_a_body_paragraph_of_the_opening_passes():
    spec = build.state_cong_van(
        body=[
            build.runs(("KHẨN", {"color": "EE0000", "bold": True}), alignment="center"),
            build.p("Sở Nội vụ đề nghị các cơ quan gửi báo cáo trước ngày 20/3/2026./."),
        ]
    )
    assert_clean(TextNotBlack, spec)


def test_blue_mark_and_a_red_word_in_a_sentence_are_flagged():
    found = assert_flags(TextNotBlack, _marked("KHẨN", "0070C0"), count=1, excerpts=["KHẨN"])
    assert "0070C0" in found[0].message
    spec = build.state_cong_van(
        body=[
            build.runs(("Việc này rất ", {}), ("khẩn", {"color": "FF0000"}), (" cần làm.", {})),
            build.p("Đề nghị các cơ quan thực hiện./."),
        ]
    )
    assert_flags(TextNotBlack, spec, count=1, excerpts=["khẩn"])
    # A word that is not one of the marks, alone on a red line, is still reported.
    spec = build.state_cong_van(du_thao="QUAN TRỌNG").fmt("du_thao", color="FF0000")
    assert_flags(TextNotBlack, spec, count=1, excerpts=["QUAN TRỌNG"])
