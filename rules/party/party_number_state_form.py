"""VB606 party-number-state-form."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.party._party import PartyRule, first_part, header_segments, location

_COLON = re.compile(r"^(\s*S[ốỐ])(\s*:)(?P<after>\s*)")
_HEAD = re.compile(r"^\s*S[ốỐ]\s*:?\s*(?P<so>\d+)?(?P<gap>[\s._…]*)(?P<sep>[/\-–—])")
_DASH = re.compile(r"[–—]")
_SPACED = re.compile(r"\d\s+[-–—]|[-–—/]\s+[A-Za-zĐđ]|[A-Za-zĐđ]\s+[-–—/]")


class PartyNumberStateForm(PartyRule):
    """Số, ký hiệu văn bản của Đảng viết theo kiểu Nhà nước (“Số:”, “/QĐ-UBND”) hoặc sai dấu nối.
    (Party number written the State way, or with wrong separators.)

    ## Kiểm tra gì (What it checks)
    Dòng số, ký hiệu của văn bản Đảng có dạng “Số 383-CV/ĐU”: không có dấu hai chấm sau “Số”;
    giữa số và tên loại là gạch nối “-”, giữa tên loại và cơ quan là gạch chéo “/”; không dùng
    gạch ngang dài (–) và không có dấu cách trong ký hiệu.
    “Số 383-CV/ĐU”: no colon, number-TYPE/ISSUER, ASCII hyphen, no spaces inside the code.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.3.2: “giữa số và ký hiệu có dấu gạch nối (-), giữa chữ viết tắt
    tên loại văn bản và chữ viết tắt tên cơ quan ban hành văn bản có dấu gạch chéo (/)”; Phụ lục 3
    ghi “Số 127-QĐ/TW” (không có dấu hai chấm); Hướng dẫn 05-HD/VPTW, mục I.3.2.2 giữ nguyên.
    “Số: 15/QĐ-UBND” là kiểu của Nghị định 30.
    HD 36 §II.1.3.2 and Phụ lục 3; “Số: 15/QĐ-UBND” is the State form.

    ## Ví dụ sai (Bad)
        Số: 383-CV/ĐU
        Số 15/KH-ĐU
        Số 357 –CV/ĐU

    ## Ví dụ đúng (Good)
        Số 383-CV/ĐU

    ## Tự sửa (Fix)
    Có, an toàn: bỏ dấu hai chấm sau “Số”; thay gạch ngang dài bằng “-”. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Số để trống khi còn là dự thảo (“Số      -CV/ĐU”) không bị coi là có dấu cách.
    A blank number in a draft is not reported.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.3.2 và Phụ lục 3 (dòng 3); Hướng dẫn 05-HD/VPTW, mục I.3.2.2
    """

    code = "VB606"
    name = "party-number-state-form"
    summary = "Số, ký hiệu văn bản của Đảng dạng “Số 383-CV/ĐU” (không “Số:”, không “/QĐ-UBND”)"
    summary_en = "Party number as “Số 383-CV/ĐU” (no “Số:”, no “/QĐ-UBND”)"
    severity = Severity.ERROR
    fixable = True
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.3.2"
    table = "so_ky_hieu"

    def check(self, ctx: Context) -> Iterator[Finding]:
        pt = first_part(ctx, "so_ky_hieu")
        if pt is None:  # a number the anatomy did not recognise ("Số 357–CV/ĐU")
            pt = next((s for s in header_segments(ctx) if _HEAD.match(s.text)), None)
        if pt is None:
            return
        text = pt.text
        m = _COLON.match(text)
        if m and not self.data(ctx).get("colon", False):
            lo, hi = pt.start + m.start(2), pt.start + m.end(2)
            yield self.report(
                ctx,
                vi="Sau “Số” có dấu hai chấm (kiểu văn bản Nhà nước); văn bản của Đảng viết "
                "“Số 383-CV/ĐU”.",
                en="A colon after “Số” (State style); a Party number reads “Số 383-CV/ĐU”.",
                location=location(self, pt, lo, hi),
                fix=Fix(
                    title=ctx.t("Bỏ dấu hai chấm", "Remove the colon"),
                    replacement="" if m.group("after") else " ",
                ),
            )
        head = _HEAD.match(text)
        if head and head.group("sep") == "/":
            yield self.report(
                ctx,
                vi=f"Ký hiệu “{pt.nfc}” theo kiểu văn bản Nhà nước (số/LOẠI-CƠ QUAN); văn bản của "
                "Đảng ghi số-LOẠI/CƠ QUAN, ví dụ “Số 383-CV/ĐU”.",
                en=f"“{pt.nfc}” follows the State order (number/TYPE-BODY); a Party number is "
                "number-TYPE/BODY, e.g. “Số 383-CV/ĐU”.",
                location=location(self, pt),
            )
            return
        for d in _DASH.finditer(text):
            yield self.report(
                ctx,
                vi=f"Ký hiệu dùng gạch ngang dài “{d.group(0)}”; phải là gạch nối “-”.",
                en=f"The code uses a dash “{d.group(0)}”; it must be a hyphen “-”.",
                location=location(self, pt, pt.start + d.start(), pt.start + d.end()),
                fix=Fix(
                    title=ctx.t("Thay bằng gạch nối", "Replace with a hyphen"), replacement="-"
                ),
            )
        blank = head is not None and head.group("so") is None
        for s in _SPACED.finditer(text):
            if blank and s.start() < head.end():
                continue
            yield self.report(
                ctx,
                vi=f"Ký hiệu “{pt.nfc}” có dấu cách giữa các thành phần; viết liền, ví dụ "
                "“Số 383-CV/ĐU”.",
                en=f"“{pt.nfc}” has spaces inside the code; write it without, e.g. “383-CV/ĐU”.",
                location=location(self, pt),
            )
            break
