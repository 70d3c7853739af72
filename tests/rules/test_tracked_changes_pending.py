"""VB003 tracked-changes-pending: an error at stage issued, nothing in a draft."""

from __future__ import annotations

from linter.finding import Severity
from rules.core.tracked_changes_pending import TrackedChangesPending
from tests import build
from tests.ruletest import assert_clean, assert_flags

RULE = TrackedChangesPending


def test_issued_with_tracked_changes_fails():
    spec = build.state_cong_van(tracked_changes=True)
    (f,) = assert_flags(RULE, spec, stage="issued", severity=Severity.ERROR)
    assert "Track Changes" in f.message
    assert f.fix is None


def test_party_document_too():
    assert_flags(RULE, build.party_ket_luan(tracked_changes=True), stage="issued", count=1)


def test_draft_with_tracked_changes_is_normal():
    assert_clean(RULE, build.state_cong_van(tracked_changes=True), stage="draft")


def test_issued_without_tracked_changes_passes():
    assert_clean(RULE, build.state_cong_van(), stage="issued")
