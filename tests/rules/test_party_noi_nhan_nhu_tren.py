"""VB626 party-noi-nhan-nhu-tren: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_noi_nhan_nhu_tren import PartyNoiNhanNhuTren
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyNoiNhanNhuTren
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_cong_van_with_kinh_gui_and_nhu_tren_is_clean():
    assert_clean(RULE, build.party_cong_van(date=D2017))
    assert_clean(RULE, build.party_ket_luan(date=D2026_HD05))


def test_nhu_tren_without_kinh_gui_is_flagged():
    spec = build.party_ket_luan(date=D2017, noi_nhan=["- Như trên,", "- Lưu Văn phòng Đảng ủy."])
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert "Kính gửi" in f.message


def test_cong_van_without_nhu_tren_is_flagged():
    spec = build.party_cong_van(
        date=D2026, noi_nhan=["- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."]
    )
    assert_flags(RULE, spec, count=1)
