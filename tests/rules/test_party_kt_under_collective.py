"""VB618 party-kt-under-collective: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_kt_under_collective import PartyKtUnderCollective
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyKtUnderCollective
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_tm_and_kt_for_advisory_bodies_are_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    spec = build.party_doc(
        "huong_dan", date=D2017, quyen_han_ky="K/T TRƯỞNG BAN", chuc_vu_ky="PHÓ TRƯỞNG BAN"
    )
    assert_clean(RULE, spec)


def test_kt_under_standing_committee_is_a_warning():
    spec = build.party_ket_luan(
        date=D2026, quyen_han_ky="K/T BAN THƯỜNG VỤ", chuc_vu_ky="PHÓ BÍ THƯ"
    )
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)
