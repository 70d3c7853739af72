"""VB208 page-number-format."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.model import Alignment, HeaderFooter
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
    Số trang ở đầu trang phải canh giữa, cỡ chữ theo chế độ (Nghị định 30: 13–14), kiểu chữ
    đứng.
    The header page number is centred, of the regime's size (ND 30: 13–14 pt), upright.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.7: số trang "cỡ chữ 13 đến 14, kiểu chữ đứng,
    được đặt canh giữa theo chiều ngang trong phần lề trên của văn bản".
    ND 30 prescribes the page number's size, style and position.

    ## Ví dụ sai (Bad)
        Số trang canh phải, cỡ 11

    ## Ví dụ đúng (Good)
        Số trang canh giữa, cỡ 14, chữ đứng

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `page_number.centred`, `page_number.size_pt`, `page_number.italic`.

    ## Ngoại lệ (When not to apply)
    Số trang ở chân trang (báo ở VB206); giá trị không đọc được; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.7
    """

    code = "VB208"
    name = "page-number-format"
    summary = "Số trang canh giữa, cỡ 13–14, chữ đứng"
    summary_en = "Page number centred, 13–14 pt, upright"
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
            key = (tuple(problems_vi), hf.kind, tuple(p.text for p in hf.paragraphs))
            if not problems_vi or key in seen:
                continue
            seen.add(key)
            want_vi = "canh giữa, chữ đứng" + (f", cỡ {range_vi(pair)}" if pair else "")
            want_en = "centred, upright" + (f", {range_en(pair)}" if pair else "")
            yield self.finding(
                ctx,
                vi=f"Số trang {', '.join(problems_vi)}; phải {want_vi}.",
                en=f"Page number {', '.join(problems_en)}; must be {want_en}.",
                location=Location(section=sec.index, story="header", excerpt="PAGE"),
                severity=self.sev(ctx),
            )


_ALIGN_VI = {"left": "trái", "right": "phải", "justify": "đều", "distribute": "đều"}
