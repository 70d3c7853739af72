"""VB628 party-authority-type-unusual: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_authority_type_unusual import PartyAuthorityTypeUnusual
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyAuthorityTypeUnusual
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


PROVINCE = dict(co_quan_chu_quan=None, co_quan_ban_hanh="TỈNH ỦY LÂM ĐỒNG", place="Lâm Đồng")


def test_standing_committee_guidance_is_clean():
    spec = build.party_doc("huong_dan", date=D2017, number_text="Số 15-HD/TU", **PROVINCE)
    assert_clean(RULE, spec)  # T/M BAN THƯỜNG VỤ may issue a hướng dẫn (Điều 7, khoản 3)
    assert_clean(RULE, build.party_ket_luan(date=D2026_HD05))


def test_executive_committee_guidance_is_a_warning_citing_article_7():
    spec = build.party_doc(
        "huong_dan", date=D2017, number_text="Số 15-HD/TU", quyen_han_ky="T/M TỈNH ỦY", **PROVINCE
    )
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "Điều 7" in f.message and "Điều 7" in (f.source or "")


def test_same_case_in_2026_is_info_only():
    spec = build.party_doc(
        "huong_dan", date=D2026, number_text="Số 15-HD/TU", quyen_han_ky="T/M TỈNH ỦY", **PROVINCE
    )
    assert_flags(RULE, spec, count=1, severity=Severity.INFO)


def test_chi_bo_guidance_in_2026_is_a_warning():
    spec = build.party_doc(
        "huong_dan",
        date=D2026_HD05,
        number_text="Số 02-HD/CB",
        co_quan_chu_quan="ĐẢNG BỘ PHƯỜNG LA GI",
        co_quan_ban_hanh="CHI BỘ KHU PHỐ 1",
        quyen_han_ky="T/M CHI BỘ",
    )
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "Điều 11" in f.message
