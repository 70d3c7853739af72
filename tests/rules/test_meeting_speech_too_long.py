from rules.meetings.meeting_speech_too_long import MeetingSpeechTooLong
from tests.rules._task_fixtures import invitation
from tests.ruletest import assert_clean, assert_flags


def test_flags_long_opening_speech() -> None:
    spec = invitation("Chương trình: 8 giờ 00 - 8 giờ 20: Phát biểu khai mạc.")
    found = assert_flags(MeetingSpeechTooLong, spec, count=1)
    assert "20 phút" in found[0].message


def test_accepts_ten_minute_opening_and_short_contributions() -> None:
    spec = invitation(
        "Chương trình: 8 giờ 00 - 8 giờ 10: Phát biểu khai mạc.",
        "Các tham luận, mỗi tham luận không quá 10 phút.",
    )
    assert_clean(MeetingSpeechTooLong, spec)
