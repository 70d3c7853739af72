"""VB624 party-noi-nhan-item-punctuation: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_noi_nhan_item_punctuation import PartyNoiNhanItemPunctuation
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyNoiNhanItemPunctuation
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_hd36_commas_and_hd05_semicolons_are_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(RULE, build.party_ket_luan(date=D2026))
    assert_clean(RULE, build.party_ket_luan(date=D2026_HD05))


def test_semicolon_under_hd36_is_an_error_and_fixed():
    spec = build.party_ket_luan(
        date=D2017, noi_nhan=["- Các chi bộ trực thuộc;", "- Lưu Văn phòng Đảng ủy."]
    )
    (f,) = assert_flags(RULE, spec, excerpts=[";"], severity=Severity.ERROR)
    assert f.fix is not None and f.fix.replacement == ","


def test_comma_under_hd05_is_only_a_warning():
    spec = build.party_ket_luan(
        date=D2026_HD05, noi_nhan=["- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."]
    )
    assert_flags(RULE, spec, excerpts=[","], severity=Severity.WARNING)


def test_last_line_without_full_stop_is_flagged():
    spec = build.party_ket_luan(
        date=D2017, noi_nhan=["- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy,"]
    )
    assert_flags(RULE, spec, excerpts=[","], severity=Severity.ERROR)
