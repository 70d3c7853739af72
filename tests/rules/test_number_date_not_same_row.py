"""VB117 number-date-not-same-row: real .docx examples."""

from __future__ import annotations

from rules.elements.number_date_not_same_row import NumberDateNotSameRow
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = NumberDateNotSameRow


def test_same_row_layouts_are_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_cong_van(header_rows=2))
    assert_clean(RULE, build.state_quyet_dinh(header_layout="paragraphs"))


def test_date_under_the_number_is_flagged():
    # The date line moved to the left column, under the number.
    spec = build.state_quyet_dinh(dia_danh_ngay_thang=None)
    spec = spec.replace(so_ky_hieu="Số: 15/QĐ-SNV\nLâm Đồng, ngày 16 tháng 11 năm 2026")
    (f,) = assert_flags(RULE, spec)
    assert f.location.part == "dia_danh_ngay_thang"
