"""VB113: an administrative document number carries a year ("Số: 129/2026/QĐ-…")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, number_of

# Types that can never be legal normative documents (VBQPPL), so a year in their number is
# always wrong, even when the number pattern made the document look normative.
_NEVER_NORMATIVE = frozenset(
    {
        "thong_bao", "ke_hoach", "bao_cao", "to_trinh", "cong_van", "giay_moi", "huong_dan",
        "chuong_trinh", "phuong_an", "de_an", "du_an", "bien_ban", "cong_dien", "giay_gioi_thieu",
        "giay_nghi_phep", "giay_uy_quyen", "quy_che", "quy_dinh", "thong_cao", "hop_dong",
        "ban_ghi_nho", "ban_thoa_thuan", "phieu_gui", "phieu_chuyen", "phieu_bao",
    }
)  # fmt: skip


class NumberHasYear(StateElementRule):
    """Số văn bản hành chính có ghi năm (kiểu văn bản quy phạm pháp luật).
    (An administrative document number contains a year, as a normative document's would.)

    ## Kiểm tra gì (What it checks)
    Số, ký hiệu của văn bản hành chính có dạng “Số: 15/QĐ-UBND”, không ghi năm. Dạng
    “Số: 129/2026/QĐ-UBND” chỉ dùng cho văn bản quy phạm pháp luật.
    Administrative numbers carry no year; “129/2026/QĐ-…” is the normative-document form.

    ## Vì sao (Why)
    Phụ lục I, mục II.3 và các ví dụ ở bảng mục V (“Số: 15/QĐ-BNV”, “Số: 05/BNV-VP”) không có
    năm; số có năm là của văn bản quy phạm pháp luật (Điều 15 khoản 1 điểm a). Ghi năm vào văn
    bản hành chính làm người đọc nhầm đó là văn bản quy phạm pháp luật.
    PL I, II.3 and table V examples; the year form is reserved for normative documents.

    ## Ví dụ sai (Bad)
        Số: 129/2026/KH-UBND

    ## Ví dụ đúng (Good)
        Số: 129/KH-UBND

    ## Tự sửa (Fix)
    Không (chỉ đề xuất bỏ năm, vì có thể đây là văn bản quy phạm pháp luật).
    (No: the removal of the year is only suggested.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản quy phạm pháp luật (nghị định, thông tư, quyết định và nghị quyết quy phạm …).
    Một quyết định, nghị quyết có năm trong số được coi là quy phạm và bỏ qua; các loại không
    bao giờ là quy phạm (kế hoạch, thông báo, công văn …) thì luôn kiểm tra.
    Normative documents are skipped; types that are never normative are always checked.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3 và mục V (bảng, dòng 3); Điều 15 khoản 1
    """

    code = "VB113"
    name = "number-has-year"
    summary = "Số văn bản hành chính không ghi năm (“Số: 15/QĐ-UBND”)"
    summary_en = "Administrative document numbers carry no year (“Số: 15/QĐ-UBND”)"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3"
    skip_normative: ClassVar[bool] = False

    def applies(self, ctx: Context) -> bool:
        if not super().applies(ctx):
            return False
        return not ctx.anatomy.is_normative or ctx.anatomy.doc_type in _NEVER_NORMATIVE

    def check(self, ctx: Context) -> Iterator[Finding]:
        number = number_of(ctx)
        if number is None or number.year is None:
            return
        year_group = number.groups[0]
        para = number.para
        start, end = year_group[1], year_group[2]
        # Remove "2026/" (the year and the slash after it).
        if para.text[end : end + 1] == "/":
            end += 1
        sym = para.text[number.sym_span[0] : number.sym_span[1]].strip()
        yield self.finding(
            ctx,
            vi=f"Số văn bản hành chính không ghi năm: “…{sym}” có năm {number.year}; chỉ văn bản "
            "quy phạm pháp luật mới ghi năm trong số.",
            en=f"Administrative numbers carry no year: “…{sym}” contains {number.year}; only "
            "normative documents have the year in their number.",
            location=self.at(para, start, end, part="so_ky_hieu"),
            fix=Fix(
                title=ctx.t(f"Bỏ năm {number.year}", f"Remove the year {number.year}"),
                replacement="",
                safe=False,
            ),
        )
