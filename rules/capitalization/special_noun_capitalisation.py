"""VB409 special-noun-capitalisation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.capitalization._common import capitalised, running_text_paragraphs, write_fix
from rules.layout._common import StateRule, cap

# Only the fixed coordination of the Party, the State and the people, where the two nouns can
# mean nothing else: "Đảng, nhà nước và nhân dân", "Đảng và nhà nước", "Đảng và nhân dân".
# "nhà nước" and "nhân dân" elsewhere are left alone: "cơ quan nhà nước", "quản lý nhà nước",
# "ngân sách nhà nước", "nhà nước pháp quyền", "Ủy ban nhân dân", "Hội đồng nhân dân", "Tòa án
# nhân dân", "Công an nhân dân", "Quân đội nhân dân", "nhân dân địa phương" … (common practice
# writes "nhân dân" in lower case outside that coordination).
_JOIN = r"(?:\s*,\s*|\s+và\s+|\s*,\s*và\s+)"
_STATE = re.compile(r"(?<!\w)Đảng" + _JOIN + r"(nhà nước)(?!\w)(?!\s+pháp quyền)")
_PEOPLE = re.compile(
    r"(?<!\w)Đảng(?:" + _JOIN + r"[Nn]hà nước)?" + _JOIN + r"(nhân dân)(?!\w)"
    r"(?!\s+(?:các|tỉnh|thành phố|huyện|quận|xã|phường|thị trấn|thôn|địa phương|trong|vùng|"
    r"nơi|ở|tại))"
)


class SpecialNounCapitalisation(StateRule):
    """Danh từ đặc biệt “Nhà nước”, “Nhân dân” viết thường cạnh “Đảng”.
    (The special nouns “Nhà nước”, “Nhân dân” in lower case next to “Đảng”.)

    ## Kiểm tra gì (What it checks)
    "Nhân dân" và "Nhà nước" là danh từ đặc biệt, viết hoa. Quy tắc chỉ xét cụm đồng đẳng với
    "Đảng": "Đảng, nhà nước …", "Đảng và nhà nước", "Đảng, Nhà nước và nhân dân", "Đảng và nhân
    dân", nơi hai từ chắc chắn chỉ Nhà nước và Nhân dân Việt Nam.
    "Nhân dân" and "Nhà nước" are special nouns, capitalised; only the coordination with "Đảng"
    ("Đảng, nhà nước và nhân dân") is judged, where they can mean nothing else.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.1: danh từ thuộc trường hợp đặc biệt: Nhân dân,
    Nhà nước.
    ND 30, Appendix II, V.1: the special nouns "Nhân dân", "Nhà nước".

    ## Ví dụ sai (Bad)
        Thể hiện sự quan tâm của Đảng, nhà nước và nhân dân đối với người có công.

    ## Ví dụ đúng (Good)
        Thể hiện sự quan tâm của Đảng, Nhà nước và Nhân dân đối với người có công.

    ## Tự sửa (Fix)
    Có, an toàn: viết "Nhà nước", "Nhân dân". (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    "nhà nước", "nhân dân" ngoài cụm đó: "cơ quan nhà nước", "quản lý nhà nước", "nhà nước pháp
    quyền", "Ủy ban nhân dân", "Hội đồng nhân dân", "Tòa án nhân dân", "Công an nhân dân", "Quân
    đội nhân dân", "nhân dân tỉnh …", "nhân dân các dân tộc"; bảng; văn bản quy phạm pháp luật.
    Mức cảnh báo.
    Those words outside the coordination; body names; tables; normative documents. A warning.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.1
    """

    code = "VB409"
    name = "special-noun-capitalisation"
    summary = "Viết hoa danh từ đặc biệt “Nhà nước”, “Nhân dân” (cụm “Đảng, Nhà nước và Nhân dân”)"
    summary_en = "Capitalise the special nouns “Nhà nước”, “Nhân dân” next to “Đảng”"
    severity = Severity.WARNING
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.1"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        for para in running_text_paragraphs(ctx):
            text = para.text
            if "Đảng" not in text and "Nhà nước" not in text:
                continue
            spans = {m.span(1) for m in _STATE.finditer(text)}
            spans |= {m.span(1) for m in _PEOPLE.finditer(text)}
            for start, end in sorted(spans):
                yield self._one(ctx, para, start, end)

    def _one(self, ctx: Context, para: Paragraph, start: int, end: int) -> Finding:
        word = para.text[start:end]
        right = capitalised(word)
        return self.finding(
            ctx,
            vi=f"“{word}” chỉ {right} Việt Nam là danh từ đặc biệt; viết hoa: “{right}”.",
            en=f"“{word}” (the Vietnamese {'State' if right == 'Nhà nước' else 'people'}) is a "
            f"special noun; capitalise it: “{right}”.",
            location=self.at(para, start, end),
            fix=write_fix(ctx, right),
        )
