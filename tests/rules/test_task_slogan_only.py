from rules.content.task_slogan_only import TaskSloganOnly
from tests.rules._task_fixtures import plan
from tests.ruletest import assert_clean, assert_flags


def test_flags_slogan_item() -> None:
    spec = plan("2. Thực hiện nghiêm túc, đồng bộ, hiệu quả các giải pháp cải cách hành chính.")
    assert_flags(TaskSloganOnly, spec, count=1)


def test_accepts_concrete_item() -> None:
    spec = plan("2. Các phòng tổ chức quán triệt Kết luận đến 100% công chức trong tháng 02/2026.")
    assert_clean(TaskSloganOnly, spec)
