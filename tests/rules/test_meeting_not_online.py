from rules.meetings.meeting_not_online import MeetingNotOnline
from tests.rules._task_fixtures import invitation
from tests.ruletest import assert_clean, assert_flags


def test_flags_missing_format_and_in_person_only() -> None:
    assert_flags(MeetingNotOnline, invitation(), count=1)
    found = assert_flags(MeetingNotOnline, invitation("Hình thức: trực tiếp."), count=1)
    assert "trực tiếp" in found[0].message


def test_accepts_online_meeting() -> None:
    assert_clean(MeetingNotOnline, invitation("Hình thức: trực tiếp kết hợp trực tuyến."))
