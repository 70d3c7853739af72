"""VB105: the Tiêu ngữ is not size 13-14, upright bold, centred under the Quốc hiệu."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.elements._header import Centred, Size, StateElementRule, Style

_LOOK = (
    Size(
        "size_pt",
        vi="Tiêu ngữ cỡ chữ {got}, phải cỡ {want}.",
        en="Motto in size {got}; expected {want}.",
    ),
    Style(
        "bold",
        True,
        "bold",
        vi="Tiêu ngữ không in đậm; phải là chữ đứng, đậm.",
        en="Motto not bold; it must be upright bold.",
    ),
    Style(
        "italic",
        False,
        "italic",
        vi="Tiêu ngữ in nghiêng; phải là chữ đứng, đậm.",
        en="Motto in italics; it must be upright bold.",
    ),
    Centred(
        vi="Tiêu ngữ căn lề “{align}”, phải canh giữa dưới Quốc hiệu.",
        en="Motto aligned “{align}”; it must be centred under the national title.",
        alone=True,
        severity=Severity.WARNING,
    ),
)


class TieuNguFormatWrong(StateElementRule):
    """Tiêu ngữ sai cỡ chữ, kiểu chữ hoặc vị trí.
    (The motto has the wrong size, style or position.)

    ## Kiểm tra gì (What it checks)
    Tiêu ngữ: cỡ chữ 13 đến 14, đứng, đậm, canh giữa dưới Quốc hiệu, cách Quốc hiệu dòng đơn
    (không có dòng trống ở giữa). Gạch chân chính dòng chữ (thay cho đường kẻ bên dưới) được
    nhắc ở mức gợi ý.
    The motto must be size 13–14, upright bold, centred right under the national title with
    no blank line between them; underlining the motto itself is an info-level hint.

    ## Vì sao (Why)
    Phụ lục I, mục II.1.b: Tiêu ngữ “cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm và ở liền phía
    dưới Quốc hiệu … được canh giữa dưới Quốc hiệu”; “Hai dòng chữ Quốc hiệu và Tiêu ngữ được
    trình bày cách nhau dòng đơn”.
    PL I, II.1.b.

    ## Ví dụ sai (Bad)
        Độc lập - Tự do - Hạnh phúc   (cỡ 12, không đậm, căn trái)

    ## Ví dụ đúng (Good)
        Độc lập - Tự do - Hạnh phúc   (cỡ 14, đậm, canh giữa)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Căn lề chỉ được kiểm tra khi đoạn chỉ chứa Tiêu ngữ (đoạn dùng tab để đặt vị trí thì bỏ
    qua), và chỉ cảnh báo. Alignment is only checked when the paragraph holds the motto alone
    (no tabs), as a warning. Plain-text, Party and normative documents are out of scope.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.b; mục V (bảng, dòng 1)
    """

    code = "VB105"
    name = "tieu-ngu-format-wrong"
    summary = "Tiêu ngữ phải cỡ 13–14, đứng, đậm, canh giữa dưới Quốc hiệu"
    summary_en = "The motto must be size 13–14, upright bold, centred under the national title"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.b"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        el = self.element(ctx, "tieu_ngu")
        if el is None or not (runs := el.runs):
            return
        para, loc = el.para, el.location
        data = self.data(ctx, "tieu_ngu")
        yield from self.typography(ctx, _LOOK, data, runs, loc, para, (el.start, el.end))
        if all(r.format.underline not in (None, "none") for r in runs):
            yield self.finding(
                ctx,
                vi="Tiêu ngữ được gạch chân bằng định dạng chữ; nên dùng đường kẻ nét liền bên "
                "dưới dòng chữ.",
                en="The motto is underlined as text; use a solid line below it instead.",
                location=loc,
                severity=Severity.INFO,
            )
        yield from self._blank_line_between(ctx, el.ref.paragraph, el.ref.story, loc)

    def _blank_line_between(
        self, ctx: Context, tn_index: int, story: str | None, loc: Location
    ) -> Iterator[Finding]:
        qh = ctx.anatomy.part("quoc_hieu")
        if qh is None or qh.story != story or qh.paragraph >= tn_index:
            return
        pool = ctx.doc.textboxes if story == "textbox" else ctx.doc.paragraphs
        between = [p for p in pool if qh.paragraph < p.index < tn_index]
        if between and all(not p.stripped for p in between):
            yield self.finding(
                ctx,
                vi="Có dòng trống giữa Quốc hiệu và Tiêu ngữ; hai dòng phải cách nhau dòng đơn.",
                en="A blank line separates the national title and the motto; they must follow "
                "each other at single spacing.",
                location=loc,
            )
