from rules.content.task_missing_lead import TaskMissingLead
from tests.rules._task_fixtures import plan
from tests.ruletest import assert_clean, assert_flags


def test_flags_task_without_lead() -> None:
    spec = plan(
        "2. Tăng cường kiểm tra việc giải quyết thủ tục hành chính, báo cáo kết quả trước ngày "
        "30/6/2026."
    )
    found = assert_flags(TaskMissingLead, spec, count=1)
    assert found[0].location.excerpt.startswith("Tăng cường kiểm tra")  # label excluded
    assert found[0].location.start == 3


def test_accepts_task_with_lead_or_heading_actor() -> None:
    assert_clean(TaskMissingLead, plan())
    spec = plan(
        "2. Phòng Cải cách hành chính:",
        "- Kiểm tra việc giải quyết thủ tục hành chính, báo cáo kết quả trước ngày 30/6/2026.",
    )
    assert_clean(TaskMissingLead, spec)
