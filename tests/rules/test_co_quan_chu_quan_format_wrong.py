"""VB107 co-quan-chu-quan-format-wrong: real .docx examples (common mistake #7)."""

from __future__ import annotations

from rules.elements.co_quan_chu_quan_format_wrong import CoQuanChuQuanFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = CoQuanChuQuanFormatWrong


def test_compliant_is_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_quyet_dinh(co_quan_chu_quan=None))


def test_bold_governing_body_is_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("co_quan_chu_quan", bold=True))
    assert "in đậm" in f.message


def test_size_and_italic_are_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("co_quan_chu_quan", size=14))
    assert "12–13" in f.message
    assert_flags(RULE, build.state_cong_van().fmt("co_quan_chu_quan", italic=True), count=1)
