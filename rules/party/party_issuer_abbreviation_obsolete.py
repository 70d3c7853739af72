"""VB629 party-issuer-abbreviation-obsolete."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._party import PartyRule, first_part, location

_ISSUER = re.compile(r"/\s*(?P<issuer>[A-Za-zĐđ]+(?:\s*-\s*[A-Za-zĐđ]+)*)\s*$")


class PartyIssuerAbbreviationObsolete(PartyRule):
    """Ký hiệu cơ quan ban hành là của cơ quan không còn, hoặc không phải ký hiệu cơ quan.
    (Issuer code of a body that no longer exists, or not a confirmed code.)

    ## Kiểm tra gì (What it checks)
    Văn bản ghi ngày từ 09/01/2026 không dùng ký hiệu của cơ quan đã giải thể, sáp nhập (HU, QU,
    ThU — cấp huyện kết thúc 01/7/2025; BTGTU, BDVTU — nay là BTGDV…; ĐUK). “ĐB” (đảng bộ) không
    phải ký hiệu cơ quan ban hành: người ban hành là cấp ủy (ĐU).
    No codes of dissolved or merged bodies on 2026 documents; “ĐB” is not an issuer code.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.3.1.b và Hướng dẫn 05-HD/VPTW, mục I.3.1.2.b: ký hiệu là chữ
    viết tắt tên cấp ủy, cơ quan ban hành (“Các đảng uỷ khác: ĐU”, “Chi bộ: CB”); danh mục Hướng
    dẫn 05 không còn HU, QU, ĐUK. Cảnh báo: danh mục chỉ có một bản sao.
    HD 36 §II.1.3.1.b, HD 05 §I.3.1.2.b; warning (HD 05 known from one copy).

    ## Ví dụ sai (Bad)
        Số 76-BC/HU   (ngày 10/03/2026)

    ## Ví dụ đúng (Good)
        Số 76-BC/ĐU

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `issuer_abbreviations.obsolete`, `issuer_abbreviations.doubtful`.

    ## Ngoại lệ (When not to apply)
    Văn bản trước 09/01/2026 (cấp huyện còn tồn tại) chỉ xét “ĐB”.
    Before 09/01/2026 only “ĐB” is checked.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.3.1.b; Hướng dẫn 05-HD/VPTW, Phần II, mục I.3.1.2.b
    """

    code = "VB629"
    name = "party-issuer-abbreviation-obsolete"
    summary = "Ký hiệu cơ quan ban hành còn hiệu lực (không HU, QU, BTGTU… từ 2026; không “ĐB”)"
    summary_en = "Issuer code in use (no HU, QU, BTGTU … in 2026; no “ĐB”)"
    severity = Severity.WARNING
    source = "Hướng dẫn 05-HD/VPTW, Phần II, mục I.3.1.2.b"
    table = "issuer_abbreviations"

    def check(self, ctx: Context) -> Iterator[Finding]:
        pt = first_part(ctx, "so_ky_hieu")
        if pt is None:
            return
        m = _ISSUER.search(pt.nfc)
        if m is None:
            return
        data = self.data(ctx)
        obsolete = set(data.get("obsolete", []))
        doubtful = set(data.get("doubtful", []))
        for code in (c.strip() for c in m.group("issuer").split("-")):
            if code in obsolete:
                yield self.report(
                    ctx,
                    vi=f"Ký hiệu “{code}” là của cơ quan đã kết thúc hoạt động hoặc hợp nhất; từ "
                    "2026 ghi ký hiệu của cấp ủy, cơ quan hiện tại (ví dụ ĐU, BTGDVTU).",
                    en=f"“{code}” belongs to a body dissolved or merged; from 2026 use the current "
                    "body's code (e.g. ĐU, BTGDVTU).",
                    location=location(self, pt),
                )
            elif code in doubtful:
                yield self.report(
                    ctx,
                    vi=f"“{code}” không phải ký hiệu cơ quan ban hành; văn bản của cấp ủy ghi "
                    "“ĐU” (đảng ủy), “CB” (chi bộ).",
                    en=f"“{code}” is not an issuer code; a committee writes “ĐU”, a cell “CB”.",
                    location=location(self, pt),
                )
