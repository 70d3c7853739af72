"""VB616 party-can-cu-format-wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._party import PartyRule, location, part_texts, severity_of

_DASH = re.compile(r"^\s*[-–—]\s*")
_CAN_CU = re.compile(r"^\s*[-–—+•]?\s*Căn cứ\b")


class PartyCanCuFormatWrong(PartyRule):
    """Các dòng căn cứ của văn bản Đảng viết sai dạng.
    (Legal-basis lines of a Party document in the wrong form.)

    ## Kiểm tra gì (What it checks)
    Mỗi căn cứ một dòng, mở đầu “- ”, cuối dòng dấu chấm phẩy “;”; căn cứ cuối cùng (thường là
    “- Theo đề nghị …,”) kết thúc bằng dấu phẩy “,” (Hướng dẫn 36) hoặc dấu chấm, dấu phẩy
    (Hướng dẫn 05). Chữ đứng, không nghiêng (kiểu văn bản Nhà nước) — cảnh báo. Một câu “Thực hiện
    …” mở đầu văn bản không phải danh sách căn cứ và không bị xét.
    One line each, “- ” first, “;” at the end, the last one “,” (HD 36) or “.”/“,” (HD 05);
    upright. A single opening “Thực hiện …” sentence is not a list and is not checked.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.6.2: “mỗi căn cứ trình bày một dòng riêng, cuối dòng có dấu
    chấm phẩy (;), riêng căn cứ cuối cùng có dấu phẩy (,)”; Hướng dẫn 05-HD/VPTW, mục I.6.2.3:
    “trước mỗi căn cứ có 1 dấu gạch ngang (-), sau mỗi căn cứ có dấu chấm phẩy (;), riêng căn cứ
    cuối cùng có dấu chấm (.)” — nhưng chính Quy định 399-QĐ/TW kết thúc bằng “,”, nên nhận cả hai.
    HD 36 §II.1.6.2; HD 05 §I.6.2.3 (QĐ 399 itself ends with “,”: both accepted).

    ## Ví dụ sai (Bad)
        Căn cứ Điều lệ Đảng.
        - Xét đề nghị của Văn phòng Đảng ủy;

    ## Ví dụ đúng (Good)
        - Căn cứ Điều lệ Đảng;
        - Xét đề nghị của Văn phòng Đảng ủy,

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Bảng `can_cu` của dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Văn bản không có căn cứ; một đoạn “Thực hiện …” duy nhất.
    No căn cứ; a single “Thực hiện …” paragraph.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.6.2; Hướng dẫn 05-HD/VPTW, Phần II, mục I.6.2.3
    """

    code = "VB616"
    name = "party-can-cu-format-wrong"
    summary = "Căn cứ mở đầu “- ”, kết thúc “;”, căn cứ cuối “,” (HD 05: “.” hoặc “,”), chữ đứng"
    summary_en = "Căn cứ lines start “- ”, end “;”, the last “,” (HD 05: “.” or “,”), upright"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.6.2"
    table = "can_cu"

    def check(self, ctx: Context) -> Iterator[Finding]:
        lines = [pt for pt in part_texts(ctx, "can_cu") if pt.nfc]
        if not lines:
            return
        if len(lines) == 1 and not _CAN_CU.match(lines[0].ref.text):
            return  # one opening sentence ("Thực hiện …, … như sau:"), not a list
        if any(pt.ref.text[:1].islower() for pt in lines):
            return  # a sentence running over several lines ("…; căn cứ tình hình …."), not a list
        data = self.data(ctx)
        line_end = str(data.get("line_end", ";"))
        last_end = [str(x) for x in data.get("last_end", [","])]
        for i, pt in enumerate(lines):
            text = pt.ref.text.strip()  # the whole entry (plain text joins wrapped lines)
            last = i == len(lines) - 1
            if data.get("prefix") and not _DASH.match(text):
                yield self.report(
                    ctx,
                    vi=f"Căn cứ “{text[:40]}” không mở đầu bằng “- ”.",
                    en=f"Căn cứ “{text[:40]}” does not start with “- ”.",
                    location=location(self, pt),
                    severity=severity_of(data.get("prefix_severity"), Severity.WARNING),
                )
            end = text.rstrip()[-1:]
            want = last_end if last else [line_end]
            if end not in want:
                where_vi = "căn cứ cuối cùng" if last else "căn cứ"
                where_en = "the last căn cứ" if last else "a căn cứ"
                pos = pt.start + len(pt.text.rstrip())
                wrapped = not pt.text.rstrip().endswith(text[-1:])
                yield self.report(
                    ctx,
                    vi=f"Cuối {where_vi} là “{end or '(không dấu)'}”; phải là "
                    f"“{'” hoặc “'.join(want)}”.",
                    en=f"{where_en.capitalize()} ends with “{end or '(nothing)'}”; expected "
                    f"“{'” or “'.join(want)}”.",
                    location=location(self, pt)
                    if wrapped
                    else location(self, pt, max(pt.start, pos - 1), pos),
                )
            if (
                ctx.doc.has_formatting
                and data.get("italic") is False
                and (runs := pt.runs())
                and all(r.format.italic for r in runs)
            ):
                yield self.report(
                    ctx,
                    vi="Căn cứ in nghiêng (kiểu văn bản Nhà nước); văn bản của Đảng viết chữ đứng.",
                    en="Căn cứ in italics (State style); a Party document writes it upright.",
                    location=location(self, pt),
                    severity=severity_of(data.get("italic_severity"), Severity.WARNING),
                )
