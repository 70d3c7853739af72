"""VB406 weekday-capitalisation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.capitalization._common import capitalised, write_fix
from rules.layout._common import StateRule, cap, content_paragraphs

_DAY = r"(?:hai|ba|tư|năm|sáu|bảy)"
_DATE = r"(?:\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)"
# "thứ hai" is also the ordinal "second" ("lần thứ hai", "Phần thứ hai", "người thứ ba"): only
# a weekday next to a time of day, in brackets, or next to a date is judged.
_NAME = re.compile(r"(?<!\w)thứ (" + _DAY + r")(?!\w)")
_BEFORE = re.compile(r"(?:(?:sáng|chiều|tối|trưa|vào)\s+|\(\s*)$", re.IGNORECASE)
_AFTER = re.compile(r"\s*,?\s*\(?\s*ngày\s+" + _DATE)
_AFTER_DATE = re.compile(
    r"ngày\s+" + _DATE + r"\s*[,(]?\s*(?:(?:sáng|chiều|tối|trưa)\s+)?$", re.IGNORECASE
)


class WeekdayCapitalisation(StateRule):
    """Tên ngày trong tuần không viết hoa.
    (A weekday name in lower case.)

    ## Kiểm tra gì (What it checks)
    Tên ngày trong tuần viết hoa chữ cái đầu của số thứ tự: "thứ Hai", "thứ Năm". Vì "thứ hai"
    còn là số thứ tự ("lần thứ hai"), quy tắc chỉ xét khi đi kèm buổi trong ngày ("sáng thứ
    hai"), đứng trong ngoặc hoặc liền trước, liền sau một ngày tháng.
    The weekday's number is capitalised ("thứ Hai"); since "thứ hai" is also an ordinal, only a
    weekday next to a time of day, in brackets, or next to a date is judged.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.8: viết hoa tên ngày trong tuần và tên tháng khi
    viết bằng chữ (ví dụ "thứ Hai", "tháng Năm").
    ND 30, Appendix II, V.8: weekday and month names.

    ## Ví dụ sai (Bad)
        vào lúc 14 giờ 00, chiều thứ năm, ngày 22/01/2026

    ## Ví dụ đúng (Good)
        vào lúc 14 giờ 00, chiều thứ Năm, ngày 22/01/2026

    ## Tự sửa (Fix)
    Có, an toàn: viết hoa chữ đầu của số thứ tự. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Số thứ tự ("lần thứ hai", "Phần thứ hai"); bảng; văn bản quy phạm pháp luật. Mức cảnh báo.
    Ordinals; tables; normative documents. A warning.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.8
    """

    code = "VB406"
    name = "weekday-capitalisation"
    summary = "Viết hoa tên ngày trong tuần: “thứ Hai”, “thứ Năm”"
    summary_en = "Capitalise weekday names: “thứ Hai”"
    severity = Severity.WARNING
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.8"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        for para in content_paragraphs(ctx):
            text = para.text
            if "thứ " not in text:
                continue
            for m in _NAME.finditer(text):
                head = text[max(0, m.start() - 40) : m.start()]
                if _BEFORE.search(head) or _AFTER_DATE.search(head) or _AFTER.match(text, m.end()):
                    yield self._one(ctx, para, m.start(1), m.end(1))

    def _one(self, ctx: Context, para: Paragraph, start: int, end: int) -> Finding:
        word = para.text[start:end]
        right = capitalised(word)
        return self.finding(
            ctx,
            vi=f"“thứ {word}” là tên ngày trong tuần; viết hoa: “thứ {right}”.",
            en=f"“thứ {word}” is a weekday; capitalise it: “thứ {right}”.",
            location=self.at(para, start, end),
            fix=write_fix(ctx, right),
        )
