"""VB216 body-italic."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.layout._common import (
    PL1,
    FamilyRule,
    all_fmt,
    body_text_paragraphs,
    cap,
    content_paragraphs,
)

# Paragraphs the decree sets in italics or does not cover: căn cứ and "Theo đề nghị …" lines
# (italic in ND 30, II.6.a), a quoted passage, a note in brackets, a note or an instruction
# line ("Ghi chú:", "Lưu ý:"), the "(Kèm theo …)" line, and the HĐND closing line "Nghị quyết
# này đã được Hội đồng nhân dân … thông qua …" (italic in the templates).
_EXEMPT = re.compile(
    r"^(?:[-–+]\s*)?(?:Căn cứ|Theo đề nghị|Xét đề nghị|Ghi chú|Lưu ý|Chú thích|Nguồn:"
    r"|Nghị quyết này đã được|\(|[\"“‘«'])",
    re.IGNORECASE,
)
# Italic lead-ins of the lower heading levels ("a) Đối với tập thể:", "1.1.1. Thể thức") are
# common practice and short: only running text of at least this length is judged.
_MIN_CHARS = 100


def quoted_paragraphs(ctx: Context) -> set[int]:
    """Body paragraphs inside a quotation that runs over several paragraphs: after a paragraph
    that opens a “ without closing it, up to the one that closes it."""
    out: set[int] = set()
    depth = 0
    for para in content_paragraphs(ctx):
        text = para.stripped
        if depth > 0:
            out.add(para.index)
        depth = max(0, depth + text.count("“") - text.count("”"))
    return out


class BodyItalic(FamilyRule):
    """Cả đoạn nội dung in nghiêng.
    (A whole body paragraph in italics.)

    ## Kiểm tra gì (What it checks)
    Lời văn của phần nội dung trình bày kiểu chữ đứng. Quy tắc báo đoạn lời văn mà mọi chữ đều in
    nghiêng; nhấn mạnh vài chữ bằng chữ nghiêng không bị báo.
    Body text is upright; the rule reports a running-text paragraph whose every letter is
    italic (a few italic words for emphasis are not reported).

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e: nội dung "được trình bày bằng chữ in thường,
    được canh đều cả hai lề, kiểu chữ đứng". Văn bản của Đảng: Hướng dẫn 36-HD/VPTW, Phụ lục 3,
    dòng 6 (nội dung cỡ 14–15, chữ đứng).
    ND 30, Appendix I, II.6.e: the body is set "kiểu chữ đứng" (upright); Party documents:
    Guide 36-HD/VPTW, Appendix 3, row 6.

    ## Ví dụ sai (Bad)
        *Sở Nội vụ chủ trì rà soát, báo cáo trước ngày 30/6/2026.*  (cả đoạn in nghiêng)

    ## Ví dụ đúng (Good)
        Sở Nội vụ chủ trì rà soát, báo cáo trước ngày 30/6/2026.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.upright` bật quy tắc cho từng chế độ.

    ## Ngoại lệ (When not to apply)
    Tiêu đề và dòng canh giữa, bảng; đoạn ngắn dưới 100 ký tự hoặc kết thúc bằng dấu hai chấm
    (đề mục cấp dưới in nghiêng theo thói quen soạn thảo); dòng căn cứ, "Theo đề nghị …"; đoạn
    trích dẫn (mở đầu bằng dấu ngoặc kép, hoặc nằm trong đoạn trích nhiều đoạn), ghi chú trong
    ngoặc đơn hoặc mở đầu "Ghi chú", "Lưu ý"; dòng "Nghị quyết này đã được … thông qua"; văn bản
    quy phạm pháp luật. Mức cảnh báo, không phải lỗi: một đoạn trích hay lời chú dẫn in nghiêng
    không phải lúc nào cũng nhận ra được từ văn bản.
    Headings and centred lines, tables; paragraphs under 100 characters or ending with a colon
    (italic lower-level headings are common practice); căn cứ lines; quotations (also a
    quotation running over several paragraphs), notes; the HĐND closing line.
    A warning, not an error: a quoted passage or a note is not always recognisable.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e
    - Hướng dẫn 36-HD/VPTW, Phụ lục 3, dòng 6
    """

    code = "VB216"
    name = "body-italic"
    summary = "Lời văn phần nội dung phải là chữ đứng, không in nghiêng cả đoạn"
    summary_en = "Body text is upright: no whole paragraph in italics"
    severity = Severity.WARNING
    source = f"{PL1}, mục II.6.e"
    table = "body"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not self.data(ctx).get("upright"):
            return
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        skip = {r.paragraph for r in ctx.anatomy.part_list("can_cu")} | quoted_paragraphs(ctx)
        for para in body_text_paragraphs(ctx):
            text = para.stripped
            if para.index in skip or _EXEMPT.match(text):
                continue
            if len(text) < _MIN_CHARS or text.endswith(":"):
                continue
            if all_fmt(para, "italic") is not True:
                continue
            yield self.finding(
                ctx,
                vi="Cả đoạn nội dung in nghiêng; lời văn phần nội dung trình bày kiểu chữ đứng.",
                en="The whole body paragraph is italic; body text is set upright.",
                location=self.at(para),
                severity=self.sev(ctx),
            )
