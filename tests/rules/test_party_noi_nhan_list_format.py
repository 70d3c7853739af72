"""VB623 party-noi-nhan-list-format: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_noi_nhan_list_format import PartyNoiNhanListFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyNoiNhanListFormat
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_12_upright_is_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))


def test_size_11_is_flagged_per_line():
    spec = build.party_ket_luan(date=D2026_HD05).fmt("noi_nhan", size=11)
    found = assert_flags(RULE, spec, count=2)
    assert all("11" in f.message for f in found)
