"""VB212 body-not-justified."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Alignment
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule, body_text_paragraphs, cap

_ALIGN_VI = {"left": "canh trái", "right": "canh phải", "center": "canh giữa"}
_MIN_CHARS = 100  # shorter paragraphs fit on one line, where the alignment does not show


class BodyNotJustified(FamilyRule):
    """Đoạn nội dung không canh đều hai lề.
    (Body paragraph not justified.)

    ## Kiểm tra gì (What it checks)
    Các đoạn lời văn của phần nội dung phải canh đều cả hai lề (Justify). Chỉ xét đoạn dài hơn
    một dòng, vì ở đoạn một dòng cách canh lề không nhìn thấy.
    Running-text paragraphs longer than one line must be justified.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e: phần nội dung "được canh đều cả hai lề".
    ND 30: body text is justified on both margins.

    ## Ví dụ sai (Bad)
        Đoạn văn nhiều dòng canh trái, lề phải lởm chởm

    ## Ví dụ đúng (Good)
        Đoạn văn canh đều hai lề

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.justified` bật quy tắc.

    ## Ngoại lệ (When not to apply)
    Tiêu đề, dòng canh giữa, đoạn một dòng, bảng; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e
    """

    code = "VB212"
    name = "body-not-justified"
    summary = "Đoạn nội dung phải canh đều hai lề"
    summary_en = "Body paragraphs must be justified"
    severity = Severity.ERROR
    source = f"{PL1}, mục II.6.e"
    table = "body"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not self.data(ctx).get("justified"):
            return
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        for para in body_text_paragraphs(ctx):
            align = para.format.alignment
            if align is None or align in (Alignment.JUSTIFY, Alignment.DISTRIBUTE):
                continue
            if len(para.stripped) < _MIN_CHARS:
                continue
            yield self.finding(
                ctx,
                vi=f"Đoạn nội dung {_ALIGN_VI.get(align.value, align.value)}; phải canh đều "
                "hai lề.",
                en=f"Body paragraph aligned {align.value}; it must be justified.",
                location=self.at(para),
                severity=self.sev(ctx),
            )
