from rules.meetings.meeting_too_long import MeetingTooLong
from tests.rules._task_fixtures import invitation
from tests.ruletest import assert_clean, assert_flags


def test_flags_full_day_for_dissemination_meeting() -> None:
    spec = invitation(
        "Thời gian: 01 ngày, từ 7 giờ 30 ngày 15 tháng 01 năm 2026.",
        "Hình thức: trực tiếp kết hợp trực tuyến.",
    )
    found = assert_flags(MeetingTooLong, spec, count=1)
    assert "½ ngày" in found[0].message


def test_accepts_half_day() -> None:
    spec = invitation(
        "Thời gian: buổi sáng, từ 7 giờ 30 đến 11 giờ 00 ngày 15 tháng 01 năm 2026.",
        "Hình thức: trực tiếp kết hợp trực tuyến.",
    )
    assert_clean(MeetingTooLong, spec)
