"""VB612 party-ten-loai-format-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_ten_loai_format_wrong import PartyTenLoaiFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyTenLoaiFormatWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_15_and_16_bold_are_clean():
    assert_clean(RULE, build.party_nghi_quyet(date=D2017))
    assert_clean(RULE, build.party_nghi_quyet(date=D2026_HD05).fmt("ten_loai", size=16))


def test_size_14_is_flagged():
    (f,) = assert_flags(RULE, build.party_nghi_quyet(date=D2017).fmt("ten_loai", size=14))
    assert "15–16" in f.message
