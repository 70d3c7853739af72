"""VB110: "Số" is not followed by a colon ("Số 15/QĐ-UBND")."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, number_of


class NumberMissingColon(StateElementRule):
    """Sau chữ “Số” thiếu dấu hai chấm.
    (No colon after “Số”.)

    ## Kiểm tra gì (What it checks)
    Dòng số, ký hiệu phải viết “Số:” (có dấu hai chấm), ví dụ “Số: 15/QĐ-UBND”. Báo lỗi khi
    viết “Số 15/QĐ-UBND”, “Số; 15/…” hoặc “Số. 15/…”.
    The number line must start “Số:” with a colon.

    ## Vì sao (Why)
    Phụ lục I, mục II.3.c: “sau từ ‘Số’ có dấu hai chấm (:)”. Viết “Số 15” (không hai chấm) là
    cách của văn bản Đảng, không phải văn bản nhà nước.
    PL I, II.3.c; “Số” without a colon is the Party form, not the State one.

    ## Ví dụ sai (Bad)
        Số 15/QĐ-UBND

    ## Ví dụ đúng (Good)
        Số: 15/QĐ-UBND

    ## Tự sửa (Fix)
    Có, an toàn: thêm (hoặc thay bằng) dấu hai chấm sau “Số”. (Yes, safe: insert the colon.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản của Đảng (“Số 383-CV/ĐU” không có hai chấm là đúng) và văn bản quy phạm pháp luật.
    Party documents (no colon is right there) and normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3.c
    """

    code = "VB110"
    name = "number-missing-colon"
    summary = "Sau chữ “Số” phải có dấu hai chấm: “Số: 15/QĐ-UBND”"
    summary_en = "“Số” must be followed by a colon: “Số: 15/QĐ-UBND”"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3.c"

    def check(self, ctx: Context) -> Iterator[Finding]:
        number = number_of(ctx)
        if number is None or ":" in number.colon:
            return
        para = number.para
        end = number.colon_span[1]
        label = para.text[number.label[0] : number.label[1]]
        shown = para.text[number.label[0] : max(number.sym_span[1], end)].strip()
        spaces = "".join(ch for ch in number.colon if ch in " \t") or " "
        yield self.finding(
            ctx,
            vi=f"Thiếu dấu hai chấm sau chữ “Số” trong “{shown}”; phải viết “{label}: …”.",
            en=f"No colon after “Số” in “{shown}”; write “{label}: …”.",
            location=self.at(para, number.label[0], end, part="so_ky_hieu"),
            fix=Fix(
                title=ctx.t("Thêm dấu hai chấm sau “Số”", "Add a colon after “Số”"),
                replacement=f"{label}:{spaces}",
            ),
        )
