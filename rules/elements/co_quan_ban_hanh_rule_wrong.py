"""VB109: the line under the issuing body's name is missing, not solid, or of the wrong length."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.elements._header import LineMessages, StateElementRule, is_upper, span_of

_LINE = LineMessages(
    missing_vi="Không có đường kẻ ngang nét liền dưới tên cơ quan ban hành.",
    missing_en="No solid horizontal line under the issuing body's name.",
    dashed_vi="Đường kẻ dưới tên cơ quan ban hành là “{style}”, phải là đường kẻ nét liền.",
    dashed_en="The line under the issuing body is {style!r}; it must be solid.",
    length_vi="Đường kẻ dưới tên cơ quan ban hành dài khoảng {width:.0f} mm, bằng {ratio:.0%} "
    "dòng chữ ({text_width:.0f} mm); phải dài từ 1/3 đến 1/2 dòng chữ.",
    length_en="The line under the issuing body is about {width:.0f} mm, {ratio:.0%} of the name "
    "({text_width:.0f} mm); expected 1/3 to 1/2 of it.",
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
        el = self.element(ctx, "co_quan_ban_hanh")
        if el is None:
            return
        para = el.para
        lines = _name_lines(ctx, para)
        spans = [(p, *(span_of(p, el.ref.text) if p is para else (0, len(p.text)))) for p in lines]
        ratio = self.data(ctx, "co_quan").get("rule_length_ratio", [0.25, 0.65])
        yield from self.line_below(ctx, para, lines[-1], spans, ratio, el.location, _LINE)


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
