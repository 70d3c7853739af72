"""VB173 address-block-format."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import (
    PL1,
    StateRule,
    cap,
    num,
    num_en,
    range_en,
    range_vi,
    rng,
    signature_zone,
    sizes,
    within,
)
from rules.layout._pages import shown_on_first_page

_ADDRESS = re.compile(
    r"^\s*(Địa chỉ|ĐT|Điện thoại|Fax|E-?mail|Website|Trang thông tin điện tử)\s*:", re.IGNORECASE
)


class AddressBlockFormat(StateRule):
    """Địa chỉ, điện thoại, thư điện tử của cơ quan sai cỡ chữ.
    (Address, phone and e-mail block in the wrong size.)

    ## Kiểm tra gì (What it checks)
    Các dòng địa chỉ, điện thoại, fax, thư điện tử, trang thông tin điện tử của cơ quan (ô 13,
    cuối trang đầu): cỡ chữ 11–12.
    The issuer's address block at the foot of page 1 is 11–12 pt.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.5 và bảng V, dòng 12: "trình bày tại trang thứ
    nhất của văn bản, tại ô số 13…, bằng chữ in thường, cỡ chữ từ 11 đến 12, kiểu chữ đứng".
    ND 30 III.5 and Table V row 12.

    ## Ví dụ sai (Bad)
        Địa chỉ: 36 Trần Phú, Đà Lạt; ĐT: 0263 3822 xxx   (cỡ 13)

    ## Ví dụ đúng (Good)
        Địa chỉ: 36 Trần Phú, Đà Lạt; ĐT: 0263 3822 xxx   (cỡ 11)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.stamps.address_size_pt`.

    ## Ngoại lệ (When not to apply)
    Văn bản không có khối địa chỉ (thành phần không bắt buộc); địa chỉ nằm trong nội dung (ví
    dụ địa điểm họp); văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.5; mục V (bảng, dòng 12)
    """

    code = "VB173"
    name = "address-block-format"
    summary = "Khối địa chỉ cơ quan cỡ 11–12"
    summary_en = "Address block 11–12 pt"
    severity = Severity.ERROR
    source = f"{PL1}, mục III.5"
    table = "body.stamps"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        pair = rng(self.data(ctx).get("address_size_pt"))
        if pair is None:
            return
        candidates: list[Paragraph] = list(signature_zone(ctx))
        if ctx.doc.sections:
            footer = shown_on_first_page(ctx.doc.sections[0], "footers")
            if footer is not None:
                candidates.extend(footer.paragraphs)
        yield from cap(ctx, self._scan(ctx, candidates, pair), 3)

    def _scan(
        self, ctx: Context, paras: list[Paragraph], pair: tuple[float, float]
    ) -> Iterator[Finding]:
        for para in paras:
            if not _ADDRESS.match(para.text):
                continue
            bad = sorted(s for s in sizes(para) if not within(s, pair))
            if not bad:
                continue
            yield self.finding(
                ctx,
                vi=f"Dòng địa chỉ cơ quan cỡ {num(bad[0])} pt; phải {range_vi(pair)}.",
                en=f"Address line in {num_en(bad[0])} pt; it must be {range_en(pair)}.",
                location=self.at(para),
            )
