"""VB607 party-number-missing-leading-zero."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.party._party import PartyRule, first_part, location

_SO = re.compile(r"^\s*S[ốỐ]\s*:?\s*(?P<so>\d+)\s*[-–—/]")


class PartyNumberMissingLeadingZero(PartyRule):
    """Số văn bản của Đảng nhỏ hơn 10 thiếu số 0 đứng trước.
    (Party document number below 10 without a leading zero.)

    ## Kiểm tra gì (What it checks)
    Số văn bản từ 1 đến 9 viết là 01 đến 09.
    Numbers 1–9 are written 01–09.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.3.2: “Số văn bản nhỏ hơn 10 phải ghi số 0 phía trước”; số ghi
    “liên tục từ số 01” trong nhiệm kỳ (mục II.1.3.1); Hướng dẫn 05-HD/VPTW, mục I.3.2.2 giữ
    nguyên. Bản gốc: 01-KL/TW, 05-HD/VPTW, 09-QC/TW.
    HD 36 §II.1.3.2 and HD 05: numbers below 10 take a leading zero.

    ## Ví dụ sai (Bad)
        Số 5-KH/ĐU

    ## Ví dụ đúng (Good)
        Số 05-KH/ĐU

    ## Tự sửa (Fix)
    Có, an toàn: thêm số 0. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.) Ngưỡng: `so_ky_hieu.leading_zero_below`.

    ## Ngoại lệ (When not to apply)
    Số để trống trong dự thảo.
    A blank number in a draft.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.3.2; Hướng dẫn 05-HD/VPTW, Phần II, mục I.3.2.2
    """

    code = "VB607"
    name = "party-number-missing-leading-zero"
    summary = "Số văn bản của Đảng nhỏ hơn 10 có số 0 đứng trước (01–09)"
    summary_en = "Party numbers below 10 take a leading zero (01–09)"
    severity = Severity.ERROR
    fixable = True
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.3.2"
    table = "so_ky_hieu"

    def check(self, ctx: Context) -> Iterator[Finding]:
        pt = first_part(ctx, "so_ky_hieu")
        if pt is None:
            return
        m = _SO.match(pt.text)
        if m is None:
            return
        so = m.group("so")
        below = int(self.data(ctx).get("leading_zero_below", 10))
        if len(so) != 1 or not 0 < int(so) < below:
            return
        padded = so.zfill(2)
        yield self.report(
            ctx,
            vi=f"Số văn bản “{so}” phải viết là “{padded}”.",
            en=f"Number “{so}” must be written “{padded}”.",
            location=location(self, pt, pt.start + m.start("so"), pt.start + m.end("so")),
            fix=Fix(
                title=ctx.t(f"Thêm số 0: {padded}", f"Add the zero: {padded}"), replacement=padded
            ),
        )
