"""VB406 weekday-capitalisation: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.capitalization.weekday_capitalisation import WeekdayCapitalisation
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_lower_case_weekdays_next_to_a_date_or_a_time_of_day_are_fixed() -> None:
    spec = build.state_cong_van(
        body=[
            build.p("Thời gian: 14 giờ 00 ngày 22/01/2026 (chiều thứ năm)."),
            build.p("Hội nghị khai mạc vào thứ hai, ngày 26 tháng 01 năm 2026./."),
        ]
    )
    found = assert_flags(WeekdayCapitalisation, spec, count=2, excerpts=["năm", "hai"])
    assert [f.fix.replacement for f in found] == ["Năm", "Hai"]
    assert "thứ Năm" in found[0].message


def test_ordinals_and_capitalised_weekdays_pass() -> None:
    spec = build.state_cong_van(
        body=[
            build.p("Thời gian: 14 giờ 00 ngày 22/01/2026 (chiều thứ Năm)."),
            build.p("Phiên họp lần thứ hai của Ban Chỉ đạo; Phần thứ ba của báo cáo./."),
        ]
    )
    assert_clean(WeekdayCapitalisation, spec)
