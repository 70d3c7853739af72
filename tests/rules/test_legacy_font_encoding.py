"""VB300 legacy-font-encoding: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.orthography.legacy_font_encoding import LegacyFontEncoding
from tests import build
from tests.ruletest import assert_clean, assert_flags, neutral_doc


def test_vntime_paragraph_is_flagged():
    spec = build.state_cong_van(
        body=[build.runs(("Céng hoµ x· héi chñ nghÜa ViÖt Nam./.", {"font": ".VnTime"}))]
    )
    found = assert_flags(LegacyFontEncoding, spec, count=1, severity=Severity.ERROR)
    assert ".VnTime" in found[0].message and "Unicode" in found[0].message


def test_legacy_text_of_an_unknown_family_is_still_flagged():
    spec = neutral_doc(body=[build.runs(("Lich sinh ho¹t", {"font": "VNI-Times"}))])
    assert_flags(LegacyFontEncoding, spec, count=1)


def test_unicode_document_passes():
    assert_clean(LegacyFontEncoding, build.state_cong_van())
