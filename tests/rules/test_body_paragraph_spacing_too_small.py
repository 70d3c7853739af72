"""VB214 body-paragraph-spacing-too-small: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.layout.body_paragraph_spacing_too_small import BodyParagraphSpacingTooSmall
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_no_space_between_paragraphs():
    spec = build.state_cong_van(body_space_before_pt=0, body_space_after_pt=0)
    found = assert_flags(BodyParagraphSpacingTooSmall, spec)
    assert "0 pt" in found[0].message


def test_six_points_before_or_after_pass():
    assert_clean(BodyParagraphSpacingTooSmall, build.state_cong_van())
    spec = build.state_cong_van(body_space_before_pt=0, body_space_after_pt=6)
    assert_clean(BodyParagraphSpacingTooSmall, spec)
