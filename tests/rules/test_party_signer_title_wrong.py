"""VB619 party-signer-title-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_signer_title_wrong import PartySignerTitleWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartySignerTitleWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_plain_titles_are_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(RULE, build.party_ket_luan(date=D2026_HD05, chuc_vu_ky="PHÓ BÍ THƯ"))


def test_title_with_body_name_is_flagged():
    spec = build.party_ket_luan(date=D2017, chuc_vu_ky="PHÓ BÍ THƯ ĐẢNG ỦY")
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "ĐẢNG ỦY" in f.message


def test_member_title_under_tm_is_flagged():
    spec = build.party_ket_luan(date=D2026, chuc_vu_ky="ỦY VIÊN BAN THƯỜNG VỤ")
    assert_flags(RULE, spec, count=1)


def test_title_under_tm_ban_bi_thu_is_flagged():
    spec = build.party_ket_luan(date=D2017, quyen_han_ky="T/M BAN BÍ THƯ", chuc_vu_ky="BÍ THƯ")
    assert_flags(RULE, spec, count=1)
