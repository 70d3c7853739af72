"""``lang="en"``: the titles of fixes are English, not Vietnamese, on every bundled sample."""

from __future__ import annotations

import re
from pathlib import Path

from linter.engine import lint_path

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "corpus" / "samples").glob("*.docx"))

# Letters that occur in Vietnamese but not in English text (lower case; matched ignoring case).
VIETNAMESE_ONLY = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_VI_LETTER = re.compile(f"[{VIETNAMESE_ONLY}]", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”")  # document text a title quotes may stay Vietnamese


def vietnamese_outside_quotes(text: str) -> bool:
    return _VI_LETTER.search(_QUOTED.sub("", text)) is not None


def fix_titles(lang: str) -> list[tuple[str, str, str]]:
    """(sample, rule code, fix title) of every finding with a fix, over all samples."""
    out = []
    for sample in SAMPLES:
        result = lint_path(sample, lang=lang)
        assert result.error is None, (sample.name, result.error)
        out += [(sample.name, f.code, f.fix.title) for f in result.findings if f.fix is not None]
    return out


def test_detector_sees_vietnamese_only_outside_quotes() -> None:
    assert vietnamese_outside_quotes("Thêm dấu hai chấm sau “Số”")
    assert vietnamese_outside_quotes("BỎ DẤU CHẤM")  # upper case counts too
    assert not vietnamese_outside_quotes("Add a colon after “Số”")
    assert not vietnamese_outside_quotes("Write “Điều” and “khoản”")


def test_fix_titles_are_english_with_lang_en() -> None:
    assert SAMPLES, "no samples in corpus/samples"
    vi_titles = fix_titles("vi")
    # The samples must exercise some fixes, or the English check below would prove nothing;
    # and the detector must flag the Vietnamese titles of those same fixes.
    assert vi_titles, "no sample produces a fix"
    assert any(vietnamese_outside_quotes(title) for _, _, title in vi_titles)
    en_titles = fix_titles("en")
    assert len(en_titles) == len(vi_titles)
    bad = [t for t in en_titles if vietnamese_outside_quotes(t[2])]
    assert not bad, f"Vietnamese fix titles with --lang en: {bad}"
