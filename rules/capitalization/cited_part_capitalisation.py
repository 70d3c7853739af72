"""VB402 cited-part-capitalisation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.capitalization._common import capitalised, cited_text_paragraphs, write_fix
from rules.layout._common import StateRule, cap

_DOCS = (
    r"(?:của\s+)?(?:Luật|Bộ luật|Nghị định|Thông tư|Quyết định|Nghị quyết|Hiến pháp|Pháp lệnh|"
    r"Chỉ thị|Quy định|Quy chế|Thông tư liên tịch|này)"
)
# "Khoản 2 Điều 5", "Điểm a khoản 2" in mid-sentence → lower case khoản/điểm
_UPPER_SMALL = re.compile(
    r"(?<=[^\W\d_] )(Khoản|Điểm)(?= (?:\d+|[a-zđ])\)? (?:khoản|Khoản|Điều|điều) )"
)
# "khoản 2 điều 5", "điều 5 Luật …", "chương II của Luật …" → capitalise Điều/Chương/Mục
_LOWER_BIG = re.compile(
    r"(?:(?<=khoản \d )|(?<=khoản \d\d )|(?<=[^\W\d_] ))(điều|chương|mục|phần)"
    r"(?= (?:\d+[a-z]?|[IVXLC]+)(?:,? (?:khoản \d+ )?" + _DOCS + r"))"
)

_LOWER_WORDS = ("điều", "chương", "mục", "phần")  # what ``_LOWER_BIG`` captures


class CitedPartCapitalisation(StateRule):
    """Viết hoa sai khi viện dẫn phần, chương, mục, điều, khoản, điểm.
    (Wrong capitals when citing parts, chapters, articles, clauses and points.)

    ## Kiểm tra gì (What it checks)
    Khi viện dẫn một văn bản cụ thể, viết hoa "Phần", "Chương", "Mục", "Tiểu mục", "Điều" và
    viết thường "khoản", "điểm": "điểm a khoản 2 Điều 103 của Bộ luật Hình sự".
    When citing, Phần/Chương/Mục/Điều are capitalised; khoản/điểm are not.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III.6: "Viết hoa chữ cái đầu của phần, chương, mục,
    tiểu mục, điều trong văn bản khi viện dẫn một văn bản cụ thể", ví dụ "Căn cứ điểm a khoản 2
    Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự".
    PL II's own example.

    ## Ví dụ sai (Bad)
        theo Khoản 2 Điều 5; theo khoản 2 điều 5 của Luật này

    ## Ví dụ đúng (Good)
        theo khoản 2 Điều 5 của Luật này

    ## Tự sửa (Fix)
    Có, an toàn: đổi chữ hoa, thường của từ đó. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.) `capitalization.cited_upper`, `capitalization.cited_lower`.

    ## Ngoại lệ (When not to apply)
    Đầu câu, đầu dòng; tiêu đề "Điều 1." của chính văn bản; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III.6
    """

    code = "VB402"
    name = "cited-part-capitalisation"
    summary = "Viện dẫn: viết hoa Điều, Chương, Mục; viết thường khoản, điểm"
    summary_en = "Citations: capital Điều, Chương, Mục; lower-case khoản, điểm"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III.6"
    table = "capitalization"

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not self.data(ctx).get("cited_upper"):
            return
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        for para in cited_text_paragraphs(ctx):
            text = para.text
            # The patterns start with a look-behind (slow to search): run them only where
            # the word they capture is present at all.
            if "Khoản" in text or "Điểm" in text:
                for m in _UPPER_SMALL.finditer(text):
                    word = m.group(1)
                    yield self._one(ctx, para, m, word.lower())
            if not any(w in text for w in _LOWER_WORDS):
                continue
            for m in _LOWER_BIG.finditer(text):
                word = m.group(1)
                yield self._one(ctx, para, m, capitalised(word))

    def _one(self, ctx: Context, para, m: re.Match[str], right: str) -> Finding:  # type: ignore[no-untyped-def]
        word = m.group(1)
        return self.finding(
            ctx,
            vi=f"Viện dẫn viết “{word}”; phải viết “{right}” (viết hoa Phần, Chương, Mục, Điều; "
            "viết thường khoản, điểm).",
            en=f"Citation writes “{word}”; write “{right}” (capital Phần/Chương/Mục/Điều, "
            "lower-case khoản/điểm).",
            location=self.at(para, *m.span(1)),
            fix=write_fix(ctx, right),
        )
