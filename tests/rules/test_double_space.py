"""VB302 double-space: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.orthography.double_space import DoubleSpace
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_two_spaces_between_words_are_fixed():
    spec = build.state_cong_van(body=[build.p("Ủy ban nhân dân  tỉnh chỉ đạo thực hiện./.")])
    found = assert_flags(DoubleSpace, spec, count=1, severity=Severity.INFO, excerpts=["  "])
    assert found[0].fix.replacement == " "


def test_single_spaces_and_blank_leaders_pass():
    assert_clean(DoubleSpace, build.state_cong_van())
    spec = build.state_cong_van(body=[build.p("Báo cáo trước ngày …  tháng 12 năm 2026./.")])
    assert_clean(DoubleSpace, spec)
