"""VB108 co-quan-ban-hanh-format-wrong: real .docx examples."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.co_quan_ban_hanh_format_wrong import CoQuanBanHanhFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = CoQuanBanHanhFormatWrong


def test_compliant_is_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_quyet_dinh().fmt("co_quan_ban_hanh", size=12))


def test_not_bold_is_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("co_quan_ban_hanh", bold=False))
    assert f.severity is Severity.ERROR and "không in đậm" in f.message


def test_size_14_is_flagged():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("co_quan_ban_hanh", size=14))
    assert "12–13" in f.message


def test_abbreviated_own_name_is_info():
    spec = build.state_cong_van(co_quan_chu_quan="BỘ NỘI VỤ", co_quan_ban_hanh="UBND XÃ AN BÌNH")
    assert_flags(RULE, spec, count=1, severity=Severity.INFO)
