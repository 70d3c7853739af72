"""VB127: the line under the trích yếu (or the type name) is missing or not solid."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.elements._header import ADMIN_TYPES, LineMessages, StateElementRule, is_upper

_STOP = ("Căn cứ", "Kính gửi", "Theo đề nghị", "Xét ", "Thực hiện", "(Kèm theo")

_LINE = LineMessages(
    missing_vi="Không có đường kẻ ngang nét liền dưới {name_vi}.",
    missing_en="No solid horizontal line under the {name_en}.",
    dashed_vi="Đường kẻ dưới {name_vi} là “{style}”, phải là đường kẻ nét liền.",
    dashed_en="The line under the {name_en} is {style!r}; it must be solid.",
    length_vi="Đường kẻ dưới {name_vi} dài khoảng {width:.0f} mm, bằng {ratio:.0%} dòng chữ "
    "({text_width:.0f} mm); phải dài từ 1/3 đến 1/2 dòng chữ.",
    length_en="The line under the {name_en} is about {width:.0f} mm, {ratio:.0%} of the text "
    "({text_width:.0f} mm); expected 1/3 to 1/2.",
)


_STOP = ("Căn cứ", "Kính gửi", "Theo đề nghị", "Xét ", "Thực hiện", "(Kèm theo")


class TrichYeuRuleWrong(StateElementRule):
    """Đường kẻ dưới trích yếu thiếu, không liền nét, hoặc sai độ dài (1/3–1/2).
    (The line under the subject line is missing, not solid, or not 1/3–1/2 of its length.)

    ## Kiểm tra gì (What it checks)
    Bên dưới trích yếu (hoặc dưới tên loại khi văn bản không có trích yếu, như giấy giới thiệu)
    phải có đường kẻ ngang nét liền, dài từ 1/3 đến 1/2 dòng chữ, canh giữa. Báo lỗi khi không
    có; cảnh báo khi nét đứt, gõ bằng “-----” hoặc độ dài lệch rõ.
    A solid centred line 1/3–1/2 as long as the subject line must sit under it.

    ## Vì sao (Why)
    Phụ lục I, mục II.5.b: “bên dưới trích yếu có đường kẻ ngang, nét liền, có độ dài bằng từ
    1/3 đến 1/2 độ dài của dòng chữ và đặt cân đối so với dòng chữ”.
    PL I, II.5.b.

    ## Ví dụ sai (Bad)
        QUYẾT ĐỊNH
        Về việc thành lập Tổ công tác
        (không có đường kẻ)

    ## Ví dụ đúng (Good)
        QUYẾT ĐỊNH
        Về việc thành lập Tổ công tác
                 ─────────

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Công văn (trích yếu “V/v” không có đường kẻ). Độ dài chỉ đo được với đường kẻ vẽ hoặc gõ.
    Văn bản thuần, văn bản của Đảng, văn bản quy phạm pháp luật không áp dụng. Công văn has no
    line; plain-text, Party and normative documents are skipped.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5.b
    """

    code = "VB127"
    name = "trich-yeu-rule-wrong"
    summary = "Dưới trích yếu phải có đường kẻ nét liền dài 1/3–1/2 dòng chữ"
    summary_en = "A solid line 1/3–1/2 as long as the subject must be drawn under it"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5.b"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        if ctx.anatomy.doc_type == "cong_van":
            return
        if ctx.anatomy.doc_type not in ADMIN_TYPES:
            return  # attached documents and appendices have their own title format
        data = self.data(ctx, "trich_yeu")
        el = self.element(ctx, "trich_yeu")
        what_vi, what_en = "trích yếu", "subject line"
        if el is None:
            if ctx.anatomy.doc_type not in set(data.get("no_trich_yeu_types", ())):
                return
            el = self.element(ctx, "ten_loai")
            what_vi, what_en = "tên loại", "type name"
            if el is None:
                return
        para = el.para
        lines = _lines(ctx, para)
        spans = [(p, 0, len(p.text)) for p in lines]
        ratio = data.get("rule_length_ratio", [0.25, 0.65])
        yield from self.line_below(
            ctx, para, lines[-1], spans, ratio, el.location, _LINE, name_vi=what_vi, name_en=what_en
        )


def _lines(ctx: Context, para: Paragraph) -> list[Paragraph]:
    """The subject paragraph plus its wrapped continuation lines (bold, not capitals)."""
    pool = ctx.doc.textboxes if para.story.value == "textbox" else ctx.doc.paragraphs
    out = [para]
    position = next((i for i, p in enumerate(pool) if p.index == para.index), None)
    if position is None or para.format.border_bottom is not None:
        return out
    for p in pool[position + 1 : position + 4]:
        text = p.stripped
        if not text or p.cell != para.cell or text.startswith(_STOP) or is_upper(text):
            break
        if not p.all_runs("bold") or p.format.alignment != para.format.alignment:
            break
        if set(text.replace(" ", "")) <= set("_-–—.·"):
            break
        out.append(p)
        if p.format.border_bottom is not None:
            break
    return out
