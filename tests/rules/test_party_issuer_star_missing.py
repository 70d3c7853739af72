"""VB605 party-issuer-star-missing: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_issuer_star_missing import IssuerStarMissing
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = IssuerStarMissing
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_star_under_issuer_is_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(RULE, build.party_cong_van(date=D2026_HD05, header_layout="paragraphs"))


def test_missing_star_is_flagged():
    (f,) = assert_flags(RULE, build.party_ket_luan(date=D2017, sao=None))
    assert "dấu sao" in f.message


def test_state_rule_instead_of_star_is_flagged():
    spec = build.party_ket_luan(date=D2026, sao=None).rule("co_quan_ban_hanh", style="shape")
    (f,) = assert_flags(RULE, spec)
    assert "đường kẻ" in f.message
