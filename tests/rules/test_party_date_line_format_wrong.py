"""VB610 party-date-line-format-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_date_line_format_wrong import PartyDateLineFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyDateLineFormatWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_14_italic_is_clean():
    assert_clean(RULE, build.party_thong_bao(date=D2017))


def test_upright_13_is_flagged():
    spec = build.party_thong_bao(date=D2026).fmt("dia_danh_ngay_thang", italic=False, size=13)
    (f,) = assert_flags(RULE, spec)
    assert "13" in f.message and "không nghiêng" in f.message
