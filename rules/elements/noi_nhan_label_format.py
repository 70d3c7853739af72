"""VB165 noi-nhan-label-format."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._recipients import NOI_NHAN_LABEL, noi_nhan_block
from rules.layout._common import PL1, StateRule, num, num_en


class NoiNhanLabelFormat(StateRule):
    """Chữ "Nơi nhận" thiếu dấu hai chấm, sai cỡ hoặc không nghiêng đậm.
    ("Nơi nhận" label without a colon, or not 12 pt bold italic.)

    ## Kiểm tra gì (What it checks)
    Chữ "Nơi nhận" có dấu hai chấm, cỡ 12, in nghiêng và đậm.
    The label has a colon and is 12 pt, bold, italic.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.b và bảng V, dòng 8b: "Nơi nhận" "được trình
    bày trên một dòng riêng…, sau có dấu hai chấm, bằng chữ in thường, cỡ chữ 12, kiểu chữ
    nghiêng, đậm".
    ND 30 and Table V row 8b (a fixed size).

    ## Ví dụ sai (Bad)
        Nơi nhận   (cỡ 14, không nghiêng)

    ## Ví dụ đúng (Good)
        ***Nơi nhận:***   (cỡ 12, nghiêng, đậm)

    ## Tự sửa (Fix)
    Có, an toàn, với dấu hai chấm. Định dạng: không. (Yes, safe, for the colon.)

    ## Tùy chọn (Options)
    Không có. (None.) `noi_nhan.label_size_pt`, `label_bold`, `label_italic`.

    ## Ngoại lệ (When not to apply)
    Định dạng không xác định; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.b; mục V (bảng, dòng 8b)
    """

    code = "VB165"
    name = "noi-nhan-label-format"
    summary = "“Nơi nhận:” cỡ 12, nghiêng, đậm, có dấu hai chấm"
    summary_en = "“Nơi nhận:” 12 pt bold italic with a colon"
    severity = Severity.ERROR
    fixable = True
    source = f"{PL1}, mục II.9.b"
    table = "noi_nhan"

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        label, _, _ = noi_nhan_block(ctx)
        if label is None:
            return
        m = NOI_NHAN_LABEL.match(label.text)
        if m and not m.group(2):
            yield self.finding(
                ctx,
                vi="Sau “Nơi nhận” thiếu dấu hai chấm; phải viết “Nơi nhận:”.",
                en="No colon after “Nơi nhận”; write “Nơi nhận:”.",
                location=self.at(label.para, label.start + m.start(1), label.start + m.end(1)),
                fix=Fix(
                    title=ctx.t("Thêm dấu hai chấm", "Add a colon"),
                    replacement=m.group(1) + ":",
                    safe=True,
                ),
            )
        if not ctx.doc.has_formatting:
            return
        vi: list[str] = []
        en: list[str] = []
        want = data.get("label_size_pt")
        bad = sorted(s for s in label.sizes() if want is not None and abs(s - float(want)) > 0.01)
        if bad:
            vi.append("cỡ " + ", ".join(num(s) for s in bad) + " pt")
            en.append(", ".join(num_en(s) for s in bad) + " pt")
        if data.get("label_bold") and label.all_fmt("bold") is False:
            vi.append("không đậm")
            en.append("not bold")
        if data.get("label_italic") and label.all_fmt("italic") is False:
            vi.append("không nghiêng")
            en.append("not italic")
        if vi:
            size = f"cỡ {num(float(want))}, " if want is not None else ""
            size_en = f"{num_en(float(want))} pt, " if want is not None else ""
            yield self.finding(
                ctx,
                vi=f"Chữ “Nơi nhận” {', '.join(vi)}; phải {size}nghiêng, đậm.",
                en=f"The “Nơi nhận” label is {', '.join(en)}; it must be {size_en}bold italic.",
                location=self.at(label.para, label.start, label.end),
            )
