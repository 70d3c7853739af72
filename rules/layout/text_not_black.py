"""VB205 text-not-black."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule, cap, letter_runs, norm

# Marks exempt from "màu đen": the urgency mark, which PL I, III.2 prescribes in bright red
# ("màu đỏ tươi"), and the secrecy mark, whose presentation PL I, III.2 leaves to the law on
# state secrets (spec §4.10), not to the black text of I.4. Only a line of the document's
# opening that reads exactly one of the marks is taken for one, as in VB171.
_MARK_KEYS = ("urgency", "secrecy")
_MARK_SCAN = 40


def _rgb(color: str | None) -> tuple[int, int, int] | None:
    if color is None or color.lower() == "auto":
        return 0, 0, 0
    try:
        value = int(color, 16)
    except ValueError:
        return None  # a theme colour name the reader could not resolve: not known
    return value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF


def _is_black(color: str | None, near: int) -> bool:
    rgb = _rgb(color)
    return rgb is None or max(rgb) <= near


def _is_red(color: str | None) -> bool:
    """Red as Word offers it (FF0000, C00000, EE0000 …): a strong red channel, little else."""
    rgb = _rgb(color)
    return rgb is not None and rgb[0] >= 0xB0 and max(rgb[1], rgb[2]) <= 0x50


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
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4; mục III.2 (dấu mật, dấu khẩn)
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

    @staticmethod
    def _red_marks(ctx: Context) -> set[int]:
        """ids of the paragraphs that hold an urgency or secrecy mark alone (red allowed)."""
        stamps = ctx.regime_data.get("body", {}).get("stamps", {})
        words = {norm(w).upper() for key in _MARK_KEYS for w in stamps.get(key, [])}
        if not words:
            return set()
        # ``norm`` only joins white space: a line with more words than the longest mark is
        # not one (most lines are sentences, not worth normalising).
        most = max(len(w.split()) for w in words)
        opening = [*ctx.doc.paragraphs[:_MARK_SCAN], *ctx.doc.textboxes]
        return {
            id(p)
            for p in opening
            if p.stripped
            and len(p.stripped.split(None, most)) <= most
            and norm(p.stripped).upper() in words
        }

    def _scan(self, ctx: Context, paras: list[Paragraph], near: int) -> Iterator[Finding]:
        marks: set[int] | None = None  # found when a coloured run first needs them
        for para in paras:
            bad = [r for r in letter_runs(para) if not _is_black(r.format.color, near)]
            if not bad:
                continue
            if marks is None:
                marks = self._red_marks(ctx)
            if id(para) in marks:
                bad = [r for r in bad if not _is_red(r.format.color)]
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
