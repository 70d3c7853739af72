"""VB404 admin-unit-noun-not-capitalised."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.capitalization._common import capitalised, write_fix
from rules.layout._common import StateRule, cap, content_paragraphs

# Units that are named by numbers (the districts and wards of the large cities); a province or a
# commune is not, and "tỉnh 217 TTHC" is a count.
_NUMBERED_UNITS = ("quận", "phường")
# Before a unit noun, words that make the number a count or a level, not a name: "cấp xã 04
# thủ tục", "các xã 3 năm liền".
_NOT_A_NAME_BEFORE = re.compile(r"(?:cấp|các|những|mỗi|từng)\s+$", re.IGNORECASE)
# After the number, a lower-case word makes it a count of that word ("phường 3 năm liền"),
# except the words that join or relate names: "phường 3 và phường 5", "phường 3 thuộc …".
_JOINING_WORDS = frozenset({"và", "hoặc", "với", "của", "thuộc", "tại", "cùng", "đến"})


class AdminUnitNounNotCapitalised(StateRule):
    """Danh từ chung của đơn vị hành chính mang tên số hoặc dạng đặc biệt không viết hoa.
    (Generic noun of a unit named by a number, or of a special form, in lower case.)

    ## Kiểm tra gì (What it checks)
    Đơn vị hành chính mang tên là số thì viết hoa cả danh từ chung: "Quận 1", "Phường 3"; các
    dạng đặc biệt viết hoa danh từ chung: "Thành phố Hồ Chí Minh", "Thủ đô Hà Nội".
    A unit named by a number capitalises its generic noun ("Quận 1"); so do the special forms
    "Thành phố Hồ Chí Minh" and "Thủ đô Hà Nội".

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III.1: tên đơn vị hành chính là số, tên người, sự
    kiện lịch sử thì viết hoa cả danh từ chung ("Quận 1", "Phường Điện Biên Phủ"); các trường hợp
    đặc biệt "Thủ đô Hà Nội", "Thành phố Hồ Chí Minh".
    ND 30, Appendix II, III.1 and its examples.

    ## Ví dụ sai (Bad)
        Ủy ban nhân dân phường 3; tại thành phố Hồ Chí Minh

    ## Ví dụ đúng (Good)
        Ủy ban nhân dân Phường 3; tại Thành phố Hồ Chí Minh

    ## Tự sửa (Fix)
    Có, an toàn: viết hoa chữ đầu danh từ chung. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.) `capitalization.admin_units`, `capitalization.special_forms`.

    ## Ngoại lệ (When not to apply)
    Chỉ xét quận, phường (đơn vị đặt tên bằng số ở các thành phố lớn). Số đếm hoặc cấp ("cấp
    phường 04 thủ tục", "các phường 3 năm liền"), số có chữ số 0 đứng đầu, số theo sau là chữ
    thường hoặc chữ viết tắt in hoa (một danh từ được đếm: "25 TTHC"); đơn vị mang tên người
    hoặc sự kiện (cần danh sách địa danh, không kiểm tra); văn bản quy phạm pháp luật. Mức cảnh
    báo.
    Only quận and phường. Counts and levels, numbers with a leading zero or followed by a
    lower-case word or an upper-case abbreviation (a counted noun); units named
    after people or events (would need a gazetteer); normative documents. A warning.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III.1
    """

    code = "VB404"
    name = "admin-unit-noun-not-capitalised"
    summary = "Viết hoa danh từ chung: “Quận 1”, “Thành phố Hồ Chí Minh”, “Thủ đô Hà Nội”"
    summary_en = "Capitalise the generic noun: “Quận 1”, “Thành phố Hồ Chí Minh”"
    severity = Severity.WARNING
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III.1"
    table = "capitalization"

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        units = [u for u in _NUMBERED_UNITS if u in data.get("admin_units", [])]
        special = [str(s) for s in data.get("special_forms", [])]
        if not units and not special:
            return
        numbered = (
            re.compile(
                r"(?<!\w)(" + "|".join(map(re.escape, units)) + r") ([1-9]\d{0,2})(?!\d)(?![/.,]\d)"
            )
            if units
            else None
        )
        forms = [(s[0].lower() + s[1:], s) for s in special]
        yield from cap(ctx, self._scan(ctx, numbered, tuple(u + " " for u in units), forms))

    def _scan(
        self,
        ctx: Context,
        numbered: re.Pattern[str] | None,
        unit_words: tuple[str, ...],
        forms: list[tuple[str, str]],
    ) -> Iterator[Finding]:
        for para in content_paragraphs(ctx):
            text = para.text
            found = (
                numbered.finditer(text)
                if numbered is not None and any(u in text for u in unit_words)
                else ()
            )
            for m in found:
                if _NOT_A_NAME_BEFORE.search(text[: m.start()]):
                    continue
                after = text[m.end() :].lstrip().split(" ", 1)[0]
                joins = after.rstrip(",;.").lower() in _JOINING_WORDS
                if (after[:1].islower() and not joins) or (len(after) > 1 and after.isupper()):
                    continue  # "phường 3 năm liền", "phường 25 TTHC": a count of the next noun
                yield self._one(ctx, para, m.start(1), m.end(1), m.group(0))
            for lower, right in forms:
                at = text.find(lower)
                while at >= 0:
                    end = at + len(lower)
                    whole_word = (at == 0 or not text[at - 1].isalnum()) and (
                        end == len(text) or not text[end].isalnum()
                    )
                    if whole_word:
                        noun = right.split(" ", 1)[0]
                        yield self._one(ctx, para, at, at + len(noun), text[at:end])
                    at = text.find(lower, end)

    def _one(self, ctx: Context, para: Paragraph, start: int, end: int, seen: str) -> Finding:
        noun = para.text[start:end]
        right = capitalised(noun)
        whole = right + seen[len(noun) :]
        return self.finding(
            ctx,
            vi=f"“{seen}”: viết hoa cả danh từ chung, “{whole}”.",
            en=f"“{seen}”: capitalise the generic noun too, “{whole}”.",
            location=self.at(para, start, end),
            fix=write_fix(ctx, right),
        )
