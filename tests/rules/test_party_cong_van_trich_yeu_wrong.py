"""VB615 party-cong-van-trich-yeu-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_cong_van_trich_yeu_wrong import PartyCongVanTrichYeuWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyCongVanTrichYeuWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_compliant_subject_is_clean():
    assert_clean(RULE, build.party_cong_van(date=D2017))
    assert_clean(RULE, build.party_cong_van(date=D2026_HD05))


def test_upright_13_is_an_error():
    spec = build.party_cong_van(date=D2017).fmt("trich_yeu", italic=False, size=13)
    (f,) = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert "13" in f.message


def test_vv_prefix_is_a_warning():
    spec = build.party_cong_van(date=D2026, trich_yeu="V/v triển khai Kết luận số 226-KL/TW")
    assert_flags(RULE, spec, excerpts=["V/v"], severity=Severity.WARNING)


def test_hd05_subject_without_ve_viec_is_info():
    spec = build.party_cong_van(date=D2026_HD05, trich_yeu="Triển khai Kết luận số 226-KL/TW")
    assert_flags(RULE, spec, count=1, severity=Severity.INFO)
