"""VB128: the công văn subject line is not "V/v …" in size 12-13, upright, not bold."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.elements._header import Size, StateElementRule, Style, paragraph_of, part

_VV_COLON = re.compile(r"^(V/v)\s*:\s*")
_VV_OTHER = re.compile(r"^(V/V|v/v|V\.v|Về việc|VỀ VIỆC)\b[\s:]*")

_LOOK = (
    Size(
        "vv_size_pt",
        vi="Trích yếu công văn cỡ chữ {got}, phải cỡ {want}.",
        en="The công văn subject is in size {got}; expected {want}.",
    ),
    Style(
        "bold",
        False,
        "vv_bold",
        vi="Trích yếu công văn in đậm; phải là chữ đứng, không đậm.",
        en="The công văn subject is bold; it must be upright, not bold.",
    ),
    Style(
        "italic",
        False,
        "vv_italic",
        vi="Trích yếu công văn in nghiêng; phải là chữ đứng.",
        en="The công văn subject is in italics; it must be upright.",
    ),
)


# A subject line the anatomy does not take for the công văn's trích yếu (it reads "V/v" and
# "V/V" only): "Về việc …", "v/v …", "V.v …" right under the number.
_UNREAD_PREFIX = re.compile(r"^(v/v|V\.v|Về việc|VỀ VIỆC)\b")


def subject_under_number(ctx: Context) -> tuple[Paragraph, re.Match[str]] | None:
    """The line under the number that opens with another prefix than "V/v" (same cell, or one
    of the next lines of the same story), when the anatomy found no trích yếu."""
    ref = ctx.anatomy.part("so_ky_hieu")
    if ref is None or ctx.anatomy.part("trich_yeu") is not None:
        return None
    number = paragraph_of(ctx, ref)
    if number is None:
        return None
    pool = ctx.doc.textboxes if ref.story == "textbox" else ctx.doc.paragraphs
    position = next((i for i, p in enumerate(pool) if p.index == number.index), None)
    if position is None:
        return None
    seen = 0
    for para in pool[position + 1 : position + 6]:
        if number.cell is not None and para.cell != number.cell:
            break
        if not para.stripped:
            continue
        if m := _UNREAD_PREFIX.match(para.stripped):
            return para, m
        seen += 1
        if seen >= 2:
            break
    return None


class CongVanTrichYeuWrong(StateElementRule):
    """Trích yếu công văn sai: không viết “V/v”, có dấu hai chấm, in đậm hoặc sai cỡ chữ.
    (The công văn subject line is not “V/v …”, has a colon, is bold, or the wrong size.)

    ## Kiểm tra gì (What it checks)
    Trích yếu của công văn viết sau chữ “V/v”, chữ in thường, cỡ 12 đến 13, kiểu chữ đứng,
    không đậm, đặt canh giữa dưới số và ký hiệu. Báo:
    - in đậm, in nghiêng hoặc sai cỡ chữ — lỗi;
    - “Về việc …” thay cho “V/v …” — lỗi (văn bản quy định viết sau chữ “V/v”);
    - “V/v:” (có dấu hai chấm), “V/V …”, “v/v …” — cảnh báo (mẫu không có dấu hai chấm; cùng chữ
      viết tắt, khác chữ hoa);
    - trích yếu nằm ở cột bên phải (dưới Quốc hiệu) thay vì dưới số — gợi ý.
    The công văn subject follows “V/v”, size 12–13, upright, not bold, under the number.
    “Về việc …” instead of “V/v …” is an error ([H]); “V/v:”, “V/V”, “v/v” are warnings.

    ## Vì sao (Why)
    Phụ lục I, mục II.5.b và bảng mục V dòng 5b: “Trích yếu nội dung công văn được trình bày
    sau chữ ‘V/v’ bằng chữ in thường, cỡ chữ từ 12 đến 13, kiểu chữ đứng; được đặt canh giữa
    dưới số và ký hiệu văn bản”. Không mẫu chính thức nào có dấu hai chấm sau “V/v”.
    PL I, II.5.b; table V row 5b (“V/v nâng bậc lương năm 2019”).

    ## Ví dụ sai (Bad)
        **V/v: triển khai Kết luận số 226-KL/TW**

    ## Ví dụ đúng (Good)
        V/v triển khai Kết luận số 226-KL/TW   (cỡ 12, đứng, không đậm)

    ## Tự sửa (Fix)
    Có, an toàn: bỏ dấu hai chấm sau “V/v”; đổi “Về việc”/“V/V” thành “V/v”. Định dạng: không
    tự sửa. (Yes, safe for the colon and the prefix; no fix for formatting.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Chỉ áp dụng cho công văn. Cỡ, kiểu chữ, vị trí không kiểm tra với văn bản thuần. Văn bản
    của Đảng, văn bản quy phạm pháp luật không áp dụng. Công văn only; formatting is skipped
    for plain text.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5.b; mục V (bảng, dòng 5b)
    """

    code = "VB128"
    name = "cong-van-trich-yeu-wrong"
    summary = "Trích yếu công văn: “V/v …”, cỡ 12–13, đứng, không đậm, dưới số ký hiệu"
    summary_en = "Công văn subject: “V/v …”, size 12–13, upright, not bold, under the number"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5.b"

    def _prefix(self, ctx: Context, para: Paragraph, start: int, prefix: str, end: int) -> Finding:
        # "Về việc" is another prefix than the prescribed "V/v" ([H], spec §4.5): an error.
        # "V/V", "v/v", "V.v" are the same abbreviation in another case or form: a warning.
        spelled_out = prefix.lower() == "về việc"
        return self.finding(
            ctx,
            vi=f"Trích yếu công văn bắt đầu bằng “{prefix}”; phải viết sau chữ “V/v”.",
            en=f"The công văn subject starts with “{prefix}”; it must follow “V/v”.",
            location=self.at(para, start, end, part="trich_yeu"),
            fix=Fix(title=ctx.t("Viết “V/v”", "Write “V/v”"), replacement="V/v "),
            severity=None if spelled_out else Severity.WARNING,
        )

    def check(self, ctx: Context) -> Iterator[Finding]:
        if ctx.anatomy.doc_type != "cong_van":
            return
        el = self.element(ctx, "trich_yeu")
        if el is None:
            if (found := subject_under_number(ctx)) is not None:
                para, m = found
                start = len(para.text) - len(para.text.lstrip())
                yield self._prefix(ctx, para, start, m.group(1), start + m.end())
            return
        para, start, loc = el.para, el.start, el.location
        text = para.text[start : el.end]
        m = _VV_COLON.match(text)
        other = _VV_OTHER.match(text)
        if m:
            yield self.finding(
                ctx,
                vi=f"Trích yếu công văn viết “{m.group(0).strip()}”; sau “V/v” không có dấu hai "
                "chấm: “V/v …”.",
                en=f"The subject is written “{m.group(0).strip()}”; no colon after “V/v”.",
                location=self.at(para, start, start + m.end(), part="trich_yeu"),
                fix=Fix(
                    title=ctx.t("Bỏ dấu hai chấm sau “V/v”", "Remove the colon after “V/v”"),
                    replacement="V/v ",
                ),
                severity=Severity.WARNING,
            )
        elif other:
            yield self._prefix(ctx, para, start, other.group(1), start + other.end())
        if not ctx.doc.has_formatting or not (runs := el.runs):
            return
        yield from self.typography(ctx, _LOOK, self.data(ctx, "cong_van"), runs, loc)
        number = part(ctx, "so_ky_hieu")
        qh = part(ctx, "quoc_hieu")
        if number and qh and para.cell and number[1].cell and qh[1].cell:
            nc, qc, vc = number[1].cell, qh[1].cell, para.cell
            if nc.col != qc.col and vc.col == qc.col and vc.table == qc.table:
                yield self.finding(
                    ctx,
                    vi="Trích yếu công văn nằm dưới Quốc hiệu; phải đặt canh giữa dưới số, "
                    "ký hiệu.",
                    en="The công văn subject sits under the national title; it belongs under "
                    "the number.",
                    location=loc,
                    severity=Severity.INFO,
                )
