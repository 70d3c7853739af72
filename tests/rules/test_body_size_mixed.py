"""VB211 body-size-mixed: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.layout.body_size_mixed import BodySizeMixed
from tests import build
from tests.ruletest import assert_clean, assert_flags

TEXT = "Các cơ quan, đơn vị triển khai thực hiện nghiêm túc, đúng tiến độ các nội dung nêu trên."


def test_13_and_14_mixed_in_the_body():
    spec = build.state_bao_cao(
        body=[build.p(TEXT), build.p(TEXT), build.p(TEXT, size=13), build.p("Kết thúc./.")]
    )
    found = assert_flags(BodySizeMixed, spec, count=1, severity=Severity.WARNING)
    assert "13 pt" in found[0].message


def test_one_size_passes():
    assert_clean(BodySizeMixed, build.state_bao_cao())
    assert_clean(BodySizeMixed, build.state_bao_cao(default_size=13))
