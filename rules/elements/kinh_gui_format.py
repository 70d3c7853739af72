"""VB157 kinh-gui-format."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import ADMIN_TYPES
from rules.elements._recipients import kinh_gui_paragraphs
from rules.layout._common import (
    PL1,
    StateRule,
    any_fmt,
    cap,
    letter_runs,
    num,
    num_en,
    range_en,
    range_vi,
    rng,
    sizes,
    within,
)


class KinhGuiFormat(StateRule):
    """ "Kính gửi" và tên nơi nhận sai cỡ chữ, in nghiêng hoặc in đậm.
    ("Kính gửi" block in the wrong size, italic or bold.)

    ## Kiểm tra gì (What it checks)
    Dòng "Kính gửi" và tên các cơ quan, cá nhân nhận: cỡ chữ 13–14, kiểu chữ đứng (lỗi);
    không in đậm (cảnh báo).
    The Kính gửi line and its recipients: 13–14 pt, upright (errors); not bold (a warning).

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.a và bảng V, dòng 8a: "Kính gửi" và tên cơ
    quan, tổ chức hoặc cá nhân được trình bày "bằng chữ in thường, cỡ chữ từ 13 đến 14, kiểu
    chữ đứng". Bảng V ghi "Đứng" mà không ghi "đậm" như ở các thành phần in đậm (Quốc hiệu,
    tên cơ quan ban hành, trích yếu): "Kính gửi" in đậm trái mẫu, nhưng văn bản không nói
    thẳng "không đậm" nên chỉ cảnh báo.
    ND 30 and Table V row 8a; the table gives "đứng" without the "đậm" it writes for every
    bold element, so a bold Kính gửi is a warning (the decree does not say "not bold" outright).

    ## Ví dụ sai (Bad)
        Kính gửi: Bộ Nội vụ   (cỡ 12, in nghiêng)
        **Kính gửi:** Bộ Nội vụ   (in đậm: cảnh báo)

    ## Ví dụ đúng (Good)
        Kính gửi: Bộ Nội vụ   (cỡ 14, chữ đứng)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `kinh_gui.size_pt` trong dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Định dạng không xác định; văn bản không có định dạng; văn bản quy phạm pháp luật. Chữ đậm
    chỉ xét ở văn bản thuộc 29 loại văn bản hành chính (phiếu trình và mẫu nội bộ khác theo mẫu
    riêng). Unknown formatting, plain text, normative documents; bold is judged only in the 29
    administrative types (internal forms such as a phiếu trình follow their own template).

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.a; mục V (bảng, dòng 8a)
    """

    code = "VB157"
    name = "kinh-gui-format"
    summary = "Kính gửi: cỡ chữ 13–14, chữ đứng"
    summary_en = "Kính gửi: 13–14 pt, upright"
    severity = Severity.ERROR
    source = f"{PL1}, mục II.9.a"
    table = "kinh_gui"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        pair = rng(self.data(ctx).get("size_pt"))
        if pair is None:
            return
        yield from cap(ctx, self._scan(ctx, pair))

    def _scan(self, ctx: Context, pair: tuple[float, float]) -> Iterator[Finding]:
        for para in kinh_gui_paragraphs(ctx):
            bad_sizes = sorted(s for s in sizes(para) if not within(s, pair))
            vi, en = [], []
            if bad_sizes:
                vi.append("cỡ " + ", ".join(num(s) for s in bad_sizes) + " pt")
                en.append(", ".join(num_en(s) for s in bad_sizes) + " pt")
            if any_fmt(para, "italic"):
                vi.append("in nghiêng")
                en.append("italic")
            if vi:
                yield self.finding(
                    ctx,
                    vi=f"Dòng Kính gửi {', '.join(vi)}; phải cỡ {range_vi(pair)}, chữ đứng.",
                    en=f"Kính gửi line is {', '.join(en)}; it must be {range_en(pair)}, upright.",
                    location=self.at(para),
                )
            if any_fmt(para, "bold") and ctx.anatomy.doc_type in ADMIN_TYPES:
                bold = [r for r in letter_runs(para) if r.format.bold]
                shown = para.text[bold[0].start : bold[-1].end].strip()
                yield self.finding(
                    ctx,
                    vi=f"Dòng Kính gửi in đậm (“{shown[:40]}”); bảng V quy định chữ in thường, "
                    "kiểu chữ đứng, không đậm.",
                    en=f"The Kính gửi line is bold (“{shown[:40]}”); Table V gives lower case, "
                    "upright, not bold.",
                    location=self.at(para, bold[0].start, bold[-1].end),
                    severity=Severity.WARNING,
                )
