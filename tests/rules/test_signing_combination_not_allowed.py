"""VB163 signing-combination-not-allowed: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.signing_combination_not_allowed import SigningCombinationNotAllowed
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = SigningCombinationNotAllowed


def test_delegated_signing_delegated_again_is_an_error():
    spec = build.state_cong_van(quyen_han_ky="TUQ. CHỦ TỊCH\nKT. GIÁM ĐỐC SỞ")
    assert_flags(RULE, spec, count=1, severity=Severity.ERROR)


def test_unusual_chain_is_a_warning():
    spec = build.state_cong_van(quyen_han_ky="KT. CHỦ TỊCH\nTL. CHÁNH VĂN PHÒNG")
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)


def test_tm_kt_and_tl_kt_pass():
    assert_clean(RULE, build.state_cong_van(quyen_han_ky="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"))
    assert_clean(RULE, build.state_cong_van(quyen_han_ky="TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG"))
    assert_clean(RULE, build.state_cong_van())
