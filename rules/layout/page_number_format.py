"""VB208 page-number-format."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.model import Alignment, HeaderFooter, Section
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule, num, num_en, range_en, range_vi, rng, within
from rules.layout._pages import stories


def _field_runs_italic(hf: HeaderFooter) -> bool:
    runs = [r for p in hf.paragraphs for r in p.runs if r.in_field_result and r.text.strip()]
    return bool(runs) and all(r.format.italic for r in runs)


class PageNumberFormat(FamilyRule):
    """Số trang không canh giữa, sai cỡ chữ hoặc in nghiêng.
    (Page number not centred, wrong size, or italic.)

    ## Kiểm tra gì (What it checks)
    Số trang ở đầu trang phải là chữ số Ả Rập (không phải i, ii, iii hay A, B, C), canh giữa, cỡ
    chữ theo chế độ (Nghị định 30: 13–14), kiểu chữ đứng.
    The header page number is in Arabic digits, centred, of the regime's size (ND 30: 13–14
    pt), upright.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.7: số trang "được đánh từ số 1, bằng chữ số Ả Rập,
    cỡ chữ 13 đến 14, kiểu chữ đứng, được đặt canh giữa theo chiều ngang trong phần lề trên của
    văn bản".
    ND 30 prescribes the page number's size, style and position.

    ## Ví dụ sai (Bad)
        Số trang canh phải, cỡ 11; số trang kiểu i, ii, iii

    ## Ví dụ đúng (Good)
        Số trang canh giữa, cỡ 14, chữ đứng

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `page_number.centred`, `page_number.size_pt`, `page_number.italic`,
    `page_number.arabic`.

    ## Ngoại lệ (When not to apply)
    Số trang ở chân trang (báo ở VB206); giá trị không đọc được; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.7
    """

    code = "VB208"
    name = "page-number-format"
    summary = "Số trang bằng chữ số Ả Rập, canh giữa, cỡ 13–14, chữ đứng"
    summary_en = "Page number in Arabic digits, centred, 13–14 pt, upright"
    severity = Severity.ERROR
    source = f"{PL1}, mục I.7"
    table = "page_number"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        pair = rng(data.get("size_pt"))
        seen: set[tuple[object, ...]] = set()
        for sec, hf in stories(ctx.doc, "headers"):
            if not hf.has_page_field:
                continue
            problems_vi: list[str] = []
            problems_en: list[str] = []
            align = hf.page_field_alignment
            if data.get("centred") and align is not None and align != Alignment.CENTER:
                problems_vi.append(f"canh {_ALIGN_VI.get(align.value, align.value)}")
                problems_en.append(f"aligned {align.value}")
            size = hf.page_field_size_pt
            if pair is not None and size is not None and not within(size, pair):
                problems_vi.append(f"cỡ {num(size)} pt")
                problems_en.append(f"{num_en(size)} pt")
            if data.get("italic") is False and _field_runs_italic(hf):
                problems_vi.append("in nghiêng")
                problems_en.append("italic")
            shown = _not_arabic(sec, hf) if data.get("arabic") else None
            if shown:
                problems_vi.append(f"không phải chữ số Ả Rập (kiểu “{shown}”)")
                problems_en.append(f"not in Arabic digits (“{shown}”)")
            key = (tuple(problems_vi), hf.kind, tuple(p.text for p in hf.paragraphs))
            if not problems_vi or key in seen:
                continue
            seen.add(key)
            digits_vi, digits_en = ("chữ số Ả Rập, ", "Arabic digits, ") if shown else ("", "")
            want_vi = f"{digits_vi}canh giữa, chữ đứng" + (f", cỡ {range_vi(pair)}" if pair else "")
            want_en = f"{digits_en}centred, upright" + (f", {range_en(pair)}" if pair else "")
            yield self.finding(
                ctx,
                vi=f"Số trang {', '.join(problems_vi)}; phải {want_vi}.",
                en=f"Page number {', '.join(problems_en)}; must be {want_en}.",
                location=Location(section=sec.index, story="header", excerpt="PAGE"),
                severity=self.sev(ctx),
            )


# w:pgNumType/@w:fmt values that are Arabic digits ("1", "01", "- 1 -")
_ARABIC_FORMATS = ("decimal", "numberInDash")


def _not_arabic(sec: Section, hf: HeaderFooter) -> str | None:
    """The page numbers' format when it is not Arabic digits (the PAGE field's switch first)."""
    if hf.page_field_format:
        return hf.page_field_format
    fmt = sec.page_number_format
    return fmt if fmt and not fmt.startswith(_ARABIC_FORMATS) else None


_ALIGN_VI = {"left": "trái", "right": "phải", "justify": "đều", "distribute": "đều"}
