"""VB104 date-missing-leading-zero: real .docx examples, State and Party, with fixes."""

from __future__ import annotations

import datetime as dt

import pytest

from linter.finding import Severity
from rules.elements.date_missing_leading_zero import (
    SOURCE_HD05,
    SOURCE_HD36,
    SOURCE_ND30,
    DateMissingLeadingZero,
)
from tests import build
from tests.ruletest import assert_clean, assert_flags, findings_of, lint_docx, neutral_doc

RULE = DateMissingLeadingZero


@pytest.mark.parametrize(
    ("date_text", "excerpts"),
    [
        ("Lâm Đồng, ngày 5 tháng 3 năm 2026", ["5"]),
        ("Lâm Đồng, ngày 15 tháng 1 năm 2026", ["1"]),
        ("Lâm Đồng, ngày 15 tháng 2 năm 2026", ["2"]),
        ("Lâm Đồng, ngày 9 tháng 2 năm 2026", ["9", "2"]),
        ("Lâm Đồng, Ngày 1 tháng 01 năm 2026", ["1"]),
    ],
)
def test_state_flags_and_fix_is_clean(date_text, excerpts):
    found = assert_flags(
        RULE, build.state_cong_van(date_text=date_text), excerpts=excerpts, severity=Severity.ERROR
    )
    assert all(f.source == SOURCE_ND30 for f in found)
    assert all(f.location.part == "dia_danh_ngay_thang" for f in found)
    assert all(
        f.fix is not None and f.fix.replacement == f.location.excerpt.zfill(2) for f in found
    )


@pytest.mark.parametrize(
    "date_text",
    [
        "Lâm Đồng, ngày 05 tháng 3 năm 2026",
        "Lâm Đồng, ngày 15 tháng 01 năm 2026",
        "Lâm Đồng, ngày 10 tháng 02 năm 2026",
        "Lâm Đồng, ngày 31 tháng 12 năm 2025",
        "Lâm Đồng, ngày      tháng      năm 2026",  # draft: blanks are not checked
        "Lâm Đồng, ngày …… tháng …… năm 2026",
    ],
)
def test_state_clean(date_text):
    assert_clean(RULE, build.state_cong_van(date_text=date_text))


def test_default_fixtures_are_clean():
    assert_clean(RULE, build.state_quyet_dinh())
    assert_clean(RULE, build.party_ket_luan())


def test_partly_blank_draft_still_checks_the_filled_month():
    spec = build.state_cong_van(date_text="Lâm Đồng, ngày      tháng 1 năm 2026")
    assert_flags(RULE, spec, excerpts=["1"])


def test_dates_in_the_body_are_not_the_date_line():
    spec = build.state_cong_van()
    spec = build.state_cong_van(
        body=[*spec.body, build.p("Hội nghị họp ngày 5 tháng 1 năm 2026 tại trụ sở.")]
    )
    assert_clean(RULE, spec)


def test_party_hd36_and_hd05_sources():
    hd36 = build.party_cong_van(
        date=dt.date(2025, 12, 3), date_text="Hà Nội, ngày 3 tháng 12 năm 2025"
    )
    (f,) = assert_flags(RULE, hd36, excerpts=["3"])
    assert f.source == SOURCE_HD36
    hd05 = build.party_cong_van(
        date=dt.date(2026, 6, 3), date_text="Hà Nội, ngày 3 tháng 6 năm 2026"
    )
    (f,) = assert_flags(RULE, hd05, excerpts=["3"])
    assert f.source == SOURCE_HD05
    assert_clean(RULE, build.party_cong_van(date=dt.date(2026, 2, 3)))


def test_text_box_header_is_flagged_without_rewriting():
    spec = build.state_cong_van(
        header_layout="textbox", date_text="Lâm Đồng, ngày 5 tháng 3 năm 2026"
    )
    (f,) = assert_flags(RULE, spec, excerpts=["5"])
    assert f.location.story == "textbox"


def test_unknown_family_is_not_judged():
    spec = neutral_doc(date_text="Lâm Đồng, ngày 5 tháng 3 năm 2026")
    result = lint_docx(spec, RULE)
    assert result.family == "unknown"
    assert [f for f in result.findings if f.code == RULE.code] == []
    assert RULE.code in result.skipped


def test_english_message():
    spec = build.state_cong_van(date_text="Lâm Đồng, ngày 5 tháng 3 năm 2026")
    (f,) = findings_of(RULE, spec, lang="en")
    assert f.message.startswith("Day “5” must be written “05”")
    assert f.fix is not None and f.fix.title == "Add the zero: 05"
