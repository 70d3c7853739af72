"""VB128 cong-van-trich-yeu-wrong: real .docx examples (common mistake #19)."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.cong_van_trich_yeu_wrong import CongVanTrichYeuWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = CongVanTrichYeuWrong


def test_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.state_cong_van().fmt("trich_yeu", size=13))


def test_colon_after_vv_is_a_warning_with_fix():
    spec = build.state_cong_van(trich_yeu="V/v: triển khai thực hiện Kết luận số 226-KL/TW")
    (f,) = assert_flags(RULE, spec, severity=Severity.WARNING)
    assert f.fix is not None and f.fix.replacement == "V/v "


def test_bold_vv_is_an_error():
    (f,) = assert_flags(RULE, build.state_cong_van().fmt("trich_yeu", bold=True))
    assert f.severity is Severity.ERROR and "đậm" in f.message


def test_size_14_is_an_error():
    assert_flags(RULE, build.state_cong_van().fmt("trich_yeu", size=14), count=1)


def test_ve_viec_instead_of_vv_is_an_error_with_fix():
    # PL I, II.5.b: the công văn subject is written "sau chữ 'V/v'" ([H], spec §4.5).
    spec = build.state_cong_van(trich_yeu="Về việc rà soát số lượng cán bộ, công chức năm 2026")
    (f,) = assert_flags(RULE, spec, severity=Severity.ERROR)
    assert "“Về việc”" in f.message
    assert f.fix is not None and f.fix.replacement == "V/v "


def test_capital_vv_stays_a_warning():
    spec = build.state_cong_van(trich_yeu="V/V rà soát số lượng cán bộ, công chức năm 2026")
    assert_flags(RULE, spec, count=1, severity=Severity.WARNING)


def test_ve_viec_line_under_the_number_is_not_called_missing():
    from rules.elements.required_element_missing import RequiredElementMissing

    spec = build.state_cong_van(trich_yeu="Về việc rà soát số lượng cán bộ, công chức năm 2026")
    assert_clean(RequiredElementMissing, spec)
    assert_flags(RULE, spec, count=1, excerpts=["Về việc"], severity=Severity.ERROR)
