"""The single registry of rules, sorted by code (code_style_anchors B4).

Codes are forever: a retired code stays here as a comment and is never reused.
"""

from __future__ import annotations

from linter.rule import Rule
from rules.capitalization.admin_unit_capitalised import AdminUnitCapitalised
from rules.capitalization.admin_unit_noun_not_capitalised import AdminUnitNounNotCapitalised
from rules.capitalization.body_name_capitalisation import BodyNameCapitalisation
from rules.capitalization.cited_part_capitalisation import CitedPartCapitalisation
from rules.capitalization.festival_name_capitalisation import FestivalNameCapitalisation
from rules.capitalization.law_name_capitalisation import LawNameCapitalisation
from rules.capitalization.lunar_year_capitalisation import LunarYearCapitalisation
from rules.capitalization.sentence_start_capitalisation import SentenceStartCapitalisation
from rules.capitalization.special_noun_capitalisation import SpecialNounCapitalisation
from rules.capitalization.weekday_capitalisation import WeekdayCapitalisation
from rules.content.cited_document_not_in_corpus import CitedDocumentNotInCorpus
from rules.content.copied_share_too_high import CopiedShareTooHigh
from rules.content.parent_content_copied import ParentContentCopied
from rules.content.plan_missing_resources import PlanMissingResources
from rules.content.report_duty_incomplete import ReportDutyIncomplete
from rules.content.sentence_too_long import SentenceTooLong
from rules.content.task_missing_deadline import TaskMissingDeadline
from rules.content.task_missing_lead import TaskMissingLead
from rules.content.task_missing_product import TaskMissingProduct
from rules.content.task_multiple_leads import TaskMultipleLeads
from rules.content.task_slogan_only import TaskSloganOnly
from rules.content.task_unit_not_addressed import TaskUnitNotAddressed
from rules.core.comments_pending import CommentsPending
from rules.core.family_unknown import FamilyUnknown
from rules.core.personal_document import PersonalDocument
from rules.core.tracked_changes_pending import TrackedChangesPending
from rules.elements.address_block_format import AddressBlockFormat
from rules.elements.appendix_heading_format import AppendixHeadingFormat
from rules.elements.appendix_not_referenced import AppendixNotReferenced
from rules.elements.can_cu_format_wrong import CanCuFormatWrong
from rules.elements.can_cu_punctuation_wrong import CanCuPunctuationWrong
from rules.elements.citation_repeated_in_full import CitationRepeatedInFull
from rules.elements.citation_without_date import CitationWithoutDate
from rules.elements.closing_mark_missing import ClosingMarkMissing
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
from rules.elements.decimal_heading_numbering import DecimalHeadingNumbering
from rules.elements.diem_letter_not_vietnamese import DiemLetterNotVietnamese
from rules.elements.draft_marker_in_issued import DraftMarkerInIssued
from rules.elements.drafter_code_format import DrafterCodeFormat
from rules.elements.kinh_gui_colon_missing import KinhGuiColonMissing
from rules.elements.kinh_gui_format import KinhGuiFormat
from rules.elements.kinh_gui_list_punctuation import KinhGuiListPunctuation
from rules.elements.noi_nhan_item_punctuation import NoiNhanItemPunctuation
from rules.elements.noi_nhan_label_format import NoiNhanLabelFormat
from rules.elements.noi_nhan_list_format import NoiNhanListFormat
from rules.elements.noi_nhan_luu_line import NoiNhanLuuLine
from rules.elements.noi_nhan_nhu_tren import NoiNhanNhuTren
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
from rules.elements.quoc_hieu_wraps import QuocHieuWraps
from rules.elements.required_element_missing import RequiredElementMissing
from rules.elements.signature_block_format import SignatureBlockFormat
from rules.elements.signer_academic_title import SignerAcademicTitle
from rules.elements.signing_authority_malformed import SigningAuthorityMalformed
from rules.elements.signing_combination_not_allowed import SigningCombinationNotAllowed
from rules.elements.stamp_format import StampFormat
from rules.elements.structure_heading_format import StructureHeadingFormat
from rules.elements.ten_loai_format_wrong import TenLoaiFormatWrong
from rules.elements.tieu_ngu_format_wrong import TieuNguFormatWrong
from rules.elements.tieu_ngu_rule_wrong import TieuNguRuleWrong
from rules.elements.tieu_ngu_text_wrong import TieuNguTextWrong
from rules.elements.trich_yeu_format_wrong import TrichYeuFormatWrong
from rules.elements.trich_yeu_rule_wrong import TrichYeuRuleWrong
from rules.elements.urgency_level_unknown import UrgencyLevelUnknown
from rules.layout.appendix_page_numbering_not_restarted import AppendixPageNumberingNotRestarted
from rules.layout.body_first_line_indent import BodyFirstLineIndent
from rules.layout.body_italic import BodyItalic
from rules.layout.body_line_spacing_out_of_range import BodyLineSpacingOutOfRange
from rules.layout.body_not_justified import BodyNotJustified
from rules.layout.body_paragraph_spacing_too_small import BodyParagraphSpacingTooSmall
from rules.layout.body_size_mixed import BodySizeMixed
from rules.layout.body_size_out_of_range import BodySizeOutOfRange
from rules.layout.font_not_times_new_roman import FontNotTimesNewRoman
from rules.layout.header_line_spacing import HeaderLineSpacing
from rules.layout.page_landscape_without_table import PageLandscapeWithoutTable
from rules.layout.page_margin_out_of_range import PageMarginOutOfRange
from rules.layout.page_number_format import PageNumberFormat
from rules.layout.page_number_missing import PageNumberMissing
from rules.layout.page_number_on_first_page import PageNumberOnFirstPage
from rules.layout.page_size_not_a4 import PageSizeNotA4
from rules.layout.text_not_black import TextNotBlack
from rules.meetings.meeting_not_online import MeetingNotOnline
from rules.meetings.meeting_speech_too_long import MeetingSpeechTooLong
from rules.meetings.meeting_too_long import MeetingTooLong
from rules.orthography.double_space import DoubleSpace
from rules.orthography.legacy_font_encoding import LegacyFontEncoding
from rules.orthography.mixed_tone_placement import MixedTonePlacement
from rules.orthography.space_before_punctuation import SpaceBeforePunctuation
from rules.orthography.text_not_nfc import TextNotNfc
from rules.party.party_authority_type_unusual import PartyAuthorityTypeUnusual
from rules.party.party_can_cu_format_wrong import PartyCanCuFormatWrong
from rules.party.party_closing_mark_wrong import PartyClosingMarkWrong
from rules.party.party_cong_van_trich_yeu_wrong import PartyCongVanTrichYeuWrong
from rules.party.party_date_line_format_wrong import PartyDateLineFormatWrong
from rules.party.party_date_line_malformed import PartyDateLineMalformed
from rules.party.party_issuer_abbreviation_obsolete import PartyIssuerAbbreviationObsolete
from rules.party.party_issuer_format_wrong import IssuerFormatWrong
from rules.party.party_issuer_star_missing import IssuerStarMissing
from rules.party.party_kinh_gui_format import PartyKinhGuiFormat
from rules.party.party_kt_under_collective import PartyKtUnderCollective
from rules.party.party_noi_nhan_item_punctuation import PartyNoiNhanItemPunctuation
from rules.party.party_noi_nhan_label_format import PartyNoiNhanLabelFormat
from rules.party.party_noi_nhan_list_format import PartyNoiNhanListFormat
from rules.party.party_noi_nhan_luu_line import PartyNoiNhanLuuLine
from rules.party.party_noi_nhan_nhu_tren import PartyNoiNhanNhuTren
from rules.party.party_number_format_wrong import PartyNumberFormatWrong
from rules.party.party_number_missing_leading_zero import PartyNumberMissingLeadingZero
from rules.party.party_number_state_form import PartyNumberStateForm
from rules.party.party_signature_format_wrong import PartySignatureFormatWrong
from rules.party.party_signer_academic_title import PartySignerAcademicTitle
from rules.party.party_signer_title_wrong import PartySignerTitleWrong
from rules.party.party_signing_form_wrong import PartySigningFormWrong
from rules.party.party_ten_loai_format_wrong import PartyTenLoaiFormatWrong
from rules.party.party_tieu_de_dang_format_wrong import TieuDeDangFormatWrong
from rules.party.party_tieu_de_dang_rule_wrong import TieuDeDangRuleWrong
from rules.party.party_tieu_de_dang_wrong import TieuDeDangWrong
from rules.party.party_trich_yeu_format_wrong import PartyTrichYeuFormatWrong
from rules.party.party_trich_yeu_rule_wrong import PartyTrichYeuRuleWrong
from rules.party.party_type_abbreviation_wrong import PartyTypeAbbreviationWrong
from rules.wording.place_name_abbreviated_in_text import PlaceNameAbbreviatedInText

ALL_RULES: tuple[type[Rule], ...] = (
    # VB0xx: the linter itself (VB001 unreadable input, VB002 rule crashed); not rule classes
    TrackedChangesPending,  # VB003
    CommentsPending,  # VB004
    FamilyUnknown,  # VB005
    PersonalDocument,  # VB006
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
    QuocHieuWraps,  # VB131
    CitationWithoutDate,  # VB132
    CitationRepeatedInFull,  # VB133
    ClosingMarkMissing,  # VB150
    StructureHeadingFormat,  # VB151
    DecimalHeadingNumbering,  # VB152
    DiemLetterNotVietnamese,  # VB153
    KinhGuiColonMissing,  # VB155
    KinhGuiListPunctuation,  # VB156
    KinhGuiFormat,  # VB157
    SigningAuthorityMalformed,  # VB160
    SignatureBlockFormat,  # VB161
    SignerAcademicTitle,  # VB162
    SigningCombinationNotAllowed,  # VB163
    NoiNhanLabelFormat,  # VB165
    NoiNhanListFormat,  # VB166
    NoiNhanItemPunctuation,  # VB167
    NoiNhanLuuLine,  # VB168
    NoiNhanNhuTren,  # VB169
    AppendixHeadingFormat,  # VB170
    StampFormat,  # VB171
    DrafterCodeFormat,  # VB172
    AddressBlockFormat,  # VB173
    DraftMarkerInIssued,  # VB174
    UrgencyLevelUnknown,  # VB175
    AppendixNotReferenced,  # VB176
    # VB2xx: kỹ thuật trình bày (layout)
    PageSizeNotA4,  # VB201
    PageLandscapeWithoutTable,  # VB202
    PageMarginOutOfRange,  # VB203
    FontNotTimesNewRoman,  # VB204
    TextNotBlack,  # VB205
    PageNumberMissing,  # VB206
    PageNumberOnFirstPage,  # VB207
    PageNumberFormat,  # VB208
    AppendixPageNumberingNotRestarted,  # VB209
    BodySizeOutOfRange,  # VB210
    BodySizeMixed,  # VB211
    BodyNotJustified,  # VB212
    BodyFirstLineIndent,  # VB213
    BodyParagraphSpacingTooSmall,  # VB214
    BodyLineSpacingOutOfRange,  # VB215
    BodyItalic,  # VB216
    HeaderLineSpacing,  # VB217
    # VB3xx: chính tả, dấu câu, Unicode, legacy fonts
    LegacyFontEncoding,  # VB300
    TextNotNfc,  # VB301
    DoubleSpace,  # VB302
    SpaceBeforePunctuation,  # VB303
    MixedTonePlacement,  # VB304
    # VB4xx: viết hoa
    AdminUnitCapitalised,  # VB400
    BodyNameCapitalisation,  # VB401
    CitedPartCapitalisation,  # VB402
    LawNameCapitalisation,  # VB403
    AdminUnitNounNotCapitalised,  # VB404
    SentenceStartCapitalisation,  # VB405
    WeekdayCapitalisation,  # VB406
    LunarYearCapitalisation,  # VB407
    FestivalNameCapitalisation,  # VB408
    SpecialNounCapitalisation,  # VB409
    # VB5xx: từ ngữ, viết tắt
    PlaceNameAbbreviatedInText,  # VB500
    # VB6xx: Party-only rules
    TieuDeDangWrong,  # VB601
    TieuDeDangFormatWrong,  # VB602
    TieuDeDangRuleWrong,  # VB603
    IssuerFormatWrong,  # VB604
    IssuerStarMissing,  # VB605
    PartyNumberStateForm,  # VB606
    PartyNumberMissingLeadingZero,  # VB607
    PartyTypeAbbreviationWrong,  # VB608
    PartyNumberFormatWrong,  # VB609
    PartyDateLineFormatWrong,  # VB610
    PartyDateLineMalformed,  # VB611
    PartyTenLoaiFormatWrong,  # VB612
    PartyTrichYeuFormatWrong,  # VB613
    PartyTrichYeuRuleWrong,  # VB614
    PartyCongVanTrichYeuWrong,  # VB615
    PartyCanCuFormatWrong,  # VB616
    PartySigningFormWrong,  # VB617
    PartyKtUnderCollective,  # VB618
    PartySignerTitleWrong,  # VB619
    PartySignerAcademicTitle,  # VB620
    PartySignatureFormatWrong,  # VB621
    PartyNoiNhanLabelFormat,  # VB622
    PartyNoiNhanListFormat,  # VB623
    PartyNoiNhanItemPunctuation,  # VB624
    PartyNoiNhanLuuLine,  # VB625
    PartyNoiNhanNhuTren,  # VB626
    PartyKinhGuiFormat,  # VB627
    PartyAuthorityTypeUnusual,  # VB628
    PartyIssuerAbbreviationObsolete,  # VB629
    PartyClosingMarkWrong,  # VB630
    # VB7xx: content (KL 226)
    TaskMissingLead,  # VB701
    TaskMultipleLeads,  # VB702
    TaskMissingDeadline,  # VB703
    TaskMissingProduct,  # VB704
    PlanMissingResources,  # VB705
    TaskSloganOnly,  # VB706
    ReportDutyIncomplete,  # VB707
    TaskUnitNotAddressed,  # VB708
    SentenceTooLong,  # VB709
    ParentContentCopied,  # VB720
    CopiedShareTooHigh,  # VB721
    CitedDocumentNotInCorpus,  # VB722
    # VB8xx: meetings
    MeetingTooLong,  # VB801
    MeetingSpeechTooLong,  # VB802
    MeetingNotOnline,  # VB803
)


def rule_by_code(code: str) -> type[Rule] | None:
    for rule in ALL_RULES:
        if rule.code == code:
            return rule
    return None
