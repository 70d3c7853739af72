"""VB607 party-number-missing-leading-zero: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_number_missing_leading_zero import PartyNumberMissingLeadingZero
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyNumberMissingLeadingZero
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_padded_and_large_numbers_are_clean():
    assert_clean(RULE, build.party_ke_hoach(date=D2017, number_text="Số 05-KH/ĐU"))
    assert_clean(RULE, build.party_ke_hoach(date=D2026_HD05))


def test_single_digit_is_flagged_and_fixed():
    spec = build.party_ke_hoach(date=D2017, number_text="Số 5-KH/ĐU")
    (f,) = assert_flags(RULE, spec, excerpts=["5"])
    assert f.fix is not None and f.fix.replacement == "05"
