"""VB303 space-before-punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.layout._common import LayoutRule, cap, content_paragraphs

_SPACE_PUNCT = re.compile(r"(?<=[^\s.…_(/])( +)([,;:!?)]|\.(?![.\w/]))")
# What every match holds (its last space and the mark): a pattern without look-behind, searched
# fast; the full pattern runs only on the few paragraphs that have it.
_CANDIDATE = re.compile(r" [,;:!?).]")


class SpaceBeforePunctuation(LayoutRule):
    """Dấu cách trước dấu câu.
    (Space before a punctuation mark.)

    ## Kiểm tra gì (What it checks)
    Không có dấu cách ngay trước dấu phẩy, chấm phẩy, hai chấm, chấm, chấm hỏi, chấm than và
    ngoặc đóng.
    No space before , ; : . ? ! and a closing parenthesis.

    ## Vì sao (Why)
    Dấu câu viết liền với chữ đứng trước; dấu cách thừa làm dấu câu có thể rơi xuống đầu dòng
    sau. Nghị định không nêu trực tiếp: đây là gợi ý.
    Punctuation sticks to the preceding word; otherwise it can wrap to the next line.

    ## Ví dụ sai (Bad)
        các sở , ban , ngành ;

    ## Ví dụ đúng (Good)
        các sở, ban, ngành;

    ## Tự sửa (Fix)
    Có, an toàn: xóa dấu cách. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Dấu chấm lửng, chỗ trống để điền "…", dấu "./.", phần đầu văn bản, bảng.

    ## Căn cứ (References)
    - Chính tả tiếng Việt thông dụng (không có điều khoản trong Nghị định 30/2020/NĐ-CP)
    """

    code = "VB303"
    name = "space-before-punctuation"
    summary = "Không có dấu cách trước dấu câu"
    summary_en = "No space before punctuation"
    severity = Severity.INFO
    fixable = True
    source = "Chính tả tiếng Việt (gợi ý)"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from cap(ctx, self._scan(ctx), 5)

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        for para in content_paragraphs(ctx):
            if _CANDIDATE.search(para.text) is None:
                continue
            for m in _SPACE_PUNCT.finditer(para.text):
                mark = m.group(2)
                yield self.finding(
                    ctx,
                    vi=f"Dấu cách trước “{mark}”; dấu câu viết liền với chữ đứng trước.",
                    en=f"Space before “{mark}”; punctuation follows the word directly.",
                    location=self.at(para, *m.span(1)),
                    fix=Fix(
                        title=ctx.t("Xóa dấu cách", "Delete the space"), replacement="", safe=True
                    ),
                )
