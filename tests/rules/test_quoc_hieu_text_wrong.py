"""VB101 quoc-hieu-text-wrong: real .docx examples."""

from __future__ import annotations

from rules.elements.quoc_hieu_text_wrong import QuocHieuTextWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = QuocHieuTextWrong


def test_compliant_and_old_tone_placement_are_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_quyet_dinh(quoc_hieu="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"))


def test_lower_case_is_flagged_and_fixed():
    spec = build.state_cong_van(quoc_hieu="Cộng hòa xã hội chủ nghĩa Việt Nam")
    (f,) = assert_flags(RULE, spec)
    assert f.fix is not None and f.fix.safe
    assert f.fix.replacement == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_caps_formatting_counts_as_capitals():
    spec = build.state_cong_van(quoc_hieu="Cộng hòa xã hội chủ nghĩa Việt Nam").fmt(
        "quoc_hieu", caps=True
    )
    assert_clean(RULE, spec)


def test_misspelling_is_flagged_without_safe_fix():
    spec = build.state_cong_van(quoc_hieu="CỘNG HÒA XÃ HỘI CHỦ NGHIÃ VIỆT NAM")
    (f,) = assert_flags(RULE, spec)
    assert f.fix is not None and not f.fix.safe
    assert "CHỦ NGHIÃ" in f.message


def test_decomposed_unicode_is_normalised():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert_clean(RULE, build.state_cong_van(quoc_hieu=nfd))
