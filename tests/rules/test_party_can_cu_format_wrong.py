"""VB616 party-can-cu-format-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_can_cu_format_wrong import PartyCanCuFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyCanCuFormatWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_party_can_cu_is_clean_under_both_guides():
    assert_clean(RULE, build.party_nghi_quyet(date=D2017))
    assert_clean(RULE, build.party_nghi_quyet(date=D2026))
    assert_clean(RULE, build.party_nghi_quyet(date=D2026_HD05))  # last line "."


def test_last_line_with_semicolon_is_flagged():
    spec = build.party_nghi_quyet(
        date=D2017,
        can_cu=["- Căn cứ Điều lệ Đảng;", "- Xét đề nghị của Văn phòng Đảng ủy;"],
    )
    (f,) = assert_flags(RULE, spec, excerpts=[";"])
    assert "cuối cùng" in f.message


def test_missing_dash_and_italic_are_warnings():
    spec = build.party_nghi_quyet(
        date=D2017, can_cu=["Căn cứ Điều lệ Đảng;", "- Xét đề nghị của Văn phòng Đảng ủy,"]
    ).fmt("can_cu", italic=True)
    found = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert any("- " in f.message for f in found) and any("nghiêng" in f.message for f in found)
