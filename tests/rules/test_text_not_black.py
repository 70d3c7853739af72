"""VB205 text-not-black: real .docx examples (failing and passing)."""

from __future__ import annotations

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
