"""VB629 party-issuer-abbreviation-obsolete: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_issuer_abbreviation_obsolete import PartyIssuerAbbreviationObsolete
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyIssuerAbbreviationObsolete
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_current_codes_are_clean():
    assert_clean(RULE, build.party_bao_cao(date=D2026_HD05))
    assert_clean(RULE, build.party_bao_cao(date=D2017, number_text="Số 76-BC/HU"))  # existed


def test_district_code_in_2026_is_a_warning():
    spec = build.party_bao_cao(date=D2026, number_text="Số 76-BC/HU")
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)


def test_db_is_not_an_issuer_code():
    assert_flags(RULE, build.party_bao_cao(date=D2017, number_text="Số 30-BC/ĐB"), count=1)
