"""VB106: the line under the Tiêu ngữ is missing, not solid, or not as long as the motto."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import (
    StateElementRule,
    container_width_mm,
    find_rule_below,
    line_text_width_mm,
    part,
    span_of,
    typed_line_width_mm,
)


class TieuNguRuleWrong(StateElementRule):
    """Đường kẻ dưới Tiêu ngữ thiếu, không phải nét liền, hoặc không dài bằng dòng chữ.
    (The line under the motto is missing, not solid, or not as long as the motto.)

    ## Kiểm tra gì (What it checks)
    Dưới Tiêu ngữ phải có đường kẻ ngang nét liền, dài bằng dòng chữ. Chấp nhận: đường kẻ vẽ
    (shape), viền dưới của đoạn, hoặc dòng gạch dưới “____”. Báo lỗi khi không có đường kẻ;
    cảnh báo khi đường kẻ là nét đứt hoặc gõ bằng “-----”, hoặc khi độ dài lệch rõ so với dòng
    chữ (độ dài chữ ước tính theo số đo phông Times New Roman).
    A solid line as long as the motto must sit under it: a drawn line, a paragraph border or a
    typed underscore line are accepted.

    ## Vì sao (Why)
    Phụ lục I, mục II.1.b: “phía dưới có đường kẻ ngang, nét liền, có độ dài bằng độ dài của
    dòng chữ”. Dòng “-------” gõ bằng tay là lỗi hay gặp trong văn bản thực tế.
    PL I, II.1.b; typed “-----” lines are a common real-world mistake.

    ## Ví dụ sai (Bad)
        Độc lập - Tự do - Hạnh phúc
        ---------------------------

    ## Ví dụ đúng (Good)
        Độc lập - Tự do - Hạnh phúc
        ───────────────────────────   (đường kẻ nét liền, dài bằng dòng chữ)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Độ dài chỉ kiểm tra được với đường kẻ vẽ hoặc gõ (viền đoạn dài theo cột, không đo được);
    độ dài và nét đứt chỉ là cảnh báo. Văn bản thuần, văn bản của Đảng, văn bản quy phạm pháp
    luật không áp dụng. Length is only measured for drawn or typed lines; plain-text, Party and
    normative documents are out of scope.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.b
    """

    code = "VB106"
    name = "tieu-ngu-rule-wrong"
    summary = "Dưới Tiêu ngữ phải có đường kẻ nét liền dài bằng dòng chữ"
    summary_en = "A solid line as long as the motto must be drawn under it"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.b"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        found = part(ctx, "tieu_ngu")
        if found is None:
            return
        ref, para = found
        start, end = span_of(para, ref.text)
        loc = self.at(para, start, end, part="tieu_ngu")
        line = find_rule_below(ctx, para)
        if line.kind == "none":
            yield self.finding(
                ctx,
                vi="Không có đường kẻ ngang nét liền dưới Tiêu ngữ.",
                en="No solid horizontal line under the motto.",
                location=loc,
            )
            return
        if not line.solid:
            what = f"“{line.style}”" if line.kind == "typed" else f"kiểu “{line.style}”"
            yield self.finding(
                ctx,
                vi=f"Đường kẻ dưới Tiêu ngữ là {what}, phải là đường kẻ nét liền.",
                en=f"The line under the motto is {line.style!r}; it must be a solid line.",
                location=self.at(line.paragraph) if line.paragraph is not None else loc,
                severity=Severity.WARNING,
            )
            return
        width = line.width_mm if line.kind == "shape" else typed_line_width_mm(line)
        text_width = line_text_width_mm(para, start, end)
        if width is None or not text_width:
            return
        lo, hi = self.data(ctx, "tieu_ngu").get("rule_length_ratio", [0.75, 1.35])
        if text_width > container_width_mm(ctx, para):
            return  # the text wraps: its printed length is unknown
        ratio = width / text_width
        if ratio < lo or ratio > hi:
            yield self.finding(
                ctx,
                vi=f"Đường kẻ dưới Tiêu ngữ dài khoảng {width:.0f} mm, dòng chữ dài khoảng "
                f"{text_width:.0f} mm: đường kẻ phải dài bằng dòng chữ.",
                en=f"The line under the motto is about {width:.0f} mm long and the motto about "
                f"{text_width:.0f} mm: the line must be as long as the text.",
                location=loc,
                severity=Severity.WARNING,
            )
