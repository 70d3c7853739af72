"""The single registry of rules, sorted by code (code_style_anchors B4).

Codes are forever: a retired code stays here as a comment and is never reused.
"""

from __future__ import annotations

from linter.rule import Rule
from rules.content.cited_document_not_in_corpus import CitedDocumentNotInCorpus
from rules.content.copied_share_too_high import CopiedShareTooHigh
from rules.content.parent_content_copied import ParentContentCopied
from rules.core.comments_pending import CommentsPending
from rules.core.family_unknown import FamilyUnknown
from rules.core.tracked_changes_pending import TrackedChangesPending
from rules.elements.date_missing_leading_zero import DateMissingLeadingZero

ALL_RULES: tuple[type[Rule], ...] = (
    # VB0xx: the linter itself (VB001 unreadable input, VB002 rule crashed); not rule classes
    TrackedChangesPending,  # VB003
    CommentsPending,  # VB004
    FamilyUnknown,  # VB005
    # VB1xx: thể thức (elements)
    DateMissingLeadingZero,  # VB104
    # VB2xx: kỹ thuật trình bày (layout)
    # VB3xx: chính tả, dấu câu, Unicode, legacy fonts
    # VB4xx: viết hoa
    # VB5xx: từ ngữ, viết tắt
    # VB6xx: Party-only rules
    # VB7xx: content (KL 226)
    ParentContentCopied,  # VB720
    CopiedShareTooHigh,  # VB721
    CitedDocumentNotInCorpus,  # VB722
    # VB8xx: meetings
)


def rule_by_code(code: str) -> type[Rule] | None:
    for rule in ALL_RULES:
        if rule.code == code:
            return rule
    return None
