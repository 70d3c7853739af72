from rules.content.task_missing_deadline import TaskMissingDeadline
from tests.rules._task_fixtures import plan
from tests.ruletest import assert_clean, assert_flags


def test_flags_vague_and_missing_deadlines() -> None:
    spec = plan(
        "2. Giao Văn phòng Sở thường xuyên theo dõi, đôn đốc việc thực hiện, tổng hợp báo cáo "
        "Giám đốc Sở.",
        "3. Phòng Cải cách hành chính xây dựng dự thảo Quy trình nội bộ giải quyết thủ tục hành "
        "chính theo Công văn số 15/UBND-NC ngày 10/01/2026 của Ủy ban nhân dân tỉnh.",
    )
    found = assert_flags(TaskMissingDeadline, spec, count=2)
    assert "thường xuyên" in found[0].message
    assert "không có thời hạn" in found[1].message  # the cited document's date is not a deadline


def test_accepts_date_period_and_recurring_deadlines() -> None:
    spec = plan(
        "2. Phòng Cải cách hành chính xây dựng dự thảo Quy trình nội bộ, hoàn thành trong quý "
        "II/2026.",
        "3. Văn phòng Sở tổng hợp, báo cáo Giám đốc Sở định kỳ hằng quý.",
    )
    assert_clean(TaskMissingDeadline, spec)
