"""VB130: căn cứ lines not ending ";" (the last one "."), or several run into one paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.elements._header import StateElementRule, parts

# Types whose template has the formal preamble (Mẫu 1.1-1.3): the rule is applied strictly.
_FORMAL = frozenset({"quyet_dinh", "nghi_quyet", "chi_thi"})
_RUN_TOGETHER = re.compile(r"[;,.]\s+(Căn cứ)\b")


class CanCuPunctuationWrong(StateElementRule):
    """Dòng căn cứ không kết thúc bằng “;” (dòng cuối bằng “.”), hoặc nhiều căn cứ chung một đoạn.
    (A căn cứ line does not end with “;” (the last with “.”), or several share one paragraph.)

    ## Kiểm tra gì (What it checks)
    Mỗi căn cứ ban hành một dòng, cuối dòng có dấu chấm phẩy (;); dòng cuối cùng của phần căn
    cứ (kể cả dòng “Theo đề nghị của …” theo mẫu quyết định) kết thúc bằng dấu chấm (.). Báo
    khi một dòng căn cứ thiếu dấu “;”, dòng cuối kết thúc bằng “;”, hoặc nhiều căn cứ viết liền
    trong một đoạn.
    Each căn cứ on its own line ending “;”, the last line of the block ending “.”.

    ## Vì sao (Why)
    Phụ lục I, mục II.6.a: “sau mỗi căn cứ phải xuống dòng, cuối dòng có dấu chấm phẩy (;), dòng
    cuối cùng kết thúc bằng dấu chấm (.)”.
    PL I, II.6.a.

    ## Ví dụ sai (Bad)
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025.
        Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;
        QUYẾT ĐỊNH:

    ## Ví dụ đúng (Good)
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
        Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ;
        Theo đề nghị của Giám đốc Sở Nội vụ.

    ## Tự sửa (Fix)
    Có, an toàn: thay (hoặc thêm) dấu câu cuối dòng. Nhiều căn cứ trong một đoạn: không tự sửa.
    (Yes, safe: replace or add the final mark; run-together lines: no fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Câu trong nội dung bắt đầu bằng “Căn cứ …,” hoặc kết thúc bằng “:” không phải dòng căn cứ
    ban hành. Ngoài quyết định, nghị quyết, chỉ thị (mẫu có phần căn cứ chính thức), dấu câu
    cuối phần căn cứ chỉ được cảnh báo, và dòng căn cứ cuối kết thúc “;” được chấp nhận khi ngay
    sau là câu dẫn (“… ban hành Kế hoạch … như sau:”). Văn bản của Đảng, văn bản quy phạm pháp
    luật không áp dụng. Outside QĐ/NQ/CT the final-mark check is a warning.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.a
    """

    code = "VB130"
    name = "can-cu-punctuation-wrong"
    summary = "Mỗi căn cứ một dòng, kết thúc “;”, dòng cuối kết thúc “.”"
    summary_en = "One căn cứ per line ending “;”, the last ending “.”"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.a"

    def check(self, ctx: Context) -> Iterator[Finding]:
        lines = [
            p
            for _r, p in parts(ctx, "can_cu")
            if p.stripped.startswith("Căn cứ") and not p.stripped.endswith((":", ","))
        ]
        if not lines:
            return
        lines = _contiguous(ctx, sorted(lines, key=lambda p: p.index))
        data = self.data(ctx, "can_cu")
        block = _block(ctx, lines, tuple(data.get("continuation_prefixes", ())))
        strict = ctx.anatomy.doc_type in _FORMAL
        enacting = _enacting_sentence_follows(ctx, block[-1])
        for para in block:
            for m in _RUN_TOGETHER.finditer(para.text):
                yield self.finding(
                    ctx,
                    vi="Nhiều căn cứ viết liền trong một đoạn; sau mỗi căn cứ phải xuống dòng.",
                    en="Several căn cứ share one paragraph; each căn cứ starts a new line.",
                    location=self.at(para, m.start(1), m.end(1), part="can_cu"),
                )
        for i, para in enumerate(block):
            last = i == len(block) - 1
            want = data.get("last_end", ".") if last else data.get("line_end", ";")
            text = para.text.rstrip()
            if not text or text.endswith(want):
                continue
            if last and text.endswith(("./.", ".”", '."')):
                continue
            if last and not strict and enacting and text.endswith(";"):
                continue  # "Căn cứ …;" then "UBND tỉnh ban hành Kế hoạch … như sau:"
            end_char = text[-1]
            if end_char in ";,.:":
                start, end, repl = len(text) - 1, len(text), want
            else:
                start, end, repl = len(text), len(text), want
            where_vi = "dòng cuối của phần căn cứ" if last else "dòng căn cứ"
            where_en = "the last line of the căn cứ block" if last else "a căn cứ line"
            if end_char in ";,.:":
                vi = f"Cuối {where_vi} là “{end_char}”, phải là “{want}”."
                en = f"The end of {where_en} is “{end_char}”; expected “{want}”."
            else:
                vi = f"Cuối {where_vi} thiếu dấu “{want}”."
                en = f"The end of {where_en} has no “{want}”."
            yield self.finding(
                ctx,
                vi=vi,
                en=en,
                location=self.at(para, start, end, part="can_cu"),
                fix=Fix(
                    title=ctx.t(f"Kết thúc bằng “{want}”", f"End with “{want}”"), replacement=repl
                ),
                severity=None if strict or not last else Severity.WARNING,
            )


def _block(ctx: Context, lines: list[Paragraph], prefixes: tuple[str, ...]) -> list[Paragraph]:
    """The căn cứ lines plus the "Theo đề nghị …" lines that continue the block."""
    block = list(lines)
    by_index = {p.index: p for p in ctx.doc.paragraphs}
    i = lines[-1].index + 1
    while i in by_index:
        p = by_index[i]
        if not p.stripped:
            i += 1
            continue
        if p.stripped.startswith(prefixes) and not p.stripped.endswith(":"):
            block.append(p)
            i += 1
            continue
        break
    return block


def _contiguous(ctx: Context, lines: list[Paragraph]) -> list[Paragraph]:
    """The first run of căn cứ lines, separated by nothing but empty paragraphs."""
    out = [lines[0]]
    texts = {p.index: p.stripped for p in ctx.doc.paragraphs}
    for para in lines[1:]:
        between = range(out[-1].index + 1, para.index)
        if any(texts.get(i) for i in between):
            break
        out.append(para)
    return out


def _enacting_sentence_follows(ctx: Context, last: Paragraph) -> bool:
    """The block is followed by a sentence that continues it ("… ban hành Kế hoạch … như sau:")."""
    for p in ctx.doc.paragraphs[last.index + 1 : last.index + 3]:
        if p.stripped:
            return p.stripped.endswith(":") and not p.stripped.isupper() and len(p.stripped) > 20
    return False
