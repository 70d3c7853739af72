"""VB614 party-trich-yeu-rule-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_trich_yeu_rule_wrong import PartyTrichYeuRuleWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyTrichYeuRuleWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_five_hyphens_are_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(RULE, build.party_ket_luan(date=D2026_HD05, tac_gia="CỦA BAN THƯỜNG VỤ"))


def test_three_hyphens_are_a_warning():
    spec = build.party_ket_luan(date=D2017, trich_yeu_rule="---")
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "-----" in f.message


def test_no_separator_is_a_warning():
    assert_flags(RULE, build.party_ket_luan(date=D2026, trich_yeu_rule=None), count=1)
