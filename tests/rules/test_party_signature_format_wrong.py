"""VB621 party-signature-format-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from linter.finding import Severity
from rules.party.party_signature_format_wrong import PartySignatureFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartySignatureFormatWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_compliant_block_is_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(RULE, build.party_ket_luan(date=D2026_HD05))


def test_bold_title_is_only_a_warning():
    spec = build.party_ket_luan(date=D2017).fmt("chuc_vu_ky", bold=True)
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)


def test_authority_not_bold_is_an_error():
    spec = build.party_ket_luan(date=D2026).fmt("quyen_han_ky", bold=False)
    assert_flags(RULE, spec, count=1, severity=Severity.ERROR)


def test_name_size_13_is_an_error():
    spec = build.party_ket_luan(date=D2017).fmt("ho_ten_ky", size=13)
    (f,) = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert "Họ tên" in f.message
