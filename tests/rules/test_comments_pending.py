"""VB004 comments-pending: an error at stage issued, nothing in a draft."""

from __future__ import annotations

from linter.finding import Severity
from rules.core.comments_pending import CommentsPending
from tests import build
from tests.ruletest import assert_clean, assert_flags, findings_of

RULE = CommentsPending


def test_issued_with_comments_fails_and_counts_them():
    spec = build.state_cong_van(comments=["Bổ sung thời hạn", "Xem lại số liệu"])
    (f,) = assert_flags(RULE, spec, stage="issued", severity=Severity.ERROR)
    assert "2 chú thích" in f.message
    (en,) = findings_of(RULE, spec, stage="issued", lang="en")
    assert "2 comment" in en.message


def test_draft_with_comments_is_normal():
    assert_clean(RULE, build.state_cong_van(comments=["Bổ sung"]), stage="draft")


def test_issued_without_comments_passes():
    assert_clean(RULE, build.party_cong_van(), stage="issued")
