"""VB167 noi-nhan-item-punctuation."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._recipients import LUU, end_span, noi_nhan_block, seg_has_dash
from rules.layout._common import PL1, Segment, StateRule, cap


class NoiNhanItemPunctuation(StateRule):
    """Dòng nơi nhận thiếu gạch đầu dòng hoặc không kết thúc bằng dấu chấm phẩy.
    (Recipient line without "-" or not ending with ";".)

    ## Kiểm tra gì (What it checks)
    Mỗi dòng nơi nhận (trừ dòng "Lưu" cuối cùng) bắt đầu bằng gạch đầu dòng "-" và kết thúc
    bằng dấu chấm phẩy ";".
    Every recipient line but the last "Lưu" line starts with "-" and ends with ";".

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.b: "tên mỗi cơ quan, tổ chức, đơn vị và cá
    nhân hoặc mỗi nhóm… được trình bày trên một dòng riêng, đầu dòng có gạch đầu dòng (-) sát
    lề trái, cuối dòng có dấu chấm phẩy".
    ND 30 prescribes the dash and the semicolon.

    ## Ví dụ sai (Bad)
        - Thường trực Tỉnh ủy,

    ## Ví dụ đúng (Good)
        - Thường trực Tỉnh ủy;

    ## Tự sửa (Fix)
    Có, an toàn: thay hoặc thêm dấu ";" cuối dòng. Thiếu gạch đầu dòng: không tự sửa.
    (Yes, safe, for the semicolon.)

    ## Tùy chọn (Options)
    Không có. (None.) `noi_nhan.item_prefix`, `noi_nhan.item_end`.

    ## Ngoại lệ (When not to apply)
    Dòng "Lưu" (xem VB168); dòng ký hiệu người soạn thảo "PL.(300)"; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.b
    """

    code = "VB167"
    name = "noi-nhan-item-punctuation"
    summary = "Dòng nơi nhận: “-” đầu dòng, “;” cuối dòng"
    summary_en = "Recipient lines: “-” first, “;” at the end"
    severity = Severity.ERROR
    fixable = True
    source = f"{PL1}, mục II.9.b"
    table = "noi_nhan"

    def check(self, ctx: Context) -> Iterator[Finding]:
        end = self.data(ctx).get("item_end")
        if not end:
            return
        _, items, _ = noi_nhan_block(ctx)
        if items and LUU.match(items[-1].nfc):
            items = items[:-1]
        yield from cap(ctx, self._scan(ctx, items, str(end)))

    def _scan(self, ctx: Context, items: list[Segment], end: str) -> Iterator[Finding]:
        for seg in items:
            if LUU.match(seg.nfc):
                continue
            para = seg.para
            if not seg_has_dash(seg):
                yield self.finding(
                    ctx,
                    vi=f"Dòng nơi nhận “{seg.text[:40]}” thiếu gạch đầu dòng “-”.",
                    en=f"Recipient line “{seg.text[:40]}” does not start with “-”.",
                    location=self.at(para, seg.start, seg.end),
                )
            start, stop, got = end_span(seg)
            if got == end:
                continue
            if got:
                vi = (
                    f"Dòng nơi nhận “{seg.text[:40]}” kết thúc bằng “{got}”; "
                    f"phải kết thúc bằng “{end}”."
                )
                en = f"Recipient line ends with “{got}”; it must end with “{end}”."
            else:
                vi = f"Dòng nơi nhận “{seg.text[:40]}” thiếu dấu “{end}” ở cuối."
                en = f"Recipient line has no “{end}” at its end."
            yield self.finding(
                ctx,
                vi=vi,
                en=en,
                location=self.at(para, start, stop),
                fix=Fix(
                    title=ctx.t(f"Kết thúc bằng “{end}”", f"End with “{end}”"),
                    replacement=end,
                    safe=True,
                ),
            )
