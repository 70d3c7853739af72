"""VB103 tieu-ngu-text-wrong: real .docx examples (common mistake #10)."""

from __future__ import annotations

import pytest

from rules.elements.tieu_ngu_text_wrong import TieuNguTextWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = TieuNguTextWrong


def test_compliant_is_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_quyet_dinh(header_layout="paragraphs"))


@pytest.mark.parametrize(
    ("motto", "problem"),
    [
        ("Độc Lập – Tự Do – Hạnh Phúc", "gạch ngang dài"),
        ("Độc lập-Tự do-Hạnh phúc", "khoảng trắng"),
        ("Độc lập - Tự do - Hạnh phúc.", "dấu câu"),
        ("Độc Lập - Tự Do - Hạnh Phúc", "chữ hoa"),
        ("Độc lập – Tự do – Hạnh phúc", "gạch ngang dài"),
    ],
)
def test_common_mistakes_are_flagged_and_fixed(motto, problem):
    (f,) = assert_flags(RULE, build.state_cong_van(tieu_ngu=motto))
    assert problem in f.message
    assert f.fix is not None and f.fix.safe and f.fix.replacement == "Độc lập - Tự do - Hạnh phúc"


def test_wrong_words_get_no_safe_fix():
    (f,) = assert_flags(RULE, build.state_cong_van(tieu_ngu="Độc lập - Tự do - Hạnh phúc - Ấm no"))
    assert f.fix is not None and not f.fix.safe
