"""VB203 page-margin-out-of-range: real .docx examples (failing and passing)."""

from __future__ import annotations

import pytest

from linter.finding import Severity
from rules.layout.page_margin_out_of_range import PageMarginOutOfRange
from tests import build
from tests.ruletest import assert_clean, assert_flags


@pytest.mark.parametrize(
    ("field", "value", "side"),
    [
        ("margin_left_mm", 25.4, "trái"),
        ("margin_top_mm", 15.0, "trên"),
        ("margin_bottom_mm", 30.0, "dưới"),
        ("margin_right_mm", 25.0, "phải"),
    ],
)
def test_margin_outside_range(field, value, side):
    spec = build.state_quyet_dinh(**{field: value})
    found = assert_flags(PageMarginOutOfRange, spec, count=1, severity=Severity.ERROR)
    assert f"Lề {side}" in found[0].message


def test_margins_at_both_ends_of_the_ranges_pass():
    assert_clean(PageMarginOutOfRange, build.state_quyet_dinh())
    spec = build.state_quyet_dinh(
        margin_top_mm=25, margin_bottom_mm=25, margin_left_mm=35, margin_right_mm=20
    )
    assert_clean(PageMarginOutOfRange, spec)


def test_a_landscape_page_has_no_prescribed_margins():
    # the Government's own landscape section of Phụ lục I: top 20, bottom 15, left 30, right 15
    wide = dict(margin_top_mm=20, margin_bottom_mm=15, margin_left_mm=30, margin_right_mm=15)
    assert_clean(
        PageMarginOutOfRange,
        build.state_quyet_dinh(
            orientation="landscape", page_width_mm=297.0, page_height_mm=210.0, **wide
        ),
    )
    assert_flags(PageMarginOutOfRange, build.state_quyet_dinh(**wide), count=1)
