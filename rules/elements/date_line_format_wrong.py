"""VB122: the place-and-date line is not italic (not bold), size 13-14."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import (
    Centred,
    Size,
    StateElementRule,
    Style,
    date_of,
    visible_runs,
)

_LOOK = (
    Size(
        "size_pt",
        vi="Dòng địa danh, ngày tháng cỡ chữ {got}, phải cỡ {want}.",
        en="The place-and-date line is in size {got}; expected {want}.",
    ),
    Style(
        "italic",
        True,
        "italic",
        vi="Dòng địa danh, ngày tháng không in nghiêng; phải là chữ nghiêng.",
        en="The place-and-date line is not italic; it must be italic.",
    ),
    Style(
        "bold",
        False,
        "bold",
        vi="Dòng địa danh, ngày tháng in đậm; phải là chữ nghiêng, không đậm.",
        en="The place-and-date line is bold; it must be italic, not bold.",
    ),
)
_CENTRED = Centred(
    vi="Dòng địa danh, ngày tháng căn lề “{align}”; phải canh giữa dưới Quốc hiệu và Tiêu ngữ.",
    en="The place-and-date line is aligned “{align}”; it must be centred under the national "
    "title and motto.",
    alone=True,
)
# Leading spaces position the line by hand: its alignment says nothing about where it prints.
_SPACED = re.compile(r"[ \u00a0]{2,}$")


class DateLineFormatWrong(StateElementRule):
    """Dòng địa danh, ngày tháng không in nghiêng, in đậm, hoặc sai cỡ chữ.
    (The place-and-date line is not italic, is bold, or has the wrong size.)

    ## Kiểm tra gì (What it checks)
    Dòng địa danh và thời gian ban hành: chữ in thường, cỡ 13 đến 14, kiểu chữ nghiêng, không
    đậm, canh giữa dưới Quốc hiệu và Tiêu ngữ. In đậm hoặc không nghiêng là lỗi hay gặp.
    The place-and-date line must be size 13–14, italic, not bold, centred under the national
    title and motto.

    ## Vì sao (Why)
    Phụ lục I, mục II.4.c và bảng mục V dòng 4: “được trình bày … bằng chữ in thường, cỡ chữ từ
    13 đến 14, kiểu chữ nghiêng”, đặt canh giữa dưới Quốc hiệu và Tiêu ngữ.
    PL I, II.4.c; table V row 4.

    ## Ví dụ sai (Bad)
        **Lâm Đồng, ngày 05 tháng 01 năm 2026**   (đậm, đứng)
        *Lâm Đồng, ngày 05 tháng 01 năm 2026*   (căn phải)

    ## Ví dụ đúng (Good)
        *Lâm Đồng, ngày 05 tháng 01 năm 2026*   (nghiêng, cỡ 14)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản thuần, văn bản của Đảng, văn bản quy phạm pháp luật. Không xét canh giữa khi dòng
    được dàn bằng phím Tab hoặc dấu cách (cùng đoạn với số, ký hiệu, hay đẩy vào bằng dấu cách)
    hoặc canh lề không xác định được. Plain-text, Party and normative documents; centring is not
    judged on a line laid out with tabs or spaces, or with an unknown alignment.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.c; mục V (bảng, dòng 4)
    """

    code = "VB122"
    name = "date-line-format-wrong"
    summary = "Dòng địa danh, ngày tháng: cỡ 13–14, nghiêng, không đậm"
    summary_en = "Place-and-date line: size 13–14, italic, not bold"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.c"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        date = date_of(ctx)
        if date is None:
            return
        para = date.para
        runs = visible_runs(para, date.start, date.end)
        if not runs:
            return
        loc = self.at(para, date.start, date.end, part="dia_danh_ngay_thang")
        checks = [*_LOOK] if _SPACED.search(para.text[: date.start]) else [*_LOOK, _CENTRED]
        yield from self.typography(
            ctx, checks, self.data(ctx, "date_line"), runs, loc, para, (date.start, date.end)
        )
