"""VB168 noi-nhan-luu-line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._recipients import LUU, end_span, noi_nhan_block
from rules.layout._common import PL1, StateRule

_LUU_COLON = re.compile(r"(Lưu)(\s*)(:?)", re.IGNORECASE)


class NoiNhanLuuLine(StateRule):
    """Dòng cuối Nơi nhận không phải "- Lưu: VT, … .".
    (The last recipient line is not "- Lưu: VT, … .".)

    ## Kiểm tra gì (What it checks)
    Dòng cuối cùng của Nơi nhận là "- Lưu: VT, <đơn vị soạn thảo>, <số bản>.": có chữ "Lưu",
    dấu hai chấm, chữ viết tắt "VT" (Văn thư) và kết thúc bằng dấu chấm.
    The last line is "- Lưu: VT, <unit>, <copies>." with the colon, "VT" and a final period.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.b: "dòng cuối cùng bao gồm chữ “Lưu” sau có
    dấu hai chấm (:), tiếp theo là chữ viết tắt “VT”, dấu phẩy (,), chữ viết tắt tên đơn vị
    (hoặc bộ phận) soạn thảo văn bản và số lượng bản lưu, cuối cùng là dấu chấm (.)". Thiếu dòng
    Lưu thì không biết bản gốc lưu ở đâu.
    Without it nobody knows where the original is filed.

    ## Ví dụ sai (Bad)
        - Lưu VT, TCCB;

    ## Ví dụ đúng (Good)
        - Lưu: VT, TCCB.

    ## Tự sửa (Fix)
    Có, an toàn: thêm dấu hai chấm sau "Lưu", đổi dấu cuối thành ".". Thiếu cả dòng hoặc thiếu
    "VT": không tự sửa. (Yes, safe, for the colon and the final period.)

    ## Tùy chọn (Options)
    Không có. (None.) `noi_nhan.archive` ("VT").

    ## Ngoại lệ (When not to apply)
    Văn bản không có Nơi nhận; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.b
    """

    code = "VB168"
    name = "noi-nhan-luu-line"
    summary = "Dòng cuối Nơi nhận: “- Lưu: VT, … .”"
    summary_en = "Last recipient line: “- Lưu: VT, … .”"
    severity = Severity.ERROR
    fixable = True
    source = f"{PL1}, mục II.9.b"
    table = "noi_nhan"

    def check(self, ctx: Context) -> Iterator[Finding]:
        archive = self.data(ctx).get("archive")
        if not archive:
            return
        _, items, _ = noi_nhan_block(ctx)
        if not items:
            return
        seg = items[-1]
        last = seg.para
        if not LUU.match(seg.nfc):
            yield self.finding(
                ctx,
                vi=f"Nơi nhận thiếu dòng cuối “- Lưu: {archive}, …”; dòng cuối hiện là "
                f"“{seg.text[:40]}”.",
                en=f"Nơi nhận has no last line “- Lưu: {archive}, …”; it ends with "
                f"“{seg.text[:40]}”.",
                location=self.at(last, seg.start, seg.end),
            )
            return
        m = _LUU_COLON.search(seg.text)
        if m and not m.group(3):
            yield self.finding(
                ctx,
                vi="Sau chữ “Lưu” thiếu dấu hai chấm; phải viết “Lưu: VT, …”.",
                en="No colon after “Lưu”; write “Lưu: VT, …”.",
                location=self.at(last, seg.start + m.start(1), seg.start + m.end(1)),
                fix=Fix(
                    title=ctx.t("Thêm dấu hai chấm", "Add a colon"),
                    replacement=m.group(1) + ":",
                    safe=True,
                ),
            )
        if not re.search(r"\b" + re.escape(str(archive)) + r"\b", seg.text):
            yield self.finding(
                ctx,
                vi=f"Dòng “{seg.text[:40]}” thiếu chữ viết tắt “{archive}” (Văn thư); phải "
                f"viết “- Lưu: {archive}, <đơn vị soạn thảo>.”.",
                en=f"“{seg.text[:40]}” lacks “{archive}” (the records office).",
                location=self.at(last, seg.start, seg.end),
            )
        start, stop, got = end_span(seg)
        if got != ".":
            if got:
                vi = f"Dòng “Lưu” kết thúc bằng “{got}”; phải kết thúc bằng dấu chấm “.”."
                en = f"The “Lưu” line ends with “{got}”; it must end with “.”."
            else:
                vi = "Dòng “Lưu” thiếu dấu chấm “.” ở cuối."
                en = "The “Lưu” line has no full stop “.” at its end."
            yield self.finding(
                ctx,
                vi=vi,
                en=en,
                location=self.at(last, start, stop),
                fix=Fix(
                    title=ctx.t("Kết thúc bằng “.”", "End with “.”"), replacement=".", safe=True
                ),
            )
