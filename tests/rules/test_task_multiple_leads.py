from rules.content.task_multiple_leads import TaskMultipleLeads
from tests.rules._task_fixtures import plan
from tests.ruletest import assert_clean, assert_flags


def test_flags_two_leads() -> None:
    spec = plan(
        "2. Văn phòng Sở và Phòng Cải cách hành chính chủ trì rà soát thủ tục hành chính, báo "
        "cáo Giám đốc Sở trước ngày 30/6/2026."
    )
    found = assert_flags(TaskMultipleLeads, spec, count=1)
    assert "Phòng Cải cách hành chính" in found[0].message


def test_accepts_one_lead_with_co_worker_and_class_duty() -> None:
    spec = plan(
        "2. Văn phòng Sở chủ trì, phối hợp với Phòng Cải cách hành chính rà soát thủ tục hành "
        "chính, báo cáo Giám đốc Sở trước ngày 30/6/2026.",
        "3. Các phòng, đơn vị thuộc Sở báo cáo kết quả về Văn phòng Sở trước ngày 15/6/2026.",
    )
    assert_clean(TaskMultipleLeads, spec)
