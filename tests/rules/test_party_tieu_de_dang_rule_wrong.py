"""VB603 tieu-de-dang-rule-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_tieu_de_dang_rule_wrong import TieuDeDangRuleWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = TieuDeDangRuleWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_line_as_long_as_heading_is_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(RULE, build.party_ket_luan(date=D2017).rule("tieu_de_dang", style="border"))


def test_missing_line_is_a_warning():
    spec = build.party_ket_luan(date=D2017).rule("tieu_de_dang", style="none")
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)


def test_short_line_is_flagged():
    spec = build.party_ket_luan(date=D2026).rule("tieu_de_dang", ratio=0.4)
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "mm" in f.message
