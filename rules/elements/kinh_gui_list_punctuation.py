"""VB156 kinh-gui-list-punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.elements._recipients import end_span, kinh_gui_paragraphs, seg_has_dash
from rules.layout._common import PL1, Segment, StateRule, cap

_KG = re.compile(r"^\s*Kính\s+gửi\s*:?\s*", re.IGNORECASE)


class KinhGuiListPunctuation(StateRule):
    """Danh sách "Kính gửi" sai gạch đầu dòng hoặc dấu cuối dòng.
    (Kính gửi list with wrong dashes or line-end punctuation.)

    ## Kiểm tra gì (What it checks)
    Khi gửi từ hai nơi trở lên, mỗi cơ quan, cá nhân (hoặc nhóm) một dòng, đầu dòng có gạch
    đầu dòng "-", cuối dòng có dấu chấm phẩy ";", dòng cuối cùng có dấu chấm ".".
    With two or more recipients: one per line, "- " first, ";" at the end, "." on the last.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.a: "trường hợp văn bản gửi cho hai cơ quan,
    tổ chức, cá nhân trở lên thì xuống dòng; tên mỗi cơ quan… hoặc mỗi nhóm… được trình bày
    trên một dòng riêng, đầu dòng có gạch đầu dòng (-), cuối dòng có dấu chấm phẩy (;), cuối
    dòng cuối cùng có dấu chấm (.)".
    ND 30 prescribes the dashes and the final punctuation.

    ## Ví dụ sai (Bad)
        Kính gửi:
            - Bộ Nội vụ,
            - Bộ Tài chính;

    ## Ví dụ đúng (Good)
        Kính gửi:
            - Bộ Nội vụ;
            - Bộ Tài chính.

    ## Tự sửa (Fix)
    Có, an toàn: thay hoặc thêm dấu cuối dòng (";" hoặc "."). Thiếu gạch đầu dòng: không tự
    sửa. (Yes, safe, for the line-end punctuation.)

    ## Tùy chọn (Options)
    Không có. (None.) `kinh_gui.item_prefix` trong dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Gửi một nơi (viết trên cùng dòng với "Kính gửi:"); văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9.a
    """

    code = "VB156"
    name = "kinh-gui-list-punctuation"
    summary = "Danh sách Kính gửi: “-” đầu dòng, “;” cuối dòng, “.” dòng cuối"
    summary_en = "Kính gửi list: “-” first, “;” at line end, “.” at the end"
    severity = Severity.ERROR
    fixable = True
    source = f"{PL1}, mục II.9.a"
    table = "kinh_gui"

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not self.data(ctx).get("item_prefix"):
            return
        paras = kinh_gui_paragraphs(ctx)
        if not paras:
            return
        items: list[Segment] = []
        head = paras[0]
        m = _KG.match(head.nfc)
        if m and head.nfc == head.text and head.text[m.end() :].strip():
            rest = Segment(head, m.end(), len(head.text))
            items.extend(line_segments_of(rest))
        ends: dict[int, Segment] = {}  # an entry wrapped onto the next paragraph: where it ends
        for para in paras[1:]:
            lines = line_segments_of(Segment(para, 0, len(para.text)))
            items.extend(lines)
            goes_on = _continuation(ctx, para)
            if lines and goes_on is not None:
                ends[len(items) - 1] = goes_on
        if len(items) < 2:
            return
        yield from cap(ctx, self._scan(ctx, items, ends))

    def _scan(
        self, ctx: Context, items: list[Segment], ends: dict[int, Segment]
    ) -> Iterator[Finding]:
        for n, line in enumerate(items):
            last = n == len(items) - 1
            seg = line
            if not seg_has_dash(seg):
                yield self.finding(
                    ctx,
                    vi=f"Dòng “{seg.text[:40]}” thiếu gạch đầu dòng; mỗi nơi nhận một dòng, bắt "
                    "đầu bằng “- ”.",
                    en="Recipient line without a leading “- ”.",
                    location=self.at(seg.para, seg.start, seg.end),
                )
            seg = ends.get(n, line)  # the entry's punctuation is at its end
            para = seg.para
            start, end, got = end_span(seg)
            want = "." if last else ";"
            if got == want:
                continue
            role_vi = "dòng cuối" if last else "mỗi dòng"
            if got:
                vi = f"Dòng Kính gửi kết thúc bằng “{got}”; {role_vi} phải kết thúc bằng “{want}”."
                en = f"Kính gửi line ends with “{got}”; it must end with “{want}”."
            else:
                vi = f"Dòng Kính gửi thiếu dấu “{want}” ở cuối."
                en = f"Kính gửi line has no “{want}” at its end."
            yield self.finding(
                ctx,
                vi=vi,
                en=en,
                location=self.at(para, start, end),
                fix=Fix(
                    title=ctx.t(f"Kết thúc bằng “{want}”", f"End with “{want}”"),
                    replacement=want,
                    safe=True,
                ),
            )


def _continuation(ctx: Context, para: Paragraph) -> Segment | None:
    """The paragraph an entry of the Kính gửi block runs on to, when the anatomy read the
    entry over two paragraphs ("- Các Sở: Công Thương, Tài chính, Xây dựng," / "Nông nghiệp
    và Môi trường;")."""
    ref = next((r for r in ctx.anatomy.part_list("kinh_gui") if r.paragraph == para.index), None)
    if ref is None:
        return None
    whole, own = " ".join(ref.text.split()), " ".join(para.text.split())
    if len(whole) <= len(own):
        return None
    nxt = next((q for q in ctx.doc.paragraphs[para.index + 1 : para.index + 3] if q.stripped), None)
    if nxt is None or not whole.endswith(" ".join(nxt.text.split())):
        return None
    lines = line_segments_of(Segment(nxt, 0, len(nxt.text)))
    return lines[-1] if lines else None


def line_segments_of(seg: Segment) -> list[Segment]:
    """Split a segment at line breaks and tab gaps; keep the non-blank pieces."""
    out = []
    for m in re.finditer(r"[^\n\t]+", seg.text):
        piece = m.group(0)
        if not piece.strip():
            continue
        lead = len(piece) - len(piece.lstrip())
        start = seg.start + m.start() + lead
        out.append(Segment(seg.para, start, start + len(piece.strip())))
    return out
