"""VB601 tieu-de-dang-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_tieu_de_dang_wrong import TieuDeDangWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = TieuDeDangWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_compliant_heading_is_clean():
    for d in (D2017, D2026_HD05):
        assert_clean(RULE, build.party_ket_luan(date=d))


def test_wrong_wording_is_flagged():
    spec = build.party_ket_luan(date=D2017, tieu_de_dang="ĐẢNG CỘNG SẢN VIỆT NAM.")
    (f,) = assert_flags(RULE, spec)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in f.message and "Chế độ" in f.message


def test_missing_heading_is_flagged():
    (f,) = assert_flags(RULE, build.party_ket_luan(date=D2017, tieu_de_dang=None))
    assert "Không thấy tiêu đề" in f.message


def test_state_motto_in_party_document_is_flagged():
    spec = build.party_ket_luan(
        date=D2026_HD05, tieu_de_dang="ĐẢNG CỘNG SẢN VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    )
    found = assert_flags(RULE, spec)
    assert any("Tiêu ngữ" in f.message for f in found)
    assert all(f.severity is Severity.ERROR for f in found)


def test_state_document_is_not_judged():
    assert_clean(RULE, build.state_cong_van())
