from rules.content.task_missing_product import TaskMissingProduct
from tests.rules._task_fixtures import plan
from tests.ruletest import assert_clean, assert_flags


def test_flags_task_without_product() -> None:
    spec = plan(
        "2. Văn phòng Sở chủ trì tăng cường công tác kiểm tra, hoàn thành trước ngày 30/6/2026."
    )
    assert_flags(TaskMissingProduct, spec, count=1)


def test_accepts_named_deliverable_or_target() -> None:
    spec = plan(
        "2. Văn phòng Sở chủ trì xây dựng kế hoạch kiểm tra năm 2026, hoàn thành trước ngày "
        "30/6/2026.",
        "3. Phòng Cải cách hành chính số hóa 100% hồ sơ thủ tục hành chính trong tháng 9/2026.",
    )
    assert_clean(TaskMissingProduct, spec)
