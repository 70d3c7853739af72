"""VB131 quoc-hieu-wraps: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.reader import read_docx
from rules.elements.quoc_hieu_wraps import QuocHieuWraps
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_narrow_right_column_is_flagged():
    spec = build.state_cong_van(header_widths_mm=(85.0, 80.0))
    found = assert_flags(QuocHieuWraps, spec, count=1)
    assert "ô chứa chỉ rộng 76 mm" in found[0].message


def test_default_columns_pass():
    assert_clean(QuocHieuWraps, build.state_cong_van())


def test_size_14_in_a_just_wide_enough_column_is_flagged():
    """Common mistake 11: size 14 makes the line longer than a 100 mm column."""
    spec = build.state_quyet_dinh(header_widths_mm=(65.0, 100.0)).fmt("quoc_hieu", size=14)
    assert_flags(QuocHieuWraps, spec, count=1)


def test_reader_gives_the_cell_widths(tmp_path):
    path = build.write(build.state_cong_van(header_widths_mm=(62.0, 103.0)), tmp_path / "a.docx")
    doc = read_docx(path)
    widths = doc.tables[0].cell_widths_mm[0]
    assert [round(w or 0) for w in widths] == [62, 103]


def test_paragraph_header_is_not_judged():
    assert_clean(QuocHieuWraps, build.state_cong_van(header_layout="paragraphs"))
