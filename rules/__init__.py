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
from rules.elements.can_cu_format_wrong import CanCuFormatWrong
from rules.elements.can_cu_punctuation_wrong import CanCuPunctuationWrong
from rules.elements.co_quan_ban_hanh_format_wrong import CoQuanBanHanhFormatWrong
from rules.elements.co_quan_ban_hanh_rule_wrong import CoQuanBanHanhRuleWrong
from rules.elements.co_quan_chu_quan_format_wrong import CoQuanChuQuanFormatWrong
from rules.elements.cong_van_trich_yeu_wrong import CongVanTrichYeuWrong
from rules.elements.date_blank_in_issued import DateBlankInIssued
from rules.elements.date_in_future import DateInFuture
from rules.elements.date_line_format_wrong import DateLineFormatWrong
from rules.elements.date_line_malformed import DateLineMalformed
from rules.elements.date_missing_leading_zero import DateMissingLeadingZero
from rules.elements.date_month_extra_zero import DateMonthExtraZero
from rules.elements.date_not_real import DateNotReal
from rules.elements.number_blank_in_issued import NumberBlankInIssued
from rules.elements.number_date_not_same_row import NumberDateNotSameRow
from rules.elements.number_format_wrong import NumberFormatWrong
from rules.elements.number_has_year import NumberHasYear
from rules.elements.number_missing_colon import NumberMissingColon
from rules.elements.number_missing_leading_zero import NumberMissingLeadingZero
from rules.elements.number_separator_wrong import NumberSeparatorWrong
from rules.elements.number_type_abbreviation_wrong import NumberTypeAbbreviationWrong
from rules.elements.place_name_abbreviated import PlaceNameAbbreviated
from rules.elements.quoc_hieu_format_wrong import QuocHieuFormatWrong
from rules.elements.quoc_hieu_text_wrong import QuocHieuTextWrong
from rules.elements.required_element_missing import RequiredElementMissing
from rules.elements.ten_loai_format_wrong import TenLoaiFormatWrong
from rules.elements.tieu_ngu_format_wrong import TieuNguFormatWrong
from rules.elements.tieu_ngu_rule_wrong import TieuNguRuleWrong
from rules.elements.tieu_ngu_text_wrong import TieuNguTextWrong
from rules.elements.trich_yeu_format_wrong import TrichYeuFormatWrong
from rules.elements.trich_yeu_rule_wrong import TrichYeuRuleWrong

ALL_RULES: tuple[type[Rule], ...] = (
    # VB0xx: the linter itself (VB001 unreadable input, VB002 rule crashed); not rule classes
    TrackedChangesPending,  # VB003
    CommentsPending,  # VB004
    FamilyUnknown,  # VB005
    # VB1xx: thể thức (elements)
    RequiredElementMissing,  # VB100
    QuocHieuTextWrong,  # VB101
    QuocHieuFormatWrong,  # VB102
    TieuNguTextWrong,  # VB103
    DateMissingLeadingZero,  # VB104
    TieuNguFormatWrong,  # VB105
    TieuNguRuleWrong,  # VB106
    CoQuanChuQuanFormatWrong,  # VB107
    CoQuanBanHanhFormatWrong,  # VB108
    CoQuanBanHanhRuleWrong,  # VB109
    NumberMissingColon,  # VB110
    NumberMissingLeadingZero,  # VB111
    NumberSeparatorWrong,  # VB112
    NumberHasYear,  # VB113
    NumberTypeAbbreviationWrong,  # VB114
    NumberBlankInIssued,  # VB115
    NumberFormatWrong,  # VB116
    NumberDateNotSameRow,  # VB117
    DateLineMalformed,  # VB118
    DateNotReal,  # VB119
    DateInFuture,  # VB120
    DateBlankInIssued,  # VB121
    DateLineFormatWrong,  # VB122
    PlaceNameAbbreviated,  # VB123
    DateMonthExtraZero,  # VB124
    TenLoaiFormatWrong,  # VB125
    TrichYeuFormatWrong,  # VB126
    TrichYeuRuleWrong,  # VB127
    CongVanTrichYeuWrong,  # VB128
    CanCuFormatWrong,  # VB129
    CanCuPunctuationWrong,  # VB130
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
