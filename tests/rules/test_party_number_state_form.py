"""VB606 party-number-state-form: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_number_state_form import PartyNumberStateForm
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartyNumberStateForm
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_party_number_is_clean():
    assert_clean(RULE, build.party_cong_van(date=D2017))
    assert_clean(RULE, build.party_ket_luan(date=D2026_HD05, number_text="Số      -KL/ĐU"))


def test_colon_is_flagged_and_fixed():
    spec = build.party_cong_van(date=D2017, number_text="Số: 383-CV/ĐU")
    (f,) = assert_flags(RULE, spec, excerpts=[":"])
    assert f.fix is not None and f.fix.safe


def test_state_order_is_flagged():
    (f,) = assert_flags(RULE, build.party_ke_hoach(date=D2026, number_text="Số 84/KH-ĐU"))
    assert "Nhà nước" in f.message


def test_en_dash_is_flagged():
    spec = build.party_cong_van(date=D2026_HD05, number_text="Số 357–CV/ĐU")
    assert_flags(RULE, spec, excerpts=["–"])


def test_spaces_inside_the_code_are_flagged():
    assert_flags(RULE, build.party_cong_van(date=D2017, number_text="Số 357 -CV/ĐU"), count=1)
