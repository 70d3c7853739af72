from rules.content.task_unit_not_addressed import TaskUnitNotAddressed
from tests.rules._task_fixtures import plan
from tests.ruletest import assert_clean, assert_flags

TASK = (
    "2. Giao Sở Y tế chủ trì xây dựng kế hoạch kiểm tra an toàn thực phẩm, hoàn thành trước ngày "
    "30/6/2026."
)


def test_flags_unit_not_among_recipients() -> None:
    found = assert_flags(TaskUnitNotAddressed, plan(TASK), count=1)
    assert "Sở Y tế" in found[0].message


def test_accepts_unit_in_noi_nhan() -> None:
    spec = plan(
        TASK,
        noi_nhan=[
            "- Ủy ban nhân dân tỉnh (để báo cáo);",
            "- Sở Tài chính;",
            "- Sở Y tế;",
            "- Lưu: VT, VP.",
        ],
    )
    assert_clean(TaskUnitNotAddressed, spec)
