"""VB301 text-not-nfc: real .docx examples (failing and passing)."""

from __future__ import annotations

import unicodedata

from linter.finding import Severity
from rules.orthography.text_not_nfc import TextNotNfc
from tests import build
from tests.ruletest import assert_clean, assert_flags

TEXT = "Đề nghị các cơ quan phối hợp thực hiện./."


def test_decomposed_paragraph_is_flagged_and_fixed():
    spec = build.state_cong_van(body=[build.p(unicodedata.normalize("NFD", TEXT))])
    found = assert_flags(TextNotNfc, spec, count=1, severity=Severity.WARNING)
    assert found[0].fix is not None and found[0].fix.replacement == unicodedata.normalize(
        "NFC", found[0].fix.replacement
    )


def test_precomposed_text_passes():
    assert_clean(TextNotNfc, build.state_cong_van(body=[build.p(TEXT)]))
