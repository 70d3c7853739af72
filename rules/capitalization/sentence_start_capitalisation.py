"""VB405 sentence-start-capitalisation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.capitalization._common import capitalised, write_fix
from rules.layout._common import LOWER, StateRule, cap, content_paragraphs

# A sentence end inside a paragraph: ".", "?" or "!" after a word, a bracket or a quote, then a
# space and a lower-case letter. An ellipsis ("...", "…") ends no sentence. (The look-behind
# that checks the character before the mark comes after the mark: a pattern that starts with
# the mark is searched fast.)
_MID = re.compile(r"([.?!])(?<=[\w)”\"][.?!])\s+(?=[" + LOWER + r"])")
# The word before the mark: abbreviations end with "." and are followed by anything ("v.v. và",
# "TP. Đà Lạt", "ThS. Nguyễn", "tr. 5").
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# Labels before a paragraph's first word: "a)", "a.", "1.", "1.2.", "II.", "-", "+", "•".
_LABEL = re.compile(
    r"^(?:[a-zđ][.)]\s*|[ivx]+[.)]\s+|[-+•–]\s*|\d+(?:\.\d+)*[.)]\s+|[IVXLC]+\.\s+|\(\d+\)\s*)"
)
_LOWER_ABBREVIATIONS = frozenset({"tr", "vd", "tp", "tx", "kt", "tm", "tl"})
_FIRST = re.compile(r"[" + LOWER + r"]")
# A paragraph after one that ends a sentence starts a new sentence. After ";", ":" or ","
# (list items that carry one sentence on, a common practice) or no mark at all (a line broken
# mid-sentence) it may go on in lower case.
_SENTENCE_END = (".", "?", "!")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")  # a page number left in a converted text
_NOT_A_WORD = re.compile(r"^\S*(?:@|://|www\.)")  # an e-mail address or a web address


def _abbreviation(word: str) -> bool:
    """ "v.v", "TP", "Tp", "ThS", "tr": a word with dots inside, a short one with a capital, or
    one of the lower-case abbreviations (a Vietnamese syllable is a whole word)."""
    if "." in word or word in _LOWER_ABBREVIATIONS:
        return True
    return len(word) <= 4 and any(c.isupper() for c in word)


def _after_sentence(paragraphs: list[Paragraph], index: int) -> bool:
    """The text before paragraph ``index`` ends a sentence (or there is none): the nearest
    earlier paragraph with text, page numbers left out."""
    for i in range(index - 1, -1, -1):  # (no copy of the list: long texts have thousands)
        text = paragraphs[i].stripped
        if not text or _PAGE_NUMBER.match(text):
            continue
        return text.endswith(_SENTENCE_END) and not text.endswith("..")
    return True


class SentenceStartCapitalisation(StateRule):
    """Chữ đầu câu không viết hoa.
    (A sentence that starts in lower case.)

    ## Kiểm tra gì (What it checks)
    Viết hoa chữ cái đầu âm tiết thứ nhất của câu: sau dấu chấm, chấm hỏi, chấm than và khi
    xuống dòng (đầu đoạn, sau ký hiệu đánh số như "a)", "1.", "-").
    The first syllable of a sentence is capitalised: after ".", "?", "!" and at the start of a
    paragraph (after a numbering label such as "a)", "1.", "-").

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục II, mục I.1 (viết hoa vì phép đặt câu): viết hoa chữ cái đầu
    âm tiết thứ nhất của một câu hoàn chỉnh sau dấu chấm câu, dấu chấm hỏi, dấu chấm than và khi
    xuống dòng.
    ND 30, Appendix II, I.1.

    ## Ví dụ sai (Bad)
        Sở Nội vụ tổng hợp kết quả. các đơn vị gửi báo cáo trước ngày 15/12/2026.

    ## Ví dụ đúng (Good)
        Sở Nội vụ tổng hợp kết quả. Các đơn vị gửi báo cáo trước ngày 15/12/2026.

    ## Tự sửa (Fix)
    Có, an toàn: viết hoa chữ cái đó. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Sau chữ viết tắt ("v.v.", "TP.", "ThS."); sau dấu ba chấm; đầu đoạn khi đoạn trước không kết
    thúc câu (kết thúc bằng ";", ":", "," — các ý liệt kê nối tiếp một câu, thói quen phổ biến —
    hoặc xuống dòng giữa câu); địa chỉ thư điện tử, trang web; bảng; văn bản quy phạm pháp luật.
    Mức cảnh báo.
    After abbreviations and ellipses; a paragraph after one that does not end a sentence (list
    items after ";", ":" or ",", a common practice, or a line broken mid-sentence); e-mail and
    web addresses; tables; normative documents. A warning.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục II, mục I.1
    """

    code = "VB405"
    name = "sentence-start-capitalisation"
    summary = "Viết hoa chữ đầu câu: sau dấu chấm, chấm hỏi, chấm than và đầu dòng"
    summary_en = "Capitalise the start of a sentence and of a paragraph"
    severity = Severity.WARNING
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục I.1"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        paragraphs = ctx.doc.paragraphs
        for para in content_paragraphs(ctx):
            text = para.text
            if para.nfc != text or _PAGE_NUMBER.match(para.stripped):
                continue
            stripped = text.lstrip()
            label = _LABEL.match(stripped)
            at = len(text) - len(stripped) + (label.end() if label else 0)
            if (
                _FIRST.match(text, at)
                and not _NOT_A_WORD.match(text, at)
                and _after_sentence(paragraphs, para.index)
            ):
                yield self._one(ctx, para, at)
            for m in _MID.finditer(text):
                before = _WORD_BEFORE.search(text, 0, m.start(1))
                if before is None or _abbreviation(before.group(1)):
                    continue
                yield self._one(ctx, para, m.end())

    def _one(self, ctx: Context, para: Paragraph, at: int) -> Finding:
        end = at + 1
        while end < len(para.text) and para.text[end].isalpha():
            end += 1
        word = para.text[at:end]
        right = capitalised(word)
        return self.finding(
            ctx,
            vi=f"Câu bắt đầu bằng “{word}” viết thường; viết hoa chữ đầu câu: “{right}”.",
            en=f"The sentence starts with “{word}” in lower case; write “{right}”.",
            location=self.at(para, at, end),
            fix=write_fix(ctx, right),
        )
