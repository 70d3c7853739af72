"""VB408 festival-name-capitalisation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.capitalization._common import running_text_paragraphs, write_fix
from rules.capitalization.lunar_year_capitalisation import YEAR_NAME
from rules.layout._common import StateRule, cap

# Names of tết and of the 24 solar terms (tiết), as PL II writes them: the first syllable
# capitalised, the others not ("tết Nguyên đán", "tiết Lập xuân").
_TET = ("Nguyên đán", "Trung thu", "Đoan ngọ", "Nguyên tiêu", "Hàn thực", "Trùng cửu")
_TIET = (
    "Lập xuân",
    "Vũ thủy",
    "Kinh trập",
    "Xuân phân",
    "Thanh minh",
    "Cốc vũ",
    "Lập hạ",
    "Tiểu mãn",
    "Mang chủng",
    "Hạ chí",
    "Tiểu thử",
    "Đại thử",
    "Lập thu",
    "Xử thử",
    "Bạch lộ",
    "Thu phân",
    "Hàn lộ",
    "Sương giáng",
    "Lập đông",
    "Tiểu tuyết",
    "Đại tuyết",
    "Đông chí",
    "Tiểu hàn",
    "Đại hàn",
)
_CANON = {n.lower(): n for n in _TET + _TIET}
_KIND = {n.lower(): "tết" for n in _TET} | {n.lower(): "tiết" for n in _TIET}


def _name_pattern(names: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(n.split()) for n in sorted(names, key=len, reverse=True))


_NAMED = re.compile(
    r"(?<!\w)(tết|tiết)\s+(" + _name_pattern(_TET + _TIET) + r")(?!\w)", re.IGNORECASE
)
# "Tết" standing alone for tết Nguyên đán: after a word that names the time or the doing of it
# ("dịp tết", "trước, trong và sau tết", "đón tết", "nghỉ tết") and followed by no name. After
# "lễ" ("các ngày lễ, tết", "dịp lễ tết") the word is the common noun: not judged.
_ALONE = re.compile(
    r"(?<!\w)(?:dịp|đón|ăn|vui|nghỉ|chúc|quà|sau|trước|trong)\s+(tết)"
    r"(?=\s*(?:[,.;:!?)”\"]|$)|\s+(?:năm\s+)?(?:\d{4}(?!\d)|" + YEAR_NAME.pattern + r"))"
)


class FestivalNameCapitalisation(StateRule):
    """Tên ngày tết, ngày tiết viết hoa sai.
    (A festival or solar-term name with the wrong capitals.)

    ## Kiểm tra gì (What it checks)
    Tên ngày tết và ngày tiết viết hoa chữ cái đầu của âm tiết thứ nhất tạo thành tên gọi: "tết
    Nguyên đán", "tết Trung thu", "tiết Lập xuân". Tên viết thường ("tết nguyên đán") là cảnh
    báo; tên viết hoa cả các âm tiết sau ("Nguyên Đán") là gợi ý; chữ "tết" đứng một mình thay
    cho tết Nguyên đán mà viết thường ("dịp tết", "sau tết") là gợi ý viết "Tết".
    The first syllable of a tết or solar-term name is capitalised: a name in lower case is a
    warning; a name with later syllables capitalised too is a hint; "tết" alone standing for tết
    Nguyên đán in lower case is a hint to write "Tết".

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.8.b: tên các ngày tiết và ngày tết viết hoa chữ
    cái đầu của âm tiết thứ nhất tạo thành tên gọi (ví dụ "tiết Lập xuân", "tết Nguyên đán");
    viết hoa chữ "Tết" khi dùng thay cho một tết cụ thể (như "Tết" thay cho tết Nguyên đán).
    ND 30, Appendix II, V.8.b.

    ## Ví dụ sai (Bad)
        Bảo đảm an ninh trật tự dịp tết nguyên đán; trước, trong và sau tết.

    ## Ví dụ đúng (Good)
        Bảo đảm an ninh trật tự dịp Tết Nguyên đán; trước, trong và sau Tết.

    ## Tự sửa (Fix)
    Có, an toàn: viết tên theo mẫu của Phụ lục II ("Nguyên đán"), hoặc "Tết". (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    "Tết" viết hoa trước tên ("Tết Nguyên đán") không bị báo: theo chữ của Phụ lục II danh từ
    chung "tết" viết thường, nhưng văn bản đã ban hành (kể cả của Chính phủ, Thủ tướng) đều viết
    "Tết Nguyên đán". "tết" chung ("các ngày lễ, tết"); "tiết" không kèm tên tiết ("tiết kiệm",
    "chi tiết"); văn bản in hoa; bảng; văn bản quy phạm pháp luật.
    A capital "Tết" before the name is not reported (issued documents all write it so); the
    common noun "lễ, tết"; "tiết" without a solar-term name; capitals; tables; normative
    documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.8.b
    """

    code = "VB408"
    name = "festival-name-capitalisation"
    summary = "Viết hoa tên ngày tết, ngày tiết: “tết Nguyên đán”, “tiết Lập xuân”, “Tết”"
    summary_en = "Capitalise festival and solar-term names: “tết Nguyên đán”, “Tết”"
    severity = Severity.WARNING
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.8.b"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        for para in running_text_paragraphs(ctx):
            text = para.text
            low = text.lower()
            if "tết" not in low and "tiết" not in low:  # ("kết", "biết" … are no festival)
                continue
            found: list[tuple[int, Finding]] = []
            for m in _NAMED.finditer(text):
                if finding := self._named(ctx, para, m):
                    found.append((m.start(2), finding))
            for m in _ALONE.finditer(text):
                if text[max(0, m.start() - 8) : m.start()].rstrip(" ,").endswith("lễ"):
                    continue
                found.append((m.start(1), self._alone(ctx, para, m)))
            yield from (f for _, f in sorted(found, key=lambda item: item[0]))

    def _named(self, ctx: Context, para: Paragraph, m: re.Match[str]) -> Finding | None:
        written = m.group(2)
        right = _CANON[" ".join(written.lower().split())]
        if " ".join(written.split()) == right or written.isupper():
            return None
        kind = _KIND[right.lower()]
        where = self.at(para, *m.span(2))
        if written[0].islower():
            return self.finding(
                ctx,
                vi=f"Tên ngày {kind} “{written}” viết hoa chữ đầu của âm tiết thứ nhất: "
                f"“{kind} {right}”.",
                en=f"The {kind} name “{written}” capitalises its first syllable: “{right}”.",
                location=where,
                fix=write_fix(ctx, right),
            )
        return self.finding(
            ctx,
            vi=f"Tên ngày {kind} chỉ viết hoa âm tiết thứ nhất: “{right}”, không viết “{written}”.",
            en=f"Only the first syllable of the {kind} name is capitalised: “{right}”, not "
            f"“{written}”.",
            location=where,
            fix=write_fix(ctx, right),
            severity=Severity.INFO,
        )

    def _alone(self, ctx: Context, para: Paragraph, m: re.Match[str]) -> Finding:
        return self.finding(
            ctx,
            vi="“tết” đứng một mình thay cho tết Nguyên đán thì viết hoa: “Tết”.",
            en="“tết” standing alone for tết Nguyên đán is capitalised: “Tết”.",
            location=self.at(para, *m.span(1)),
            fix=write_fix(ctx, "Tết"),
            severity=Severity.INFO,
        )
