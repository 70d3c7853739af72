"""VB604 party-issuer-format-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_issuer_format_wrong import IssuerFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = IssuerFormatWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_compliant_issuer_block_is_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(RULE, build.party_ket_luan(date=D2026_HD05))


def test_issuer_not_bold_is_flagged():
    spec = build.party_ket_luan(date=D2017).fmt("co_quan_ban_hanh", bold=False)
    (f,) = assert_flags(RULE, spec)
    assert "Tên cơ quan ban hành" in f.message


def test_bold_higher_body_and_size_13_are_flagged():
    spec = build.party_ket_luan(date=D2026).fmt("co_quan_chu_quan", bold=True, size=13)
    (f,) = assert_flags(RULE, spec)
    assert "cấp trên" in f.message and "13" in f.message and "in đậm" in f.message
