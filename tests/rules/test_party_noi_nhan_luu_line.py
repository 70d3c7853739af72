"""VB625 party-noi-nhan-luu-line: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_noi_nhan_luu_line import PartyNoiNhanLuuLine
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyNoiNhanLuuLine
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_party_archive_line_is_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(RULE, build.party_cong_van(date=D2026_HD05))


def test_state_archive_line_is_an_error():
    spec = build.party_ket_luan(date=D2017, noi_nhan=["- Các chi bộ trực thuộc,", "- Lưu: VT, VP."])
    (f,) = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert "VT" in f.message and "hai chấm" in f.message


def test_missing_archive_line_is_a_warning():
    spec = build.party_ket_luan(date=D2026, noi_nhan=["- Các chi bộ trực thuộc."])
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)
