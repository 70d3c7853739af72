"""VB626 party-noi-nhan-nhu-tren."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._party import PartyRule, kinh_gui_lines, location, noi_nhan_lines

_NHU_TREN = re.compile(r"^\s*[-–+•]?\s*Như trên\b", re.IGNORECASE)


class PartyNoiNhanNhuTren(PartyRule):
    """“Như trên” ở nơi nhận không khớp phần Kính gửi.
    (“Như trên” in the distribution list does not match the Kính gửi block.)

    ## Kiểm tra gì (What it checks)
    “Như trên” chỉ dùng khi văn bản có phần Kính gửi (Kính trình); công văn, tờ trình có Kính gửi
    thì dòng đầu nơi nhận là “- Như trên”.
    “Như trên” only with a Kính gửi block; a công văn or tờ trình with one lists “Như trên” first.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.9.2: công văn, tờ trình “ở dòng đầu phần nơi nhận cuối văn bản
    có thêm từ ‘Như trên’”; Hướng dẫn 05-HD/VPTW, mục I.9.2.3–9.2.4 giữ nguyên. Không có Kính gửi
    thì “Như trên” không chỉ tới ai.
    HD 36 §II.1.9.2, HD 05 §I.9.2.3–4.

    ## Ví dụ sai (Bad)
        (không có Kính gửi) … Nơi nhận: - Như trên,

    ## Ví dụ đúng (Good)
        Kính gửi: - Các chi bộ trực thuộc … Nơi nhận: - Như trên,

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `noi_nhan.nhu_tren_types`.

    ## Ngoại lệ (When not to apply)
    Văn bản không có phần nơi nhận.
    No distribution list.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.9.2; Hướng dẫn 05-HD/VPTW, Phần II, mục I.9.2.3–9.2.4
    """

    code = "VB626"
    name = "party-noi-nhan-nhu-tren"
    summary = "“Như trên” chỉ dùng khi có Kính gửi; công văn, tờ trình ghi “Như trên” đầu tiên"
    summary_en = "“Như trên” only with a Kính gửi; a công văn or tờ trình lists it first"
    severity = Severity.WARNING
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.9.2"
    table = "noi_nhan"

    def check(self, ctx: Context) -> Iterator[Finding]:
        _, items = noi_nhan_lines(ctx)
        if not items:
            return
        label, _ = kinh_gui_lines(ctx)
        has_kinh = label is not None or bool(ctx.anatomy.kinh_gui)
        nhu = [pt for pt in items if _NHU_TREN.match(pt.nfc)]
        if nhu and not has_kinh:
            yield self.report(
                ctx,
                vi="Nơi nhận ghi “Như trên” nhưng văn bản không có phần Kính gửi.",
                en="The distribution list says “Như trên” but there is no Kính gửi block.",
                location=location(self, nhu[0]),
            )
            return
        types = self.data(ctx).get("nhu_tren_types", ["cong_van", "to_trinh"])
        if has_kinh and ctx.anatomy.doc_type in types and not _NHU_TREN.match(items[0].nfc):
            yield self.report(
                ctx,
                vi="Văn bản có Kính gửi: dòng đầu nơi nhận phải là “- Như trên”.",
                en="With a Kính gửi block the first distribution line is “- Như trên”.",
                location=location(self, items[0]),
            )
