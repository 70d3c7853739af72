"""VB215 body-line-spacing-out-of-range: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.layout.body_line_spacing_out_of_range import BodyLineSpacingOutOfRange
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_double_spacing_is_an_error():
    spec = build.state_cong_van(body_line_spacing=2.0)
    assert_flags(BodyLineSpacingOutOfRange, spec, severity=Severity.ERROR)


def test_exact_12_pt_is_a_warning():
    spec = build.state_cong_van(body_line_spacing=12, body_line_rule="exact")
    assert_flags(BodyLineSpacingOutOfRange, spec, severity=Severity.WARNING)


def test_single_to_one_and_a_half_and_exact_17_pass():
    for value in (1.0, 1.15, 1.5):
        assert_clean(BodyLineSpacingOutOfRange, build.state_cong_van(body_line_spacing=value))
    spec = build.state_cong_van(body_line_spacing=17, body_line_rule="exact")
    assert_clean(BodyLineSpacingOutOfRange, spec)
