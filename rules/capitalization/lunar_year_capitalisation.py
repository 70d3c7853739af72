"""VB407 lunar-year-capitalisation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.capitalization._common import capitalised, running_text_paragraphs, write_fix
from rules.layout._common import StateRule, cap

# The ten stems and twelve branches, with their spelling variants; a year name pairs a stem and
# a branch of the same parity (Giáp Tý, Ất Sửu … Quý Hợi: sixty names).
_STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ|kỉ", "canh", "tân", "nhâm", "quý|quí")
_BRANCHES = (
    "tý|tí",
    "sửu",
    "dần",
    "mão|mẹo",
    "thìn",
    "tỵ|tị",
    "ngọ",
    "mùi",
    "thân",
    "dậu",
    "tuất",
    "hợi",
)
_STEM_INDEX = {v: i for i, s in enumerate(_STEMS) for v in s.split("|")}
_BRANCH_INDEX = {v: i for i, s in enumerate(_BRANCHES) for v in s.split("|")}
_PAIR = re.compile(
    r"(?<!\w)(" + "|".join(_STEM_INDEX) + r")(\s+)(" + "|".join(_BRANCH_INDEX) + r")(?!\w)",
    re.IGNORECASE,
)
# A year name as written by the rule (both syllables capitalised), for other rules' contexts.
YEAR_NAME = re.compile(
    "(?:"
    + "|".join(capitalised(s) for s in _STEM_INDEX)
    + r")\s+(?:"
    + "|".join(capitalised(b) for b in _BRANCH_INDEX)
    + r")(?!\w)"
)
# The name stands as a year: after "năm", "Xuân", "Tết"/"tết" or "Nguyên đán", or before the
# Gregorian year ("Bính Ngọ 2026", "Bính Ngọ - 2026"). Without such a word the two syllables are
# left alone ("canh tân", "tân thân" are not judged).
_BEFORE = re.compile(r"(?:năm|xuân|tết|nguyên đán)[\s,]*$", re.IGNORECASE)
_AFTER = re.compile(r"\s*(?:[-–(]\s*)?(?:năm\s+)?\d{4}(?!\d)")


class LunarYearCapitalisation(StateRule):
    """Tên năm âm lịch không viết hoa đủ các âm tiết.
    (A lunar year name not capitalised on every syllable.)

    ## Kiểm tra gì (What it checks)
    Tên năm âm lịch (can chi) viết hoa chữ cái đầu của tất cả các âm tiết: "Bính Ngọ", "Ất Tỵ".
    Quy tắc xét cặp can chi hợp lệ (một trong 60 tên) đứng sau "năm", "Xuân", "Tết", "Nguyên
    đán" hoặc liền trước năm dương lịch ("Bính Ngọ 2026") mà có âm tiết viết thường.
    A lunar year name (one of the sixty stem-branch pairs) after "năm", "Xuân", "Tết", "Nguyên
    đán" or before the Gregorian year, with a syllable in lower case.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.8.a: tên các năm âm lịch viết hoa chữ cái đầu
    của tất cả các âm tiết tạo thành tên gọi (ví dụ "Kỷ Tỵ", "Tân Hợi", "Mậu Tuất").
    ND 30, Appendix II, V.8.a: every syllable of a lunar year name is capitalised.

    ## Ví dụ sai (Bad)
        Tổ chức Tết Nguyên đán Bính ngọ 2026 vui tươi, lành mạnh, an toàn.

    ## Ví dụ đúng (Good)
        Tổ chức Tết Nguyên đán Bính Ngọ 2026 vui tươi, lành mạnh, an toàn.

    ## Tự sửa (Fix)
    Có, an toàn: viết hoa chữ đầu của cả hai âm tiết. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Hai âm tiết không đứng như tên năm (không có "năm", "Xuân", "Tết" … trước, không có năm dương
    lịch sau); cặp can chi không hợp lệ; văn bản in hoa; bảng; văn bản quy phạm pháp luật. Mức
    cảnh báo.
    Two syllables not standing as a year; an invalid pair; capitals; tables; normative
    documents. A warning.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.8.a
    """

    code = "VB407"
    name = "lunar-year-capitalisation"
    summary = "Viết hoa mọi âm tiết của tên năm âm lịch: “Bính Ngọ”"
    summary_en = "Capitalise every syllable of a lunar year name: “Bính Ngọ”"
    severity = Severity.WARNING
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.8.a"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        for para in running_text_paragraphs(ctx):
            text = para.text
            low = text.lower()
            if not any(b in low for b in _BRANCH_INDEX):  # cheap: most paragraphs name none
                continue
            for m in _PAIR.finditer(text):
                stem, branch = m.group(1), m.group(3)
                if _STEM_INDEX[stem.lower()] % 2 != _BRANCH_INDEX[branch.lower()] % 2:
                    continue
                if stem[0].isupper() and branch[0].isupper():
                    continue
                head = text[max(0, m.start() - 20) : m.start()]
                if not (_BEFORE.search(head) or _AFTER.match(text, m.end())):
                    continue
                yield self._one(ctx, para, m)

    def _one(self, ctx: Context, para: Paragraph, m: re.Match[str]) -> Finding:
        wrong = m.group(0)
        right = capitalised(m.group(1)) + m.group(2) + capitalised(m.group(3))
        return self.finding(
            ctx,
            vi=f"“{wrong}” là tên năm âm lịch; viết hoa chữ đầu của mọi âm tiết: “{right}”.",
            en=f"“{wrong}” is a lunar year name; capitalise every syllable: “{right}”.",
            location=self.at(para, *m.span()),
            fix=write_fix(ctx, right),
        )
