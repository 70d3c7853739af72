"""VB204 font-not-times-new-roman: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.layout.font_not_times_new_roman import FontNotTimesNewRoman
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_one_arial_run_in_the_body():
    spec = build.state_cong_van(
        body=[
            build.runs(("Sở Nội vụ đề nghị ", {}), ("các cơ quan thực hiện", {"font": "Arial"})),
            build.p("Đề nghị các cơ quan, đơn vị thực hiện./."),
        ]
    )
    found = assert_flags(FontNotTimesNewRoman, spec, count=1, severity=Severity.ERROR)
    assert "Arial" in found[0].message
    assert found[0].location.excerpt == "các cơ quan thực hiện"


def test_theme_font_default_is_flagged():
    # Calibri through the theme (+Body): the effective font is not Times New Roman.
    spec = build.state_cong_van(default_font="Calibri")
    assert_flags(FontNotTimesNewRoman, spec)


def test_variant_name_is_a_warning():
    spec = build.state_cong_van(
        body=[build.runs(("Nội dung dán từ PDF./.", {"font": "TimesNewRomanPSMT"}))]
    )
    assert_flags(FontNotTimesNewRoman, spec, severity=Severity.WARNING)


def test_times_new_roman_from_defaults_styles_or_theme_passes():
    for where in ("docDefaults", "normal", "direct", "theme"):
        assert_clean(FontNotTimesNewRoman, build.state_cong_van(defaults_in=where))
