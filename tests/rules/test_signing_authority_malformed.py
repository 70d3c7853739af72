"""VB160 signing-authority-malformed: real .docx examples (failing and passing)."""

from __future__ import annotations

import pytest

from rules.elements.signing_authority_malformed import SigningAuthorityMalformed
from tests import build
from tests.ruletest import assert_clean, assert_flags


@pytest.mark.parametrize(
    ("written", "right"),
    [
        ("K/T GIÁM ĐỐC", "KT."),
        ("KT GIÁM ĐỐC", "KT."),
        ("T/L GIÁM ĐỐC", "TL."),
        ("TU/Q GIÁM ĐỐC", "TUQ."),
    ],
)
def test_wrong_prefix_is_fixed(written, right):
    spec = build.state_cong_van(quyen_han_ky=written)
    found = assert_flags(SigningAuthorityMalformed, spec, count=1)
    assert found[0].fix is not None and found[0].fix.replacement == right + " "


def test_prescribed_prefixes_pass():
    assert_clean(SigningAuthorityMalformed, build.state_cong_van())
    spec = build.state_cong_van(quyen_han_ky="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH")
    assert_clean(SigningAuthorityMalformed, spec)


def test_party_slash_forms_are_not_judged_by_this_rule():
    assert_clean(SigningAuthorityMalformed, build.party_cong_van())
