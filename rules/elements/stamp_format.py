"""VB171 stamp-format."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import (
    PL1,
    StateRule,
    all_fmt,
    is_upper_text,
    norm,
    num,
    num_en,
    range_en,
    range_vi,
    rng,
    sizes,
    within,
)


class StampFormat(StateRule):
    """Dấu chỉ độ mật, mức độ khẩn, phạm vi lưu hành trình bày sai.
    (Secrecy, urgency or circulation mark laid out wrongly.)

    ## Kiểm tra gì (What it checks)
    Các dòng "HỎA TỐC", "THƯỢNG KHẨN", "KHẨN", "MẬT", "TỐI MẬT", "TUYỆT MẬT", "LƯU HÀNH NỘI BỘ",
    "XEM XONG TRẢ LẠI" gõ trong văn bản (không phải con dấu đóng tay): chữ in hoa, đậm, cỡ
    13–14.
    Typed urgency, secrecy and circulation marks: upper case, bold, 13–14 pt.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.2–III.3 và bảng V, dòng 10, 13: dấu chỉ mức độ
    khẩn và chỉ dẫn phạm vi lưu hành "trình bày bằng chữ in hoa, phông chữ Times New Roman, cỡ
    chữ từ 13 đến 14, kiểu chữ đứng, đậm".
    ND 30 III.2–3, Table V rows 10 and 13.

    ## Ví dụ sai (Bad)
        Khẩn   (chữ thường, không đậm)

    ## Ví dụ đúng (Good)
        KHẨN   (in hoa, đậm, cỡ 13)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Danh sách và cỡ chữ: `body.stamps`.

    ## Ngoại lệ (When not to apply)
    Dấu đóng bằng con dấu (hình ảnh), dòng nằm trong câu văn; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.2, III.3; mục V (bảng, dòng 10, 13)
    """

    code = "VB171"
    name = "stamp-format"
    summary = "Dấu mật, khẩn, phạm vi lưu hành: in hoa, đậm, cỡ 13–14"
    summary_en = "Secrecy, urgency and circulation marks: upper case, bold, 13–14 pt"
    severity = Severity.ERROR
    source = f"{PL1}, mục III.2, III.3"
    table = "body.stamps"

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        words = {
            norm(w).upper()
            for key in ("urgency", "secrecy", "circulation")
            for w in data.get(key, [])
        }
        pair = rng(data.get("size_pt"))
        if not words:
            return
        # ``norm`` only joins white space, so a line with more words than the longest mark
        # cannot be one (cheap: most lines are sentences, not worth normalising).
        most = max(len(w.split()) for w in words)
        paras: list[Paragraph] = [*ctx.doc.paragraphs[:40], *ctx.doc.textboxes]
        for para in paras:
            text = para.stripped
            if len(text.split(None, most)) > most or norm(text).upper() not in words:
                continue
            vi: list[str] = []
            en: list[str] = []
            if not is_upper_text(para.stripped):
                vi.append("không in hoa")
                en.append("not upper case")
            if ctx.doc.has_formatting:
                if all_fmt(para, "bold") is False:
                    vi.append("không đậm")
                    en.append("not bold")
                bad = [s for s in sizes(para) if pair and not within(s, pair)]
                if bad:
                    vi.append(f"cỡ {num(bad[0])} pt")
                    en.append(f"{num_en(bad[0])} pt")
            if vi and pair:
                yield self.finding(
                    ctx,
                    vi=f"Dấu “{para.stripped}” {', '.join(vi)}; phải in hoa, đậm, cỡ "
                    f"{range_vi(pair)}.",
                    en=f"Mark “{para.stripped}” is {', '.join(en)}; it must be upper case, bold, "
                    f"{range_en(pair)}.",
                    location=self.at(para),
                )
