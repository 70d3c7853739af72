"""VB611 party-date-line-malformed: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_date_line_malformed import PartyDateLineMalformed
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyDateLineMalformed
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_well_formed_date_is_clean():
    assert_clean(RULE, build.party_thong_bao(date=D2017))
    assert_clean(RULE, build.party_thong_bao(date=D2026_HD05))


def test_missing_comma_is_flagged():
    spec = build.party_thong_bao(date=D2017, date_text="La Gi ngày 19 tháng 12 năm 2025")
    (f,) = assert_flags(RULE, spec)
    assert "dấu phẩy" in f.message


def test_numeric_date_is_flagged():
    spec = build.party_thong_bao(date=D2017, date_text="La Gi, ngày 19/12/2025")
    assert_flags(RULE, spec, count=1)


def test_padded_month_is_a_warning_and_fixed():
    spec = build.party_thong_bao(date=D2026, date_text="La Gi, ngày 10 tháng 03 năm 2026")
    (f,) = assert_flags(RULE, spec, excerpts=["03"], severity=Severity.WARNING)
    assert f.fix is not None and f.fix.replacement == "3"
