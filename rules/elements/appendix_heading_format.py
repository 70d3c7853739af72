"""VB170 appendix-heading-format."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Alignment, Paragraph
from linter.rule import Context
from rules.layout._common import (
    PL1,
    StateRule,
    all_fmt,
    any_fmt,
    is_upper_text,
    line_segments,
    num,
    num_en,
    range_en,
    range_vi,
    rng,
    sizes,
    within,
)

_ATTACHED = re.compile(r"^\(\s*Kèm theo\b", re.IGNORECASE)
LABEL = re.compile(r"^(Phụ lục|PHỤ LỤC|Phụ Lục)(?:\s+(?:số\s+)?([IVXLC]+|\d+))?\s*$")


def appendix_paragraphs(ctx: Context) -> list[tuple[Paragraph, re.Match[str]]]:
    """Main-story "Phụ lục …" label lines (outside tables)."""
    out = []
    for para in ctx.doc.paragraphs:
        if para.cell is None and (m := LABEL.match(para.stripped)):
            out.append((para, m))
    return out


class AppendixHeadingFormat(StateRule):
    """Dòng "Phụ lục" hoặc tiêu đề phụ lục trình bày sai.
    (Appendix label or title laid out wrongly.)

    ## Kiểm tra gì (What it checks)
    Dòng "Phụ lục" và số thứ tự: canh giữa, chữ in thường, cỡ 14, đứng (không nghiêng), đậm; có
    từ hai phụ lục trở lên thì đánh số La Mã. Tiêu đề phụ lục ngay dưới: in hoa, đậm, cỡ 13–14.
    The label is centred, lower case, 14 pt, upright (not italic), bold; two or more appendices
    take Roman numerals; the title below is upper case, bold, 13–14 pt.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.1 và bảng V, dòng 9: "Từ “Phụ lục” và số thứ tự
    của phụ lục được trình bày thành một dòng riêng, canh giữa, bằng chữ in thường, cỡ chữ 14,
    kiểu chữ đứng, đậm"; "Trường hợp có từ 02 phụ lục trở lên thì phải đánh số thứ tự của phụ
    lục bằng chữ số La Mã"; tiêu đề "in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm".
    ND 30 III.1 and Table V row 9.

    ## Ví dụ sai (Bad)
        PHỤ LỤC 1  (in hoa, số Ả Rập khi có hai phụ lục)
        *Phụ lục I*  (in nghiêng)

    ## Ví dụ đúng (Good)
        Phụ lục I / DANH SÁCH THÀNH VIÊN

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.appendix.label_size_pt`, `body.appendix.title_size_pt`.

    ## Ngoại lệ (When not to apply)
    Dòng nằm trong bảng; định dạng không xác định; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.1; mục V (bảng, dòng 9)
    """

    code = "VB170"
    name = "appendix-heading-format"
    summary = "“Phụ lục” cỡ 14 đậm, canh giữa; tiêu đề in hoa đậm; số La Mã"
    summary_en = "Appendix label 14 pt bold centred; title upper case bold; Roman numerals"
    severity = Severity.ERROR
    source = f"{PL1}, mục III.1"
    table = "body.appendix"

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        found = appendix_paragraphs(ctx)
        numbers = [m.group(2) for _, m in found if m.group(2)]
        fmt = ctx.doc.has_formatting
        for para, m in found:
            vi: list[str] = []
            en: list[str] = []
            if is_upper_text(m.group(1)):
                vi.append("in hoa")
                en.append("upper case")
            if len(set(numbers)) >= 2 and m.group(2) and m.group(2).isdigit():
                vi.append("đánh số Ả Rập khi có từ hai phụ lục")
                en.append("Arabic number with two or more appendices")
            if fmt:
                want = data.get("label_size_pt")
                bad = [s for s in sizes(para) if want is not None and abs(s - float(want)) > 0.01]
                if bad:
                    vi.append(f"cỡ {num(bad[0])} pt")
                    en.append(f"{num_en(bad[0])} pt")
                if all_fmt(para, "bold") is False:
                    vi.append("không đậm")
                    en.append("not bold")
                if any_fmt(para, "italic"):
                    vi.append("in nghiêng")
                    en.append("italic")
                if para.format.alignment not in (None, Alignment.CENTER):
                    vi.append("không canh giữa")
                    en.append("not centred")
            if vi:
                up_vi, up_en = ("đứng, ", "upright, ") if "italic" in en else ("", "")
                yield self.finding(
                    ctx,
                    vi=f"Dòng “{para.stripped}” {', '.join(vi)}; phải là “Phụ lục” + số La Mã, "
                    f"canh giữa, chữ in thường, cỡ 14, {up_vi}đậm.",
                    en=f"Appendix label “{para.stripped}” is {', '.join(en)}; it must be "
                    f"“Phụ lục” + Roman numeral, centred, lower case, 14 pt, {up_en}bold.",
                    location=self.at(para),
                )
            yield from self._title(ctx, para, rng(data.get("title_size_pt")), fmt)
            if fmt:
                yield from self._attachment(ctx, para, rng(data.get("attachment_size_pt")))

    def _attachment(
        self, ctx: Context, label: Paragraph, pair: tuple[float, float] | None
    ) -> Iterator[Finding]:
        """The "(Kèm theo … số … ngày … của …)" line under the label and title."""
        near = [p for p in ctx.doc.paragraphs[label.index + 1 : label.index + 5] if p.stripped]
        para = next((p for p in near[:3] if _ATTACHED.match(p.stripped)), None)
        if para is None or para.cell is not None:
            return
        vi: list[str] = []
        en: list[str] = []
        if all_fmt(para, "italic") is False:
            vi.append("không in nghiêng")
            en.append("not italic")
        if para.format.alignment not in (None, Alignment.CENTER):
            vi.append("không canh giữa")
            en.append("not centred")
        bad = [s for s in sizes(para) if pair and not within(s, pair)]
        if bad:
            vi.append(f"cỡ {num(bad[0])} pt")
            en.append(f"{num_en(bad[0])} pt")
        if vi:
            size = f", cỡ {range_vi(pair)}" if pair else ""
            size_en = f", {range_en(pair)}" if pair else ""
            yield self.finding(
                ctx,
                vi=f"Dòng “{para.stripped[:40]}…” {', '.join(vi)}; phải canh giữa, in nghiêng"
                f"{size}.",
                en=f"The line “{para.stripped[:40]}…” is {', '.join(en)}; it must be centred "
                f"and italic{size_en}.",
                location=self.at(para),
            )

    def _title(
        self, ctx: Context, label: Paragraph, pair: tuple[float, float] | None, fmt: bool
    ) -> Iterator[Finding]:
        following = [p for p in ctx.doc.paragraphs[label.index + 1 : label.index + 3] if p.stripped]
        if not following or following[0].cell is not None:
            return
        para = following[0]
        if para.stripped.startswith("("):
            return  # "(Kèm theo …)" directly under the label: no title line
        title = line_segments(para, "all")[0]  # the title line, not a "(Kèm theo …)" below it
        vi: list[str] = []
        en: list[str] = []
        if not is_upper_text(title.text):
            vi.append("không in hoa")
            en.append("not upper case")
        if fmt:
            if title.all_fmt("bold") is False:
                vi.append("không đậm")
                en.append("not bold")
            bad = [s for s in title.sizes() if pair and not within(s, pair)]
            if bad:
                vi.append(f"cỡ {num(bad[0])} pt")
                en.append(f"{num_en(bad[0])} pt")
        if vi:
            size = f", cỡ {range_vi(pair)}" if pair else ""
            yield self.finding(
                ctx,
                vi=f"Tiêu đề phụ lục “{title.text[:40]}” {', '.join(vi)}; phải in hoa, đậm{size}.",
                en=f"Appendix title “{title.text[:40]}” is {', '.join(en)}; it must be upper "
                "case and bold.",
                location=self.at(para, title.start, title.end),
            )
