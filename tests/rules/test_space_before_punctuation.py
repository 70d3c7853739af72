"""VB303 space-before-punctuation: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.orthography.space_before_punctuation import SpaceBeforePunctuation
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_space_before_comma_and_semicolon():
    spec = build.state_cong_van(body=[build.p("Các sở , ban, ngành thực hiện ; báo cáo./.")])
    assert_flags(SpaceBeforePunctuation, spec, count=2, excerpts=[" ", " "])


def test_normal_punctuation_passes():
    assert_clean(SpaceBeforePunctuation, build.state_cong_van())
