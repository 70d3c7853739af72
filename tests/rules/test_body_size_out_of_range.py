"""VB210 body-size-out-of-range: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.layout.body_size_out_of_range import BodySizeOutOfRange
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_body_in_12_pt():
    spec = build.state_cong_van(default_size=12)
    found = assert_flags(BodySizeOutOfRange, spec)
    assert "12 pt" in found[0].message


def test_one_paragraph_in_15_pt():
    spec = build.state_cong_van(
        body=[build.p("Nội dung cỡ chữ lớn hơn quy định.", size=15), build.p("Kết thúc./.")]
    )
    assert_flags(BodySizeOutOfRange, spec, count=1)


def test_13_and_14_pass():
    assert_clean(BodySizeOutOfRange, build.state_cong_van(default_size=13))
    assert_clean(BodySizeOutOfRange, build.state_cong_van())
