"""VB709: a very long sentence in the body."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from linter.content.tasks import sentences
from linter.finding import Finding, Severity
from linter.rule import Context, Rule
from rules.content._task_common import SOURCE_21, extraction
from rules.layout._common import cap


@dataclass(frozen=True)
class Options:
    max_words: int = 80  # Vietnamese syllables ("từ") per sentence
    max_findings: int = 3  # long sentences reported per document; the last says how many more


class SentenceTooLong(Rule):
    """Câu quá dài trong phần nội dung.
    (A very long sentence in the body.)

    ## Kiểm tra gì (What it checks)
    Đếm số tiếng (âm tiết) của mỗi câu trong phần nội dung; câu dài hơn ``max_words`` (mặc định
    80 tiếng) thì gợi ý tách câu.
    Counts the syllables of each body sentence and suggests splitting those over ``max_words``.
    Chỉ nêu tối đa ``max_findings`` câu mỗi văn bản; câu cuối ghi “(và N câu khác)”.
    At most ``max_findings`` per document; the last one says how many more there are.

    ## Vì sao (Why)
    Kết luận 226-KL/TW, mục 2.1: nội dung văn bản phải “ngắn gọn, súc tích, dễ hiểu”. Câu quá dài
    dễ hiểu sai, khó xác định ai làm việc gì. Long sentences hide who does what.

    ## Ví dụ sai (Bad)
        Một câu hơn 80 tiếng nối nhiều vế bằng dấu phẩy và dấu chấm phẩy …

    ## Ví dụ đúng (Good)
        Mỗi câu một ý; nhiệm vụ tách thành các gạch đầu dòng.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    ``max_words`` (số nguyên, mặc định 80): số tiếng tối đa của một câu.
    ``max_words`` (int, 80): the longest sentence accepted, in syllables.
    ``max_findings`` (số nguyên, mặc định 3): số câu dài nêu tối đa trong một văn bản.
    ``max_findings`` (int, 3): long sentences reported per document.

    ## Ngoại lệ (When not to apply)
    Văn bản quy phạm pháp luật; câu trích dẫn căn cứ (“Căn cứ …”, “Thực hiện …”) vẫn được tính.
    Legal normative documents are skipped.

    ## Căn cứ (References)
    - Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.1, gạch đầu dòng thứ ba
    """

    code = "VB709"
    name = "sentence-too-long"
    summary = "Câu quá dài, nên tách cho ngắn gọn, dễ hiểu"
    summary_en = "A very long sentence; split it"
    severity = Severity.INFO
    source = SOURCE_21
    Options = Options

    def applies(self, ctx: Context) -> bool:
        return super().applies(ctx) and not ctx.anatomy.is_normative

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from cap(
            ctx,
            self._long_sentences(ctx),
            max(1, self.options.max_findings),
            more_vi="câu khác",
            more_en="more long sentences",
        )

    def _long_sentences(self, ctx: Context) -> Iterator[Finding]:
        limit = self.options.max_words
        for block in extraction(ctx).blocks:
            for s, e in sentences(block.text):
                n = len(block.text[s:e].split())
                if n <= limit:
                    continue
                para = ctx.doc.paragraphs[block.paragraph]
                size = len(para.nfc)
                start = min(block.offset + s, size)
                end = min(block.offset + e, size)
                loc = (
                    self.at(para, para.to_original_offset(start), para.to_original_offset(end))
                    if start < end
                    else self.at(para)
                )
                yield self.finding(
                    ctx,
                    vi=f"Câu dài {n} tiếng (quá {limit} tiếng); nên tách thành các câu ngắn, "
                    "mỗi câu một ý.",
                    en=f"A sentence of {n} words (over {limit}); split it into shorter sentences.",
                    location=loc,
                )
