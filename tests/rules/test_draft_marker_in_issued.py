"""VB174 draft-marker-in-issued: real .docx examples (failing and passing)."""

from __future__ import annotations

from linter.finding import Severity
from rules.elements.draft_marker_in_issued import DraftMarkerInIssued
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_draft_marker_left_in_issued_document():
    spec = build.state_cong_van(du_thao="DỰ THẢO")
    assert_flags(DraftMarkerInIssued, spec, stage="issued", count=1, severity=Severity.WARNING)


def test_draft_marker_in_a_draft_and_clean_issued_pass():
    assert_clean(DraftMarkerInIssued, build.state_cong_van(du_thao="DỰ THẢO"))
    assert_clean(DraftMarkerInIssued, build.state_cong_van(), stage="issued")
