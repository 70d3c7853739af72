"""VB176 appendix-not-referenced."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements.appendix_heading_format import appendix_paragraphs
from rules.layout._common import PL1, StateRule, signature_zone

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# "Phụ lục I", "phụ lục số 02", "Phụ lục I, II và III", "Phụ lục I - III"
_MENTION = re.compile(
    r"phụ\s+lục\s+(?:số\s+)?((?:[IVXLC]+|\d+)(?:\s*(?:,|và|-|–|đến)\s*(?:[IVXLC]+|\d+)\b)*)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"[IVXLC]+|\d+")
# An indication that does not name the appendix's number: "các phụ lục", "phụ lục kèm theo",
# "danh sách kèm theo Quyết định này", "(có phụ lục kèm theo)", "biểu mẫu kèm theo".
_GENERIC = re.compile(r"phụ\s+lục|kèm\s+theo", re.IGNORECASE)
_PLURAL = re.compile(r"các\s+phụ\s+lục|phụ\s+lục\s+kèm\s+theo", re.IGNORECASE)


def _value(token: str) -> int:
    if token.isdigit():
        return int(token)
    total = 0
    values = [_ROMAN[c] for c in token.upper()]
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and values[i + 1] > v else v
    return total


def _mentioned(text: str) -> set[int]:
    out: set[int] = set()
    for m in _MENTION.finditer(text):
        nums = [_value(t) for t in _NUMBER.findall(m.group(1))]
        ranged = re.search(r"-|–|đến", m.group(1))
        if ranged and len(nums) == 2 and nums[0] < nums[1] <= nums[0] + 20:
            nums = list(range(nums[0], nums[1] + 1))
        out.update(nums)
    return out


class AppendixNotReferenced(StateRule):
    """Phụ lục không được nhắc đến trong nội dung văn bản.
    (An appendix the body does not refer to.)

    ## Kiểm tra gì (What it checks)
    Văn bản có phụ lục sau phần ký thì trong nội dung phải có chỉ dẫn về phụ lục đó. Quy tắc báo
    khi nội dung không có chỉ dẫn nào ("phụ lục", "kèm theo"), hoặc khi nội dung nêu số của một
    số phụ lục ("Phụ lục I") mà bỏ sót phụ lục khác.
    A document with appendices after its signature must refer to them in its body: reported when
    the body has no indication at all ("phụ lục", "kèm theo"), or names some appendices by
    number and leaves one out.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.1.a: "Trường hợp văn bản có Phụ lục kèm theo thì
    trong văn bản phải có chỉ dẫn về Phụ lục đó."
    ND 30, Appendix I, III.1.a: a document with an appendix must refer to it.

    ## Ví dụ sai (Bad)
        (Nội dung không nhắc đến Phụ lục II, dù sau phần ký có "Phụ lục II".)

    ## Ví dụ đúng (Good)
        … theo mẫu tại Phụ lục I và Phụ lục II kèm theo Kế hoạch này.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Phụ lục ban hành thành tệp riêng (không có phần ký phía trước); văn bản quy phạm pháp luật.
    Mức cảnh báo: chỉ dẫn có thể viết bằng lời không nêu số ("danh sách kèm theo"), quy tắc
    chấp nhận cách viết đó khi văn bản chỉ có một phụ lục.
    An appendix issued as its own file; normative documents. A warning: an indication may be
    worded without the number, which is accepted when there is one appendix.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.1.a
    """

    code = "VB176"
    name = "appendix-not-referenced"
    summary = "Nội dung phải có chỉ dẫn về từng phụ lục kèm theo"
    summary_en = "The body must refer to each appendix"
    severity = Severity.WARNING
    source = f"{PL1}, mục III.1.a"

    def check(self, ctx: Context) -> Iterator[Finding]:
        zone = signature_zone(ctx)
        if not zone:
            return
        start = zone[0].index
        labels = [(p, m) for p, m in appendix_paragraphs(ctx) if p.index > start]
        if not labels:
            return
        body = "\n".join(p.text for p in ctx.doc.paragraphs[:start])
        numbered = {_value(m.group(2)): p for p, m in labels if m.group(2)}
        if not _GENERIC.search(body):
            first = labels[0][0]
            yield self.finding(
                ctx,
                vi=f"Văn bản có “{first.stripped}” nhưng nội dung không có chỉ dẫn nào về phụ "
                "lục; nêu phụ lục trong nội dung (ví dụ: “… tại Phụ lục I kèm theo”).",
                en=f"The document has “{first.stripped}” but its body never refers to an "
                "appendix; name it in the body (e.g. “… in Appendix I attached”).",
                location=self.at(first),
            )
            return
        said = _mentioned(body)
        if not said or len(numbered) < 2 or _PLURAL.search(body):
            return  # a worded indication, one appendix, or "các phụ lục" for all of them
        for value, para in sorted(numbered.items()):
            if value in said:
                continue
            yield self.finding(
                ctx,
                vi=f"Nội dung không nhắc đến “{para.stripped}”; phải có chỉ dẫn về từng phụ lục "
                "kèm theo.",
                en=f"The body never refers to “{para.stripped}”; it must refer to each appendix.",
                location=self.at(para),
            )
