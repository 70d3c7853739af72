"""VB202 page-landscape-without-table: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.layout.page_landscape_without_table import PageLandscapeWithoutTable
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_landscape_letter_with_only_header_and_signature_tables():
    # The borderless header and signature tables are not "bảng, biểu" of the content.
    spec = build.state_to_trinh(orientation="landscape", page_width_mm=297, page_height_mm=210)
    assert_flags(PageLandscapeWithoutTable, spec, count=1)


def test_landscape_without_any_table_is_flagged():
    spec = build.state_to_trinh(
        orientation="landscape",
        page_width_mm=297,
        page_height_mm=210,
        header_layout="paragraphs",
        signature_layout="paragraphs",
    )
    assert_flags(PageLandscapeWithoutTable, spec, count=1)


def test_portrait_passes():
    assert_clean(PageLandscapeWithoutTable, build.state_to_trinh(header_layout="paragraphs"))
