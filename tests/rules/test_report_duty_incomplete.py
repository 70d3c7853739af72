from rules.content.report_duty_incomplete import ReportDutyIncomplete
from tests.rules._task_fixtures import plan
from tests.ruletest import assert_clean, assert_flags


def test_flags_report_without_deadline_or_recipient() -> None:
    spec = plan("2. Các phòng thuộc Sở báo cáo kết quả thực hiện.")
    found = assert_flags(ReportDutyIncomplete, spec, count=1)
    assert "thời hạn" in found[0].message and "nơi nhận" in found[0].message


def test_accepts_report_with_deadline_recipient_and_channel() -> None:
    spec = plan(
        "2. Các phòng thuộc Sở báo cáo kết quả thực hiện về Văn phòng Sở qua hệ thống quản lý "
        "văn bản trước ngày 20 của tháng cuối quý."
    )
    assert_clean(ReportDutyIncomplete, spec)
