"""VB608 party-type-abbreviation-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_type_abbreviation_wrong import PartyTypeAbbreviationWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyTypeAbbreviationWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_matching_codes_are_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(RULE, build.party_cong_van(date=D2026_HD05))
    spec = build.party_doc("quy_dinh", date=D2017, number_text="Số 03-QĐi/ĐU")
    assert_clean(RULE, spec)  # HD 36 prescribes QĐi for quy định


def test_code_not_matching_the_title_is_flagged():
    (f,) = assert_flags(RULE, build.party_ket_luan(date=D2017, number_text="Số 12-NQ/ĐU"))
    assert "kết luận" in f.message and "KL" in f.message


def test_state_code_is_flagged():
    spec = build.party_doc("quy_dinh", date=D2017, number_text="Số 03-QyĐ/ĐU")
    (f,) = assert_flags(RULE, spec)
    assert "Nhà nước" in f.message


def test_qdi_is_info_under_hd36_in_2026_and_warning_under_hd05():
    spec = build.party_doc("quy_dinh", date=D2026, number_text="Số 03-QĐi/ĐU")
    assert_flags(RULE, spec, count=1, severity=Severity.INFO)
    spec = build.party_doc("quy_dinh", date=D2026_HD05, number_text="Số 03-QĐi/ĐU")
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)
