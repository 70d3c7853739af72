"""VB622 party-noi-nhan-label-format: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_noi_nhan_label_format import PartyNoiNhanLabelFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyNoiNhanLabelFormat
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_underlined_14_is_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(RULE, build.party_ket_luan(date=D2026_HD05))


def test_state_style_label_is_flagged():
    spec = build.party_ket_luan(date=D2017).fmt(
        "noi_nhan_label", size=12, bold=True, italic=True, underline=False
    )
    (f,) = assert_flags(RULE, spec)
    assert "gạch chân" in f.message and "12" in f.message


def test_missing_colon_is_flagged():
    spec = build.party_ket_luan(date=D2026, noi_nhan_label="Nơi nhận")
    found = assert_flags(RULE, spec)
    assert any("hai chấm" in f.message for f in found)
