"""VB212 body-not-justified: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.layout.body_not_justified import BodyNotJustified
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_left_aligned_body():
    found = assert_flags(BodyNotJustified, build.state_cong_van(body_alignment="left"))
    assert "canh trái" in found[0].message


def test_justified_body_passes():
    assert_clean(BodyNotJustified, build.state_cong_van())
