"""VB401 body-name-capitalisation: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.capitalization.body_name_capitalisation import BodyNameCapitalisation
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_title_case_body_name_is_fixed():
    spec = build.state_cong_van(body=[build.p("Ủy Ban Nhân Dân tỉnh chỉ đạo thực hiện./.")])
    found = assert_flags(BodyNameCapitalisation, spec, count=1, excerpts=["Ủy Ban Nhân Dân"])
    assert found[0].fix.replacement == "Ủy ban nhân dân"


def test_correct_and_old_tone_forms_pass():
    spec = build.state_cong_van(
        body=[build.p("Uỷ ban nhân dân tỉnh và Hội đồng nhân dân tỉnh chỉ đạo thực hiện./.")]
    )
    assert_clean(BodyNameCapitalisation, spec)
    assert_clean(BodyNameCapitalisation, build.state_cong_van())
