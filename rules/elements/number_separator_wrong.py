"""VB112: spaces around "/" or "-" in the ký hiệu, or "." between its groups."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, number_of

_SPACED = re.compile(r"[ \t]*([-/])[ \t]*")
_DOT = re.compile(r"(?<=[A-Za-zÀ-ỹĐđ0-9])\.(?=[A-Za-zÀ-ỹĐđ])")


class NumberSeparatorWrong(StateElementRule):
    """Dấu phân cách trong số, ký hiệu sai: có khoảng trắng quanh “/” hoặc “-”, hoặc dùng “.”.
    (Wrong separators in the number: spaces around “/” or “-”, or a “.” between groups.)

    ## Kiểm tra gì (What it checks)
    Giữa số và ký hiệu là dấu gạch chéo (/), giữa các nhóm chữ viết tắt là dấu gạch nối (-),
    không cách chữ: “Số: 32/QĐ-UBND”. Báo lỗi khi có khoảng trắng quanh “/” hoặc “-”
    (“32 /QĐ- UBND”) và khi các nhóm nối bằng dấu chấm (“TTĐ.BMC”).
    “/” between number and symbol and “-” between groups, with no spaces; no dots.

    ## Vì sao (Why)
    Phụ lục I, mục II.3.c: “Giữa số và ký hiệu văn bản có dấu gạch chéo (/), giữa các nhóm chữ
    viết tắt trong ký hiệu văn bản có dấu gạch nối (-), không cách chữ”. Ký hiệu sai dấu làm
    tra cứu, trích dẫn văn bản không khớp.
    PL I, II.3.c; wrong separators break look-ups and citations.

    ## Ví dụ sai (Bad)
        Số: 32 /QĐ- UBND
        Số: 15/TTĐ.BMC

    ## Ví dụ đúng (Good)
        Số: 32/QĐ-UBND
        Số:      /QĐ-UBND   (dự thảo: số để trống)

    ## Tự sửa (Fix)
    Có, an toàn với khoảng trắng thừa (bỏ khoảng trắng). Dấu chấm thay bằng gạch nối: đề xuất,
    không tự sửa vì ký hiệu do cơ quan quy định. (Yes, safe for spaces; dots: suggestion only.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Khoảng trắng trước “/” khi số để trống trong dự thảo (“Số:      /QĐ-UBND”) là đúng.
    Văn bản của Đảng và văn bản quy phạm pháp luật không áp dụng. Blank numbers in drafts keep
    their spaces; Party and normative documents are out of scope.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3.c
    """

    code = "VB112"
    name = "number-separator-wrong"
    summary = "Số, ký hiệu: “/” và “-” không cách chữ, không dùng dấu chấm giữa các nhóm"
    summary_en = "Number: “/” and “-” without spaces, no dots between groups"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3.c"

    def check(self, ctx: Context) -> Iterator[Finding]:
        number = number_of(ctx)
        if number is None or not number.sym:
            return
        para = number.para
        base = number.sym_span[0]
        sym = para.text[number.sym_span[0] : number.sym_span[1]]
        for m in _SPACED.finditer(sym):
            if m.group(0) == m.group(1):
                continue
            if m.start() == 0 and number.so is None and not m.group(0).endswith((" ", "\t")):
                continue  # blank draft number: "Số:      /QĐ-UBND"
            lo, hi = base + m.start(), base + m.end()
            if m.start() == 0 and number.so is None:
                lo = base + m.start() + m.group(0).index(m.group(1))
            sep = m.group(1)
            yield self.finding(
                ctx,
                vi=f"Có khoảng trắng quanh dấu “{sep}” trong ký hiệu “{sym.strip()}”; các dấu "
                "“/” và “-” phải viết liền, không cách chữ.",
                en=f"Spaces around “{sep}” in the symbol “{sym.strip()}”; “/” and “-” take no "
                "spaces.",
                location=self.at(para, lo, hi, part="so_ky_hieu"),
                fix=Fix(
                    title=ctx.t(
                        f"Bỏ khoảng trắng quanh “{sep}”", f"Remove the spaces around “{sep}”"
                    ),
                    replacement=sep,
                ),
            )
        for m in _DOT.finditer(sym):
            pos = base + m.start()
            yield self.finding(
                ctx,
                vi=f"Ký hiệu “{sym.strip()}” dùng dấu chấm giữa các nhóm chữ viết tắt; phải "
                "dùng dấu gạch nối (-).",
                en=f"The symbol “{sym.strip()}” uses “.” between groups; use a hyphen (-).",
                location=self.at(para, pos, pos + 1, part="so_ky_hieu"),
                fix=Fix(
                    title=ctx.t(
                        "Thay dấu chấm bằng gạch nối", "Replace the full stop with a hyphen"
                    ),
                    replacement="-",
                    safe=False,
                ),
            )
