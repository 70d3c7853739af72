"""VB109: the line under the issuing body's name is missing, not solid, or of the wrong length."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.elements._header import (
    StateElementRule,
    container_width_mm,
    find_rule_below,
    is_upper,
    line_text_width_mm,
    part,
    span_of,
    typed_line_width_mm,
)


class CoQuanBanHanhRuleWrong(StateElementRule):
    """Đường kẻ dưới tên cơ quan ban hành thiếu, không liền nét, hoặc sai độ dài (1/3–1/2).
    (The line under the issuing body is missing, not solid, or not 1/3–1/2 of its length.)

    ## Kiểm tra gì (What it checks)
    Dưới tên cơ quan ban hành phải có đường kẻ ngang nét liền, dài từ 1/3 đến 1/2 dòng chữ, đặt
    cân đối. Báo lỗi khi không có; cảnh báo khi nét đứt, gõ bằng “-----”, hoặc độ dài lệch rõ
    (độ dài chữ ước tính theo số đo phông Times New Roman).
    A solid line 1/3–1/2 as long as the issuer's name must sit under it, centred.

    ## Vì sao (Why)
    Phụ lục I, mục II.2.b: “phía dưới có đường kẻ ngang, nét liền, có độ dài bằng từ 1/3 đến
    1/2 độ dài của dòng chữ và đặt cân đối so với dòng chữ”.
    PL I, II.2.b.

    ## Ví dụ sai (Bad)
        SỞ NỘI VỤ
        (không có đường kẻ)

    ## Ví dụ đúng (Good)
        SỞ NỘI VỤ
          ─────

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Độ dài chỉ đo được với đường kẻ vẽ hoặc gõ; viền đoạn thì bỏ qua độ dài. Văn bản thuần,
    văn bản của Đảng, văn bản quy phạm pháp luật không áp dụng. Length is measured for drawn or
    typed lines only; plain-text, Party and normative documents are out of scope.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2.b
    """

    code = "VB109"
    name = "co-quan-ban-hanh-rule-wrong"
    summary = "Dưới tên cơ quan ban hành phải có đường kẻ nét liền dài 1/3–1/2 dòng chữ"
    summary_en = "A solid line 1/3–1/2 as long as the issuer's name must be drawn under it"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2.b"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        found = part(ctx, "co_quan_ban_hanh")
        if found is None:
            return
        ref, para = found
        start, end = span_of(para, ref.text)
        loc = self.at(para, start, end, part="co_quan_ban_hanh")
        lines = _name_lines(ctx, para)
        line = find_rule_below(ctx, lines[-1])
        if line.kind == "none":
            yield self.finding(
                ctx,
                vi="Không có đường kẻ ngang nét liền dưới tên cơ quan ban hành.",
                en="No solid horizontal line under the issuing body's name.",
                location=loc,
            )
            return
        if not line.solid:
            yield self.finding(
                ctx,
                vi=f"Đường kẻ dưới tên cơ quan ban hành là “{line.style}”, phải là đường kẻ "
                "nét liền.",
                en=f"The line under the issuing body is {line.style!r}; it must be solid.",
                location=self.at(line.paragraph) if line.paragraph is not None else loc,
                severity=Severity.WARNING,
            )
            return
        width = line.width_mm if line.kind == "shape" else typed_line_width_mm(line)
        widths = [
            w
            for p in lines
            if (
                w := line_text_width_mm(
                    p, *(span_of(p, ref.text) if p is para else (0, len(p.text)))
                )
            )
        ]
        if width is None or not widths:
            return
        text_width = max(widths)
        lo, hi = self.data(ctx, "co_quan").get("rule_length_ratio", [0.25, 0.65])
        if text_width > container_width_mm(ctx, para):
            return  # the text wraps: its printed length is unknown
        ratio = width / text_width
        if ratio < lo or ratio > hi:
            yield self.finding(
                ctx,
                vi=f"Đường kẻ dưới tên cơ quan ban hành dài khoảng {width:.0f} mm, bằng "
                f"{ratio:.0%} dòng chữ ({text_width:.0f} mm); phải dài từ 1/3 đến 1/2 dòng chữ.",
                en=f"The line under the issuing body is about {width:.0f} mm, {ratio:.0%} of "
                f"the name ({text_width:.0f} mm); expected 1/3 to 1/2 of it.",
                location=loc,
                severity=Severity.WARNING,
            )


def _name_lines(ctx: Context, para: Paragraph) -> list[Paragraph]:
    """The issuer's name paragraph plus the upper-case continuation lines below it."""
    pool = ctx.doc.textboxes if ref_story(para) == "textbox" else ctx.doc.paragraphs
    out = [para]
    position = next((i for i, p in enumerate(pool) if p.index == para.index), None)
    if position is None:
        return out
    for p in pool[position + 1 : position + 3]:
        if p.cell != para.cell or not p.stripped:
            break
        if p.stripped.startswith(("Số", "V/v")) or not is_upper(p.stripped):
            break
        if p.format.border_top is not None or para.format.border_bottom is not None:
            break
        out.append(p)
    return out


def ref_story(para: Paragraph) -> str | None:
    return "textbox" if para.story.value == "textbox" else None
