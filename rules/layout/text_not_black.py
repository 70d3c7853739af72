"""VB205 text-not-black."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule, cap, letter_runs


def _is_black(color: str | None, near: int) -> bool:
    if color is None or color.lower() in ("auto", "000000"):
        return True
    try:
        value = int(color, 16)
    except ValueError:
        return True  # a theme colour name the reader could not resolve: not known
    r, g, b = value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF
    return max(r, g, b) <= near


class TextNotBlack(FamilyRule):
    """Chữ không phải màu đen.
    (Text colour is not black.)

    ## Kiểm tra gì (What it checks)
    Chữ trong văn bản phải màu đen (màu tự động hoặc 000000). Báo các đoạn có chữ màu khác,
    kể cả siêu liên kết màu xanh.
    Text must be black (automatic or 000000); hyperlinks in blue are reported too.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4: phông Times New Roman "màu đen". Chỉ hình
    ảnh chữ ký (xanh), dấu (đỏ), dấu mức độ khẩn (đỏ tươi) có màu, và đó là hình, không phải chữ.
    Only the signature, seal and urgency stamp images are coloured, and they are images.

    ## Ví dụ sai (Bad)
        Một câu được tô chữ đỏ FF0000 để nhấn mạnh

    ## Ví dụ đúng (Good)
        Toàn bộ chữ màu tự động (đen)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `font.black` bật quy tắc; `font.near_black_max` là giá trị kênh màu
    tối đa vẫn coi là đen (xám rất đậm).

    ## Ngoại lệ (When not to apply)
    Xám rất đậm (in ra như đen); màu chủ đề không xác định được; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4
    """

    code = "VB205"
    name = "text-not-black"
    summary = "Chữ phải màu đen"
    summary_en = "Text must be black"
    severity = Severity.ERROR
    source = f"{PL1}, mục I.4"
    table = "font"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        if not data.get("black"):
            return
        near = int(data.get("near_black_max", 0))
        paras: list[Paragraph] = [*ctx.doc.paragraphs, *ctx.doc.textboxes]
        yield from cap(ctx, self._scan(ctx, paras, near))

    def _scan(self, ctx: Context, paras: list[Paragraph], near: int) -> Iterator[Finding]:
        for para in paras:
            bad = [r for r in letter_runs(para) if not _is_black(r.format.color, near)]
            if not bad:
                continue
            colours = ", ".join(dict.fromkeys(str(r.format.color) for r in bad))
            yield self.finding(
                ctx,
                vi=f"Chữ màu {colours}; phải màu đen.",
                en=f"Text colour {colours}; must be black.",
                location=self.at(para, bad[0].start, bad[-1].end),
                severity=self.sev(ctx),
            )
