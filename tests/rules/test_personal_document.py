"""VB006 personal-document: a citizen's đơn is not checked as an agency's document."""

from __future__ import annotations

from typing import Any

from linter.config import Config
from linter.finding import Severity
from rules.core.personal_document import PersonalDocument
from tests import build
from tests.ruletest import assert_clean, assert_flags, lint_docx

RULE = PersonalDocument


def don(**overrides: Any) -> Any:
    """A citizen's application as the published forms lay it out: Quốc hiệu, Tiêu ngữ, the date
    line, the title, Kính gửi, the applicant's particulars; no issuing body, no number, the
    applicant signs with no title. Its paragraphs are not indented and have no space before: the
    format of an agency's document would report them."""
    values: dict[str, Any] = {
        "co_quan_chu_quan": None,
        "co_quan_ban_hanh": None,
        "so_ky_hieu": None,
        "ten_loai": "ĐƠN ĐỀ NGHỊ GIẢI QUYẾT VẮNG MẶT",
        "trich_yeu": None,
        "kinh_gui": ["Kính gửi: Tòa án nhân dân huyện Đức Trọng"],
        "body": [
            build.p("Người làm đơn: Nguyễn Văn An, sinh ngày 12/3/1980."),
            build.p("Thường trú: thôn 2, xã Hiệp Thạnh, huyện Đức Trọng, tỉnh Lâm Đồng."),
            build.p("Tôi đề nghị Tòa án giải quyết vắng mặt tôi trong vụ việc nêu trên."),
        ],
        "noi_nhan_label": None,
        "noi_nhan": [],
        "quyen_han_ky": None,
        "chuc_vu_ky": "NGƯỜI LÀM ĐƠN",
        "ho_ten_ky": "Nguyễn Văn An",
        "body_first_line_mm": 0.0,
        "body_space_before_pt": 0.0,
        "title": "ĐƠN - fixture",
    }
    values.update(overrides)
    return build.state_doc("thong_bao", **values)


def test_flags_a_citizens_application():
    (f,) = assert_flags(RULE, don(), severity=Severity.INFO)
    assert "ĐƠN ĐỀ NGHỊ GIẢI QUYẾT VẮNG MẶT" in f.message
    assert "cá nhân" in f.message and f.location.paragraph is None


def test_other_kinds_of_a_persons_document():
    titles = ("TỜ KHAI ĐĂNG KÝ THƯỜNG TRÚ", "GIẤY ĐỀ NGHỊ CHỨNG THỰC BẢN SAO", "ĐƠN XIN VÀO ĐẢNG")
    for title in titles:
        assert_flags(RULE, don(ten_loai=title))


def test_only_family_independent_rules_run_and_the_gate_passes():
    from rules import ALL_RULES

    # the agency's format rules would report the missing number and place/date, the indent and
    # the spacing of every paragraph: none of them runs
    result = lint_docx(don(), config=Config())
    assert result.family == "unknown" and result.regime is None
    assert result.doc_type == "don"
    codes = [f.code for f in result.findings]
    assert codes.count("VB006") == 1 and "VB005" not in codes
    ran = [r for r in ALL_RULES if r.code in result.checked]
    assert ran and all("unknown" in r.families for r in ran)
    assert {"VB100", "VB213", "VB214"} <= set(result.skipped)
    assert not [f for f in result.findings if f.severity is Severity.ERROR]


def test_an_agencys_documents_are_checked_in_full():
    # a body's document: issuing body and number (a title "ĐƠN …" of a unit, a công văn)
    assert_clean(RULE, don(co_quan_ban_hanh="CÔNG TY TNHH MTV XỔ SỐ", so_ky_hieu="Số: 12/CT"))
    assert_clean(RULE, build.state_cong_van())
    assert_clean(RULE, build.party_ket_luan())
    result = lint_docx(don(co_quan_ban_hanh="SỞ NỘI VỤ", so_ky_hieu="Số: 12/SNV-VP"))
    assert result.family == "state" and result.regime == "nd30"


def test_a_title_that_only_starts_like_one_is_no_persons_document():
    # "ĐƠN VỊ …", "ĐƠN GIÁ …" are no đơn: under the Quốc hiệu, the document is read as an
    # agency's
    for title in ("ĐƠN VỊ THỰC HIỆN", "ĐƠN GIÁ XÂY DỰNG CÔNG TRÌNH"):
        result = lint_docx(don(ten_loai=title), config=Config())
        assert result.family == "state" and result.doc_type != "don"
        assert "VB006" not in [f.code for f in result.findings]
