"""VB118: the date line is not "<Địa danh>, ngày … tháng … năm …" in full words."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, date_of, part, span_of


class DateLineMalformed(StateElementRule):
    """Dòng địa danh, ngày tháng sai dạng: ngày viết bằng gạch chéo, thiếu dấu phẩy, sai chữ hoa.
    (The date line is malformed: slash date, no comma after the place, wrong capitals.)

    ## Kiểm tra gì (What it checks)
    Dòng địa danh và thời gian ban hành phải có dạng “Lâm Đồng, ngày 05 tháng 01 năm 2026”:
    - thời gian viết đầy đủ “ngày … tháng … năm …”, không viết “05/01/2026”;
    - sau địa danh có dấu phẩy;
    - chữ cái đầu của địa danh viết hoa; “ngày”, “tháng”, “năm” viết thường.
    The date line must be “<Place>, ngày DD tháng MM năm YYYY”: words not slashes, a comma after
    the place, the place capitalised, “ngày/tháng/năm” in lower case.

    ## Vì sao (Why)
    Phụ lục I, mục II.4.b–c: thời gian ban hành “phải được viết đầy đủ”; “các chữ cái đầu của
    địa danh phải viết hoa; sau địa danh có dấu phẩy”; in thường.
    PL I, II.4.b–c.

    ## Ví dụ sai (Bad)
        Hà Nội ngày 05 tháng 01 năm 2026
        Hà Nội, ngày 05/01/2026
        Hà Nội, Ngày 05 Tháng 01 Năm 2026

    ## Ví dụ đúng (Good)
        Hà Nội, ngày 05 tháng 01 năm 2026
        Hà Nội, ngày      tháng     năm 2026   (dự thảo)

    ## Tự sửa (Fix)
    Có, an toàn: thêm dấu phẩy sau địa danh; viết thường “ngày/tháng/năm”. Ngày viết bằng gạch
    chéo: không tự sửa. (Yes, safe for the comma and the keywords' case; no fix for slashes.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Dự thảo viết “ngày …/…/2026” (để trống): chỉ cảnh báo. Văn bản của Đảng, văn bản quy phạm
    pháp luật không áp dụng. A blank slash date in a draft is a warning only.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b–c
    """

    code = "VB118"
    name = "date-line-malformed"
    summary = "Dòng ngày tháng phải là “<Địa danh>, ngày … tháng … năm …”"
    summary_en = "The date line must be “<Place>, ngày … tháng … năm …”"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4"

    def check(self, ctx: Context) -> Iterator[Finding]:
        date = date_of(ctx)
        if date is None:
            found = part(ctx, "dia_danh_ngay_thang")
            if found is not None:
                ref, para = found
                start, end = span_of(para, ref.text)
                raw = para.text[start:end].strip()
                yield self.finding(
                    ctx,
                    vi=f"Dòng “{raw}” không đúng dạng “<Địa danh>, ngày … tháng … năm …”.",
                    en=f"“{raw}” is not in the form “<Place>, ngày … tháng … năm …”.",
                    location=self.at(para, start, end, part="dia_danh_ngay_thang"),
                )
            return
        para = date.para
        if date.slash is not None:
            raw = para.text[date.slash[0] : date.slash[1]]
            blank = not any(c.isdigit() for c in raw.split("/")[0] + raw.split("/")[1])
            yield self.finding(
                ctx,
                vi=f"Thời gian ban hành viết “{raw}”; phải viết đầy đủ “ngày … tháng … năm …”.",
                en=f"The date is written “{raw}”; write it in full: “ngày … tháng … năm …”.",
                location=self.at(para, *date.slash, part="dia_danh_ngay_thang"),
                severity=Severity.WARNING if blank and not ctx.issued else None,
            )
        if date.place and not date.comma:
            end = date.place_span[1]
            yield self.finding(
                ctx,
                vi=f"Thiếu dấu phẩy sau địa danh “{date.place}”; phải viết “{date.place}, ngày …”.",
                en=f"No comma after the place name “{date.place}”; write “{date.place}, ngày …”.",
                location=self.at(para, date.place_span[0], end, part="dia_danh_ngay_thang"),
                fix=Fix(
                    title=ctx.t("Thêm dấu phẩy sau địa danh", "Add a comma after the place name"),
                    replacement=date.place + ",",
                ),
            )
        if date.place and date.place[0].isalpha() and not date.place[0].isupper():
            yield self.finding(
                ctx,
                vi=f"Địa danh “{date.place}” phải viết hoa chữ cái đầu.",
                en=f"The place name “{date.place}” must start with a capital letter.",
                location=self.at(para, *date.place_span, part="dia_danh_ngay_thang"),
            )
        for lo, hi in date.keyword_spans:
            word = para.text[lo:hi]
            if word[:1].isupper():
                yield self.finding(
                    ctx,
                    vi=f"“{word}” trong dòng ngày tháng viết thường: “{word.lower()}”.",
                    en=f"“{word}” in the date line is written in lower case: “{word.lower()}”.",
                    location=self.at(para, lo, hi, part="dia_danh_ngay_thang"),
                    fix=Fix(
                        title=ctx.t(
                            f"Viết thường: {word.lower()}", f"Write in lower case: “{word.lower()}”"
                        ),
                        replacement=word.lower(),
                    ),
                )
