"""VB209 appendix-page-numbering-not-restarted: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.layout.appendix_page_numbering_not_restarted import AppendixPageNumberingNotRestarted
from tests import build
from tests.rules._layout_support import with_appendix
from tests.ruletest import assert_clean, assert_flags

RULE = AppendixPageNumberingNotRestarted


def test_appendix_in_the_same_section():
    data = with_appendix(build.state_quyet_dinh(), new_section=False)
    assert_flags(RULE, data, count=1, excerpts=["Phụ lục I"])


def test_appendix_section_not_restarting():
    data = with_appendix(build.state_quyet_dinh(), restart=False)
    assert_flags(RULE, data, count=1)


def test_appendix_restarting_at_one_passes():
    assert_clean(RULE, with_appendix(build.state_quyet_dinh()))
    assert_clean(RULE, build.state_quyet_dinh())
