"""VB172 drafter-code-format."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._recipients import noi_nhan_block
from rules.layout._common import PL1, StateRule, num, num_en


class DrafterCodeFormat(StateRule):
    """Ký hiệu người soạn thảo và số lượng bản sai cách viết hoặc cỡ chữ.
    (Drafter code and number of copies in the wrong case or size.)

    ## Kiểm tra gì (What it checks)
    Dòng ký hiệu người soạn thảo và số bản phát hành ở cuối Nơi nhận (ví dụ "PL.(300)"): ký hiệu
    chữ in hoa, số bản bằng chữ số Ả Rập trong ngoặc, cỡ 11, chữ đứng.
    The drafter code line ("PL.(300)"): upper-case letters, Arabic copy count, 11 pt, upright.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.4 và bảng V, dòng 11: "Ký hiệu người soạn thảo
    văn bản và số lượng bản phát hành được trình bày tại ô số 12; ký hiệu bằng chữ in hoa, số
    lượng bản bằng chữ số Ả Rập, cỡ chữ 11, kiểu chữ đứng".
    ND 30 III.4 and Table V row 11.

    ## Ví dụ sai (Bad)
        pl.(300)   (chữ thường, cỡ 13)

    ## Ví dụ đúng (Good)
        PL.(300)   (cỡ 11)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.stamps.drafter_code_size_pt`.

    ## Ngoại lệ (When not to apply)
    Văn bản không ghi ký hiệu người soạn thảo (thành phần không bắt buộc); văn bản quy phạm
    pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.4; mục V (bảng, dòng 11)
    """

    code = "VB172"
    name = "drafter-code-format"
    summary = "Ký hiệu người soạn thảo: in hoa, cỡ 11"
    summary_en = "Drafter code: upper case, 11 pt"
    severity = Severity.ERROR
    source = f"{PL1}, mục III.4"
    table = "body.stamps"

    def check(self, ctx: Context) -> Iterator[Finding]:
        want = self.data(ctx).get("drafter_code_size_pt")
        _, _, codes = noi_nhan_block(ctx)
        for seg in codes:
            para = seg.para
            letters = re.sub(r"[^A-Za-zĐđ]", "", seg.text)
            vi: list[str] = []
            en: list[str] = []
            if letters and not letters.isupper():
                vi.append("ký hiệu không in hoa")
                en.append("code not upper case")
            if ctx.doc.has_formatting:
                bad = [s for s in seg.sizes() if want is not None and abs(s - float(want)) > 0.01]
                if bad:
                    vi.append(f"cỡ {num(bad[0])} pt")
                    en.append(f"{num_en(bad[0])} pt")
                if seg.any_fmt("italic") or seg.any_fmt("bold"):
                    vi.append("không phải chữ đứng thường")
                    en.append("not plain upright")
            if vi:
                size = num(float(want)) if want is not None else "11"
                yield self.finding(
                    ctx,
                    vi=f"Ký hiệu người soạn thảo “{seg.text}” {', '.join(vi)}; phải in hoa, "
                    f"cỡ {size}, chữ đứng.",
                    en=f"Drafter code “{seg.text}” is {', '.join(en)}; it must be upper "
                    f"case, {num_en(float(want or 11))} pt, upright.",
                    location=self.at(para, seg.start, seg.end),
                )
