"""VB114: the type abbreviation in the ký hiệu does not match the document's tên loại."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._header import NumberSpan, StateElementRule, number_of


class NumberTypeAbbreviationWrong(StateElementRule):
    """Chữ viết tắt tên loại trong ký hiệu không khớp tên loại văn bản hoặc không chính thức.
    (The type abbreviation in the symbol does not match the document type, or is unofficial.)

    ## Kiểm tra gì (What it checks)
    Ký hiệu của văn bản có tên loại bắt đầu bằng chữ viết tắt tên loại theo Phụ lục III (QĐ,
    TB, KH, TTr, QyĐ, CTr …), viết đúng chữ hoa/thường; công văn không có chữ viết tắt tên
    loại (“Số: 12/UBND-VX”). Báo:
    - chữ viết tắt sai hoa/thường (“TTR” thay vì “TTr”) — lỗi;
    - “CV” (không phải chữ viết tắt chính thức) — lỗi;
    - dạng cũ theo Thông tư 01/2011 (GN, TTh, UQ, NP) — cảnh báo;
    - chữ viết tắt không khớp tên loại (THÔNG BÁO mà số “/QĐ-…”), thiếu chữ viết tắt, công văn
      lại có chữ viết tắt tên loại, hoặc ký hiệu công văn thiếu đơn vị soạn thảo (“15/SNV”) —
      cảnh báo.
    The symbol's type abbreviation must be the official one for the title (PL III), case kept.

    ## Vì sao (Why)
    Phụ lục I, mục II.3.b: ký hiệu gồm chữ viết tắt tên loại và tên cơ quan ban hành; công văn
    gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo. Phụ lục III, Mục I quy định bảng chữ viết
    tắt (giữ nguyên QyĐ, CTr, TTr, TrS). Ký hiệu sai loại làm vào sổ và tra cứu sai.
    PL I, II.3.b; PL III, Mục I.

    ## Ví dụ sai (Bad)
        THÔNG BÁO … Số: 12/QĐ-UBND
        Số: 08/TTR-SNV
        Số: 15/CV-UBND

    ## Ví dụ đúng (Good)
        THÔNG BÁO … Số: 12/TB-UBND
        Số: 08/TTr-SNV
        Số: 15/UBND-VP   (công văn)

    ## Tự sửa (Fix)
    Có, an toàn khi chỉ sai chữ hoa/thường (“TTR” → “TTr”). Các trường hợp khác: đề xuất,
    không tự sửa. (Yes, safe for case only; otherwise a suggestion.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản không xác định được tên loại; văn bản của Đảng (“383-CV/ĐU” là đúng), văn bản quy
    phạm pháp luật. Unknown types, Party and normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3.b; Phụ lục III, Mục I
    """

    code = "VB114"
    name = "number-type-abbreviation-wrong"
    summary = "Chữ viết tắt tên loại trong ký hiệu phải khớp tên loại (Phụ lục III)"
    summary_en = "The type abbreviation in the symbol must match the document type (PL III)"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục III, Mục I; Phụ lục I, mục II.3.b"

    def check(self, ctx: Context) -> Iterator[Finding]:
        number = number_of(ctx)
        doc_type = ctx.anatomy.doc_type
        if number is None or doc_type is None or not number.groups:
            return
        groups = number.groups[1:] if number.year else number.groups
        if not groups:
            return
        first, start, end = groups[0]
        table: dict[str, str] = self.data(ctx, "type_abbreviations")
        official = set(table.values()) | set(self.data(ctx, "copy_abbreviations").values())
        old: dict[str, str] = self.data(ctx, "old_type_abbreviations")
        unofficial: dict[str, str] = self.data(ctx, "unofficial_type_abbreviations")
        para = number.para
        loc = self.at(para, start, end, part="so_ky_hieu")
        sym = _sym(number)
        if first in unofficial or first.upper() == "CV":
            yield self.finding(
                ctx,
                vi=f"“{first}” trong ký hiệu “{sym}” không phải chữ viết tắt tên loại chính thức; "
                "công văn ghi “Số: …/<cơ quan>-<đơn vị>”, không có chữ viết tắt tên loại.",
                en=f"“{first}” in “{sym}” is not an official type abbreviation; a công văn is "
                "numbered “…/<issuer>-<unit>” with no type abbreviation.",
                location=loc,
            )
            return
        if doc_type == "cong_van":
            if first in official:
                yield self.finding(
                    ctx,
                    vi=f"Công văn có chữ viết tắt tên loại “{first}” trong ký hiệu “{sym}”; ký "
                    "hiệu công văn gồm tên cơ quan và đơn vị soạn thảo (ví dụ “12/UBND-VX”).",
                    en=f"A công văn carries the type abbreviation “{first}” in “{sym}”; its "
                    "symbol is issuer-unit (e.g. “12/UBND-VX”).",
                    location=loc,
                    severity=Severity.WARNING,
                )
            elif len(groups) == 1:
                yield self.finding(
                    ctx,
                    vi=f"Ký hiệu công văn “{sym}” chỉ có tên cơ quan; thêm chữ viết tắt của đơn vị "
                    f"soạn thảo hoặc lĩnh vực (ví dụ “{first}-VP”).",
                    en=f"The công văn symbol “{sym}” has the issuer only; add the drafting unit "
                    f"or subject area (e.g. “{first}-VP”).",
                    location=loc,
                    severity=Severity.WARNING,
                )
            return
        expected = table.get(doc_type)
        if expected is None or first == expected:
            return
        if first.upper() == expected.upper():
            yield self.finding(
                ctx,
                vi=f"Chữ viết tắt tên loại “{first}” phải viết đúng “{expected}” (giữ nguyên chữ "
                "hoa, chữ thường theo Phụ lục III).",
                en=f"The type abbreviation “{first}” must be written exactly “{expected}”.",
                location=loc,
                fix=Fix(
                    title=ctx.t(f"Sửa thành {expected}", f"Change to “{expected}”"),
                    replacement=expected,
                ),
            )
        elif old.get(first) == expected:
            yield self.finding(
                ctx,
                vi=f"“{first}” là chữ viết tắt cũ (Thông tư 01/2011/TT-BNV); theo Nghị định "
                f"30/2020/NĐ-CP phải là “{expected}”.",
                en=f"“{first}” is the old (Circular 01/2011) abbreviation; Decree 30/2020 uses "
                f"“{expected}”.",
                location=loc,
                fix=Fix(
                    title=ctx.t(f"Sửa thành {expected}", f"Change to “{expected}”"),
                    replacement=expected,
                    safe=False,
                ),
                severity=Severity.WARNING,
            )
        elif first in official or first in old:
            yield self.finding(
                ctx,
                vi=f"Ký hiệu “{sym}” có chữ viết tắt “{first}” nhưng tên loại văn bản cần "
                f"“{expected}”.",
                en=f"The symbol “{sym}” has the abbreviation “{first}” but the document type needs "
                f"“{expected}”.",
                location=loc,
                fix=Fix(
                    title=ctx.t(f"Sửa thành {expected}", f"Change to “{expected}”"),
                    replacement=expected,
                    safe=False,
                ),
                severity=Severity.WARNING,
            )
        else:
            yield self.finding(
                ctx,
                vi=f"Ký hiệu “{sym}” thiếu chữ viết tắt tên loại “{expected}” (phải là "
                f"“{expected}-<cơ quan>”).",
                en=f"The symbol “{sym}” lacks the type abbreviation “{expected}” (expected "
                f"“{expected}-<issuer>”).",
                location=loc,
                severity=Severity.WARNING,
            )


def _sym(number: NumberSpan) -> str:
    return number.para.text[number.sym_span[0] : number.sym_span[1]].strip()
