from rules.content.plan_missing_resources import PlanMissingResources
from tests.rules._task_fixtures import plan
from tests.ruletest import assert_clean, assert_flags


def test_flags_plan_without_any_resource() -> None:
    found = assert_flags(PlanMissingResources, plan(funding=False), count=1)
    assert found[0].location.paragraph is None  # one document-level finding


def test_accepts_plan_with_funding_section() -> None:
    assert_clean(PlanMissingResources, plan())
