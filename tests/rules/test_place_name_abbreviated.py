"""VB123 place-name-abbreviated: real .docx examples."""

from __future__ import annotations

from linter.config import Config
from linter.finding import Severity
from linter.rule import Profile
from rules.elements.place_name_abbreviated import PlaceNameAbbreviated
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = PlaceNameAbbreviated


def test_full_names_are_clean():
    assert_clean(RULE, build.state_cong_van())
    spec = build.state_cong_van(date_text="Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2026")
    assert_clean(RULE, spec)


def test_tp_hcm_is_flagged():
    spec = build.state_cong_van(date_text="TP.HCM, ngày 05 tháng 01 năm 2026")
    assert_flags(RULE, spec, count=1, excerpts=["TP.HCM"], severity=Severity.ERROR)


def test_tp_prefix_is_flagged():
    spec = build.state_cong_van(date_text="TP. Đà Lạt, ngày 05 tháng 01 năm 2026")
    assert_flags(RULE, spec, count=1)


def test_profile_place_mismatch_is_a_warning():
    config = Config(profile=Profile(place="Hà Nội"))
    assert_flags(RULE, build.state_cong_van(), config=config, severity=Severity.WARNING)
    assert_clean(RULE, build.state_cong_van(), config=Config(profile=Profile(place="Lâm Đồng")))
