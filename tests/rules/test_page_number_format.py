"""VB208 page-number-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.layout.page_number_format import PageNumberFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_page_number_too_small():
    found = assert_flags(PageNumberFormat, build.state_ke_hoach(page_number_size=11), count=1)
    assert "cỡ 11 pt" in found[0].message


def test_page_number_13_and_14_pass():
    assert_clean(PageNumberFormat, build.state_ke_hoach(page_number_size=13))
    assert_clean(PageNumberFormat, build.state_ke_hoach(page_number_size=14))
