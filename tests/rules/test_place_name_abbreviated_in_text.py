"""VB500 place-name-abbreviated-in-text: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.wording.place_name_abbreviated_in_text import PlaceNameAbbreviatedInText
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PlaceNameAbbreviatedInText


def test_tp_hcm_and_tp_prefix_are_fixed():
    spec = build.state_cong_van(
        body=[build.p("Hội nghị tổ chức tại TP.HCM và làm việc với UBND TP.Biên Hòa./.")]
    )
    found = assert_flags(RULE, spec, count=2, severity=Severity.WARNING)
    assert [f.fix.replacement for f in found] == ["Thành phố Hồ Chí Minh", "thành phố "]


def test_full_names_pass():
    spec = build.state_cong_van(
        body=[build.p("Hội nghị tổ chức tại Thành phố Hồ Chí Minh, thành phố Biên Hòa./.")]
    )
    assert_clean(RULE, spec)
