"""VB166 noi-nhan-list-format."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._recipients import noi_nhan_block
from rules.layout._common import PL1, Segment, StateRule, num, num_en

_DRAFTER_TAIL = re.compile(r"^\s*-?\s*Lưu\b.*,\s*[^,]*$", re.IGNORECASE | re.DOTALL)


def _sizes(seg: Segment) -> set[float]:
    """Sizes of a recipient line; on the "Lưu" line the drafter's initials after the last comma
    ("- Lưu: VT, NC.Châu") are left out: drafts often set them smaller, and the decree does not
    give their size."""
    if not _DRAFTER_TAIL.match(seg.nfc):
        return seg.sizes()
    cut = seg.start + seg.text.rfind(",")
    return {r.format.size_pt for r in seg.runs() if r.format.size_pt is not None and r.start < cut}


class NoiNhanListFormat(StateRule):
    """Danh sách nơi nhận sai cỡ chữ (phải 11) hoặc in nghiêng.
    (Recipient list not 11 pt, or italic.)

    ## Kiểm tra gì (What it checks)
    Các dòng liệt kê nơi nhận (dưới chữ "Nơi nhận:") cỡ 11, kiểu chữ đứng. Báo một lần cho cả
    danh sách, tại dòng sai đầu tiên.
    The recipient lines are 11 pt, upright; one finding for the list.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.b và bảng V, dòng 8b: phần liệt kê "được trình
    bày bằng chữ in thường, cỡ chữ 11, kiểu chữ đứng".
    ND 30 and Table V row 8b (a fixed size).

    ## Ví dụ sai (Bad)
        - Như trên;   (cỡ 13)

    ## Ví dụ đúng (Good)
        - Như trên;   (cỡ 11)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `noi_nhan.list_size_pt`.

    ## Ngoại lệ (When not to apply)
    Định dạng không xác định; văn bản không có định dạng; văn bản quy phạm pháp luật. Trên dòng
    “Lưu”, phần sau dấu phẩy cuối (ký hiệu người soạn thảo, “- Lưu: VT, NC.Châu”) không xét cỡ
    chữ: nghị định không quy định cỡ của phần này và văn bản thực tế thường để nhỏ hơn.
    On the "Lưu" line the part after the last comma (the drafter's initials) is not size-checked.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.b; mục V (bảng, dòng 8b)
    """

    code = "VB166"
    name = "noi-nhan-list-format"
    summary = "Danh sách nơi nhận cỡ 11, chữ đứng"
    summary_en = "Recipient list 11 pt, upright"
    severity = Severity.ERROR
    source = f"{PL1}, mục II.9.b"
    table = "noi_nhan"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        want = self.data(ctx).get("list_size_pt")
        if want is None:
            return
        want = float(want)
        _, items, _ = noi_nhan_block(ctx)
        wrong_size = [s for s in items if any(abs(z - want) > 0.01 for z in _sizes(s))]
        italic = [s for s in items if s.any_fmt("italic")]
        if wrong_size:
            found = sorted({z for s in wrong_size for z in _sizes(s) if abs(z - want) > 0.01})
            yield self.finding(
                ctx,
                vi=f"Danh sách nơi nhận cỡ {', '.join(num(s) for s in found)} pt "
                f"({len(wrong_size)}/{len(items)} dòng); phải cỡ {num(want)}.",
                en=f"Recipient list in {', '.join(num_en(s) for s in found)} pt "
                f"({len(wrong_size)}/{len(items)} lines); it must be {num_en(want)} pt.",
                location=self.at(wrong_size[0].para, wrong_size[0].start, wrong_size[0].end),
            )
        if italic:
            yield self.finding(
                ctx,
                vi=f"Danh sách nơi nhận in nghiêng ({len(italic)}/{len(items)} dòng); phải "
                "chữ đứng.",
                en=f"Recipient list in italics ({len(italic)}/{len(items)} lines); it must be "
                "upright.",
                location=self.at(italic[0].para, italic[0].start, italic[0].end),
            )
