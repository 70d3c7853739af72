"""VB500 place-name-abbreviated-in-text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.layout._common import UPPER, StateRule, cap, part_paragraphs


class PlaceNameAbbreviatedInText(StateRule):
    """Tên đơn vị hành chính viết tắt ("TP.HCM", "TP. Đà Lạt").
    (Administrative place name abbreviated.)

    ## Kiểm tra gì (What it checks)
    Trong phần nội dung, Kính gửi và Nơi nhận, tên đơn vị hành chính không viết tắt kiểu
    "TP.HCM", "TP. Hồ Chí Minh", "TP.Biên Hòa", "TX. …".
    No "TP.HCM", "TP.Biên Hòa" style abbreviations of place names.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.a yêu cầu tên đơn vị hành chính mang tên người,
    sự kiện viết đầy đủ ("Thành phố Hồ Chí Minh", không "TP.HCM"); Phụ lục II, mục III.1 quy định
    cách viết tên đơn vị hành chính ("thành phố Thái Nguyên"). Danh sách lỗi thường gặp nêu
    "TP.Biên Hòa". Trong lời văn Nghị định không cấm trực tiếp, nên đây là cảnh báo.
    Written in full in the place line; in running text this is a warning.

    ## Ví dụ sai (Bad)
        tổ chức tại TP.HCM; làm việc với UBND TP.Biên Hòa

    ## Ví dụ đúng (Good)
        tổ chức tại Thành phố Hồ Chí Minh; làm việc với UBND thành phố Biên Hòa

    ## Tự sửa (Fix)
    Có, an toàn: viết đầy đủ tên theo bảng (`wording.place_abbreviations`,
    `wording.place_prefixes`). (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.) Bảng thay thế trong dữ liệu chế độ (`wording`).

    ## Ngoại lệ (When not to apply)
    Dòng địa danh, ngày tháng (quy tắc riêng của phần đầu văn bản); bảng; văn bản quy phạm pháp
    luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.a; Phụ lục II, mục III.1
    """

    code = "VB500"
    name = "place-name-abbreviated-in-text"
    summary = "Viết đầy đủ tên đơn vị hành chính (không “TP.HCM”)"
    summary_en = "Place names in full (not “TP.HCM”)"
    severity = Severity.WARNING
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.a; Phụ lục II, mục III.1"
    table = "wording"

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        full: dict[str, str] = dict(data.get("place_abbreviations", {}))
        prefixes: dict[str, str] = dict(data.get("place_prefixes", {}))
        if not full and not prefixes:
            return
        alts = "|".join(re.escape(k) for k in sorted(full, key=len, reverse=True))
        whole = re.compile(r"(?<!\w)(" + alts + r")(?!\w)") if full else None
        pre = "|".join(re.escape(k) for k in sorted(prefixes, key=len, reverse=True))
        prefix = re.compile(r"(?<!\w)(" + pre + r") ?(?=[" + UPPER + r"])") if prefixes else None
        # The first two characters of every abbreviation ("TP", "Tp", "TX", "Tx"): one fast
        # search tells the paragraphs that may hold one from the many that hold none.
        heads = sorted({k[:2] for k in [*full, *prefixes]})
        head = re.compile("|".join(re.escape(h) for h in heads))
        yield from cap(ctx, self._scan(ctx, full, prefixes, whole, prefix, head))

    def _scan(self, ctx, full, prefixes, whole, prefix, head) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
        seen: set[int] = set()
        for name in ("noi_dung", "kinh_gui", "noi_nhan", "can_cu"):
            for para in part_paragraphs(ctx, name):
                if para.index in seen:
                    continue
                seen.add(para.index)
                if head.search(para.text) is None:
                    continue
                taken: list[tuple[int, int]] = []
                # The patterns start with a look-behind (slow to search): run them only where
                # one of their abbreviations is present at all.
                if whole is not None and any(k in para.text for k in full):
                    for m in whole.finditer(para.text):
                        taken.append(m.span())
                        yield self._one(ctx, para, m.span(), m.group(1), full[m.group(1)])
                if prefix is not None and any(k in para.text for k in prefixes):
                    for m in prefix.finditer(para.text):
                        if any(s <= m.start() < e for s, e in taken):
                            continue
                        key = m.group(1)
                        right = prefixes[key]
                        start_of_line = not para.text[: m.start()].strip()
                        if start_of_line:
                            right = right[0].upper() + right[1:]
                        yield self._one(ctx, para, m.span(), m.group(0), right + " ")

    def _one(self, ctx, para, span, found: str, right: str) -> Finding:  # type: ignore[no-untyped-def]
        return self.finding(
            ctx,
            vi=f"Viết tắt “{found.strip()}”; viết đầy đủ “{right.strip()}”.",
            en=f"Abbreviation “{found.strip()}”; write “{right.strip()}” in full.",
            location=self.at(para, *span),
            fix=Fix(
                title=ctx.t(f"Viết “{right.strip()}”", f"Write “{right.strip()}”"),
                replacement=right,
                safe=True,
            ),
        )
