"""VB617 party-signing-form-wrong: real .docx examples (Party fixtures, both regimes)."""

from __future__ import annotations

import datetime as dt

from rules.party.party_signing_form_wrong import PartySigningFormWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PartySigningFormWrong
D2017 = dt.date(2025, 12, 19)  # party-2017 (HD 36)
D2026 = dt.date(2026, 3, 10)  # party-2026, still presented per HD 36
D2026_HD05 = dt.date(2026, 11, 16)  # party-2026, HD 05


def test_party_forms_are_clean():
    assert_clean(RULE, build.party_ket_luan(date=D2017))
    assert_clean(
        RULE,
        build.party_doc(
            "huong_dan", date=D2026_HD05, quyen_han_ky="K/T TRƯỞNG BAN", chuc_vu_ky="PHÓ TRƯỞNG BAN"
        ),
    )


def test_state_form_is_flagged_and_fixed():
    spec = build.party_ket_luan(date=D2017, quyen_han_ky="TM. BAN THƯỜNG VỤ")
    (f,) = assert_flags(RULE, spec, excerpts=["TM."])
    assert f.fix is not None and f.fix.replacement == "T/M"


def test_dotted_party_form_is_flagged():
    spec = build.party_ket_luan(date=D2026_HD05, quyen_han_ky="T/M. BAN THƯỜNG VỤ")
    assert_flags(RULE, spec, excerpts=["T/M."])
