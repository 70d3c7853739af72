"""VB207 page-number-on-first-page: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.layout.page_number_on_first_page import PageNumberOnFirstPage
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_number_on_every_page_including_the_first():
    assert_flags(PageNumberOnFirstPage, build.state_ke_hoach(page_number="header_all"), count=1)


def test_first_page_header_with_its_own_number():
    spec = build.state_ke_hoach(page_number="header_and_first")
    assert_flags(PageNumberOnFirstPage, spec, count=1)


def test_different_first_page_passes():
    assert_clean(PageNumberOnFirstPage, build.state_ke_hoach())
