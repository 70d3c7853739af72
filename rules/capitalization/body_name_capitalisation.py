"""VB401 body-name-capitalisation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.capitalization._common import write_fix
from rules.layout._common import StateRule, cap, is_upper_text, norm, part_paragraphs

_PARTS = ("noi_dung", "can_cu", "kinh_gui", "trich_yeu", "noi_nhan")


class BodyNameCapitalisation(StateRule):
    """Tên "Ủy ban nhân dân", "Hội đồng nhân dân" viết hoa sai.
    ("Ủy ban nhân dân", "Hội đồng nhân dân" capitalised wrongly.)

    ## Kiểm tra gì (What it checks)
    Trong dòng chữ thường, tên cơ quan "Ủy ban nhân dân", "Hội đồng nhân dân" chỉ viết hoa chữ
    cái đầu: không viết "Ủy Ban Nhân Dân", "Ủy ban Nhân dân", "Hội Đồng Nhân Dân".
    In mixed-case text only the first letter is capitalised.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục II, mục II (tên cơ quan, tổ chức): "Viết hoa chữ cái đầu của
    các cụm từ chỉ loại hình cơ quan, tổ chức; chức năng, lĩnh vực hoạt động", ví dụ "Hội đồng
    nhân dân tỉnh Sơn La", "Ủy ban nhân dân huyện…".
    PL II's own examples.

    ## Ví dụ sai (Bad)
        Ủy Ban Nhân Dân tỉnh Lâm Đồng

    ## Ví dụ đúng (Good)
        Ủy ban nhân dân tỉnh Lâm Đồng

    ## Tự sửa (Fix)
    Có, an toàn: viết lại cụm từ đúng cách viết hoa. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.) Danh sách tên: `capitalization.bodies`.

    ## Ngoại lệ (When not to apply)
    Dòng in hoa toàn bộ (tên cơ quan ở phần đầu, quyền hạn ký); văn bản quy phạm pháp luật.
    Hai kiểu đặt dấu "Ủy"/"Uỷ" đều được chấp nhận.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục II, mục II
    """

    code = "VB401"
    name = "body-name-capitalisation"
    summary = "Viết “Ủy ban nhân dân”, “Hội đồng nhân dân” (chỉ hoa chữ đầu)"
    summary_en = "Write “Ủy ban nhân dân”, “Hội đồng nhân dân”"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục II"
    table = "capitalization"

    def check(self, ctx: Context) -> Iterator[Finding]:
        bodies = [norm(b) for b in self.data(ctx).get("bodies", [])]
        if not bodies:
            return
        yield from cap(ctx, self._scan(ctx, bodies))

    def _scan(self, ctx: Context, bodies: list[str]) -> Iterator[Finding]:
        patterns = _patterns(tuple(bodies))
        seen: set[int] = set()
        for name in _PARTS:
            for para in part_paragraphs(ctx, name):
                if para.index in seen or is_upper_text(para.stripped):
                    continue
                seen.add(para.index)
                text = norm(para.nfc) if para.nfc == para.text else para.text
                if text != para.text and len(text) != len(para.text):
                    continue  # offsets would not map back; VB301 reports the encoding
                low = text.lower()
                for right, first, pattern in patterns:
                    if first not in low:  # cheap: most paragraphs name few of the bodies
                        continue
                    for m in pattern.finditer(text):
                        found = para.text[m.start() : m.end()]
                        if norm(found) == right or found[0].islower() or is_upper_text(found):
                            continue
                        yield self.finding(
                            ctx,
                            vi=f"Viết “{found}”; phải viết “{right}” (chỉ viết hoa chữ cái đầu).",
                            en=f"“{found}” is capitalised wrongly; write “{right}”.",
                            location=self.at(para, m.start(), m.end()),
                            fix=write_fix(ctx, right),
                        )


@lru_cache(maxsize=8)
def _patterns(bodies: tuple[str, ...]) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Per body name: the name, its first word in lower case, its pattern (any case)."""
    return tuple(
        (
            b,
            b.split()[0].lower() if b.split() else "",
            re.compile(r"\b" + r"\s+".join(re.escape(w) for w in b.split()) + r"\b", re.I),
        )
        for b in bodies
    )
