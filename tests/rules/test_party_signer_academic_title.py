"""VB620 party-signer-academic-title: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_signer_academic_title import PartySignerAcademicTitle
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartySignerAcademicTitle
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_plain_name_is_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))


def test_title_before_name_is_a_warning():
    spec = build.party_ket_luan(date=D2026_HD05, ho_ten_ky="TS. Nguyễn Văn Hùng")
    assert_flags(RULE, spec, excerpts=["TS."], severity=Severity.WARNING)
