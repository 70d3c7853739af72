"""VB206 page-number-missing: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.layout.page_number_missing import PageNumberMissing
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_page_number_in_footer():
    found = assert_flags(PageNumberMissing, build.state_ke_hoach(page_number="footer"), count=1)
    assert found[0].location.story == "footer"


def test_multi_page_document_without_numbers():
    spec = build.state_ke_hoach(page_number="none", pages=3)
    assert_flags(PageNumberMissing, spec, count=1, severity=Severity.ERROR)


def test_header_numbers_and_single_page_pass():
    assert_clean(PageNumberMissing, build.state_ke_hoach(pages=3))
    assert_clean(PageNumberMissing, build.state_cong_van(page_number="none", pages=1))


def test_an_even_page_footer_word_does_not_print_is_not_a_footer_number():
    """Real drafts keep an even-page footer with a PAGE field from their template while
    "Different Odd & Even Pages" is off: Word never prints it (seen in 4 real drafts)."""
    assert_clean(PageNumberMissing, build.state_ke_hoach(pages=3, even_page_number="footer"))
    assert_clean(
        PageNumberMissing, build.state_cong_van(page_number="none", even_page_number="footer")
    )
    spec = build.state_ke_hoach(
        page_number="none", pages=3, even_page_number="footer", even_and_odd=True
    )
    found = assert_flags(PageNumberMissing, spec, count=1)
    assert found[0].location.story == "footer"
