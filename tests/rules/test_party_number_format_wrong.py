"""VB609 party-number-format-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_number_format_wrong import PartyNumberFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyNumberFormatWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_14_upright_is_clean():
    assert_clean(RULE, build.party_cong_van(date=D2017))


def test_size_13_is_flagged():
    (f,) = assert_flags(RULE, build.party_cong_van(date=D2026).fmt("so_ky_hieu", size=13))
    assert "13" in f.message


def test_bold_is_flagged():
    assert_flags(RULE, build.party_cong_van(date=D2026_HD05).fmt("so_ky_hieu", bold=True), count=1)
