"""VB005 family-unknown: one clear warning when neither State nor Party is recognised."""

from __future__ import annotations

from linter.config import Config, config_from_dict
from linter.finding import Severity
from rules.core.family_unknown import FamilyUnknown
from tests import build
from tests.ruletest import assert_clean, assert_flags, lint_docx, neutral_doc

RULE = FamilyUnknown


def test_flags_a_document_without_title_or_heading():
    (f,) = assert_flags(RULE, neutral_doc(), severity=Severity.WARNING)
    assert "Nhà nước" in f.message and "Đảng" in f.message
    assert f.location.paragraph is None


def test_state_and_party_documents_are_clean():
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.party_ket_luan())


def test_profile_family_silences_it():
    cfg = config_from_dict({"profile": {"family": "state"}})
    result = lint_docx(neutral_doc(), RULE, config=cfg)
    assert result.family == "state"
    assert result.findings == []


def test_only_family_independent_rules_run_on_unknown():
    from rules import ALL_RULES

    result = lint_docx(neutral_doc(), config=Config())
    assert result.family == "unknown"
    ran = {r.code: r for r in ALL_RULES if r.code in result.checked}
    assert ran, "some rules must still run"
    assert all("unknown" in r.families for r in ran.values())
    assert "VB104" in result.skipped
    assert [f.code for f in result.findings].count("VB005") == 1
