"""VB201 page-size-not-a4: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.layout.page_size_not_a4 import PageSizeNotA4
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_letter_paper_is_an_error():
    spec = build.state_cong_van(page_width_mm=215.9, page_height_mm=279.4)
    found = assert_flags(PageSizeNotA4, spec, count=1, severity=Severity.ERROR)
    assert "215,9 x 279,4" in found[0].message
    assert found[0].location.section == 0


def test_a4_portrait_and_landscape_pass():
    assert_clean(PageSizeNotA4, build.state_cong_van())
    assert_clean(PageSizeNotA4, build.state_ke_hoach(page_width_mm=297.0, page_height_mm=210.0))


def test_party_regime_without_page_data_is_silent_or_checked():
    # The rule reads ctx.regime_data: a Party document is judged by its own regime's numbers.
    assert_clean(PageSizeNotA4, build.party_cong_van())
