"""VB400 admin-unit-capitalised."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.capitalization._common import capitalised
from rules.layout._common import LOWER, UPPER, StateRule, cap, content_paragraphs, norm

_NOT_A_NAME = {"Ủy", "Uỷ", "Hội", "Đoàn", "Đội", "Ban", "Đảng", "Công", "Nhà"}


@lru_cache(maxsize=8)
def _patterns(units: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of a capitalised unit noun before a name, and what each of its matches holds
    (the noun, a space, a capital) without the look-behind: that one is searched fast, and the
    full pattern runs only on the few paragraphs that have it."""
    alts = "|".join(re.escape(capitalised(u)) for u in sorted(units, key=len, reverse=True))
    pattern = re.compile(
        r"(?<=[" + UPPER + LOWER + r",] )(" + alts + r") (?=([" + UPPER + r"][" + LOWER + r"]*))"
    )
    return pattern, re.compile("(?:" + alts + ") [" + UPPER + "]")


class AdminUnitCapitalised(StateRule):
    """Danh từ chung chỉ đơn vị hành chính viết hoa giữa câu ("Tỉnh Quảng Ngãi").
    (Generic administrative-unit noun capitalised mid-sentence.)

    ## Kiểm tra gì (What it checks)
    Giữa câu, danh từ chung chỉ đơn vị hành chính (tỉnh, thành phố, huyện, quận, thị xã, xã,
    phường, thị trấn) đứng trước tên riêng viết chữ thường: "tỉnh Quảng Ngãi", "thành phố Đà
    Lạt". Với "tỉnh" là lỗi; với các cấp khác là cảnh báo, vì đơn vị mang tên người, sự kiện
    hay số thì danh từ chung được viết hoa ("Quận 1", "Phường Điện Biên Phủ").
    Mid-sentence, the generic noun before a unit's name is lower case; an error for "tỉnh",
    a warning elsewhere (units named after people, events or numbers capitalise it).

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III.1: "Tên đơn vị hành chính được cấu tạo giữa
    danh từ chung (tỉnh, huyện, xã…) với tên riêng của đơn vị hành chính đó: Viết hoa chữ cái đầu
    của các âm tiết tạo thành tên riêng và không dùng gạch nối", ví dụ "tỉnh Nam Định".
    PL II: the generic noun stays lower case.

    ## Ví dụ sai (Bad)
        trên địa bàn Tỉnh Quảng Ngãi

    ## Ví dụ đúng (Good)
        trên địa bàn tỉnh Quảng Ngãi

    ## Tự sửa (Fix)
    Có, an toàn: viết thường danh từ chung. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.) Danh sách danh từ chung và các dạng đặc biệt: `capitalization`.

    ## Ngoại lệ (When not to apply)
    Đầu câu, dòng in hoa; "Thành phố Hồ Chí Minh", "Thủ đô Hà Nội"; tên đơn vị là số ("Quận 1");
    tên cơ quan như "Tỉnh ủy"; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III.1
    """

    code = "VB400"
    name = "admin-unit-capitalised"
    summary = "Viết thường danh từ chung chỉ đơn vị hành chính giữa câu (tỉnh Nam Định)"
    summary_en = "Lower-case generic unit noun mid-sentence (tỉnh Nam Định)"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III.1"
    table = "capitalization"

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        units = [str(u) for u in data.get("admin_units", [])]
        if not units:
            return
        special = [norm(s) for s in data.get("special_forms", [])]
        yield from cap(ctx, self._scan(ctx, *_patterns(tuple(units)), special))

    def _scan(
        self,
        ctx: Context,
        pattern: re.Pattern[str],
        candidate: re.Pattern[str],
        special: list[str],
    ) -> Iterator[Finding]:
        for para in content_paragraphs(ctx):
            text = para.text
            if candidate.search(text) is None:
                continue
            for m in pattern.finditer(text):
                if m.group(2) in _NOT_A_NAME:
                    continue
                before = text[: m.start()].rstrip()
                if before.endswith((".", "!", "?", ":")):
                    continue
                tail = norm(text[m.start() : m.start() + 40])
                if any(tail.startswith(s) for s in special):
                    continue
                noun = m.group(1)
                lower = noun.lower()
                province = lower == "tỉnh"
                yield self.finding(
                    ctx,
                    vi=f"“{noun} {m.group(2)}” viết hoa danh từ chung giữa câu; viết “{lower} "
                    f"{m.group(2)}” (danh từ chung viết thường, tên riêng viết hoa).",
                    en=f"“{noun} {m.group(2)}” capitalises the generic noun mid-sentence; write "
                    f"“{lower} {m.group(2)}”.",
                    location=self.at(para, *m.span(1)),
                    fix=Fix(
                        title=ctx.t(f"Viết thường: {lower}", f"Write in lower case: “{lower}”"),
                        replacement=lower,
                        safe=True,
                    ),
                    severity=Severity.ERROR if province else Severity.WARNING,
                )
