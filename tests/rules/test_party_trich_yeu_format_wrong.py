"""VB613 party-trich-yeu-format-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_trich_yeu_format_wrong import PartyTrichYeuFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyTrichYeuFormatWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_bold_14_is_clean():
    assert_clean(RULE, build.party_bao_cao(date=D2017))
    assert_clean(RULE, build.party_cong_van(date=D2017))  # công văn: VB615


def test_not_bold_is_flagged():
    spec = build.party_bao_cao(date=D2026_HD05).fmt("trich_yeu", bold=False)
    (f,) = assert_flags(RULE, spec)
    assert "không đậm" in f.message
