"""VB614 party-trich-yeu-rule-wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import find_rule_below
from rules.party._party import PartyRule, first_part, location, severity_of

_HYPHENS = re.compile(r"^[-–—‐]{2,}$")


class PartyTrichYeuRuleWrong(PartyRule):
    """Dưới trích yếu văn bản của Đảng không có năm dấu gạch nối “-----”.
    (No five hyphens “-----” under the subject line of a Party document.)

    ## Kiểm tra gì (What it checks)
    Văn bản có tên loại: ngay dưới trích yếu (và dòng tác giả, nếu có) là một dòng “-----” (năm
    dấu gạch nối). Đường kẻ vẽ, số gạch khác năm, hoặc không có: cảnh báo.
    Typed documents: a line “-----” (five hyphens) under the subject; otherwise a warning.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.5.2: “phía dưới trích yếu nội dung văn bản có năm (5) dấu gạch
    nối (-) ngăn cách với nội dung văn bản”; Hướng dẫn 05-HD/VPTW, mục I.5.2.1: “phía dưới có 05
    dấu gạch nối (-)”. Khác văn bản Nhà nước (đường kẻ 1/3–1/2 dòng chữ). Cảnh báo vì nhiều bản
    gốc vẽ đường kẻ (spec party_2026 §7.2).
    HD 36 §II.1.5.2, HD 05 §I.5.2.1; a warning, as the spec proposes.

    ## Ví dụ sai (Bad)
        về chấn chỉnh lề lối làm việc / ---

    ## Ví dụ đúng (Good)
        về chấn chỉnh lề lối làm việc / -----

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `trich_yeu.rule`, `trich_yeu.rule_severity`.

    ## Ngoại lệ (When not to apply)
    Công văn (trích yếu dưới số, ký hiệu); văn bản không có tên loại; văn bản thuần (từ PDF) không
    có dòng gạch (đường kẻ vẽ không hiện trong văn bản thuần).
    Công văn; documents without a type name; plain text without a hyphen line (drawn lines vanish).

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.5.2; Hướng dẫn 05-HD/VPTW, Phần II, mục I.5.2.1
    """

    code = "VB614"
    name = "party-trich-yeu-rule-wrong"
    summary = "Dưới trích yếu có năm dấu gạch nối “-----”"
    summary_en = "Five hyphens “-----” under the subject line"
    severity = Severity.WARNING
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.5.2"
    table = "trich_yeu"

    def check(self, ctx: Context) -> Iterator[Finding]:
        a = ctx.anatomy
        ty = first_part(ctx, "trich_yeu")
        if ty is None or a.doc_type == "cong_van" or "ten_loai" not in a.parts:
            return
        if ty.ref.story is not None:
            return
        data = self.data(ctx)
        want = str(data.get("rule", "-----"))
        sev = severity_of(data.get("rule_severity"), self.severity)
        stops = [
            r.paragraph
            for name in ("kinh_gui", "can_cu", "noi_dung", "noi_nhan")
            for r in a.part_list(name)
            if r.story is None and r.paragraph > ty.para.index
        ]
        stop = min(stops, default=ty.para.index + 5)
        for para in ctx.doc.paragraphs[ty.para.index + 1 : min(stop + 1, ty.para.index + 6)]:
            text = para.stripped.replace(" ", "")
            if not _HYPHENS.match(text):
                continue
            if text == want:
                return
            yield self.report(
                ctx,
                vi=f"Dưới trích yếu là “{para.stripped}”; phải là năm dấu gạch nối “{want}”.",
                en=f"Under the subject line: “{para.stripped}”; it must be five hyphens “{want}”.",
                location=self.at(para),
                severity=sev,
            )
            return
        if not ctx.doc.has_formatting:
            return  # plain text (from PDF) cannot show a drawn line: do not guess
        drawn = find_rule_below(ctx, ty.para).kind != "none"
        what_vi = "một đường kẻ" if drawn else "không có dòng ngăn cách"
        what_en = "a drawn line" if drawn else "nothing"
        yield self.report(
            ctx,
            vi=f"Dưới trích yếu {what_vi}; phải là năm dấu gạch nối “{want}”.",
            en=f"Under the subject line there is {what_en}; it must be five hyphens “{want}”.",
            location=location(self, ty),
            severity=sev,
        )
