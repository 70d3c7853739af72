"""Shared helpers of the Kính gửi and Nơi nhận rules (VB155-VB169, VB172).

Matching is done on NFC text. A paragraph may hold several visual lines (line breaks) or the
Nơi nhận column and the signer column separated by tabs: the rules read ``Segment`` lines.
"""

from __future__ import annotations

import re

from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import Segment, line_segments, part_paragraphs

NOI_NHAN_LABEL = re.compile(r"^\s*(Nơi\s+nhận)\s*(:?)", re.IGNORECASE)
DRAFTER_CODE = re.compile(r"^\s*[-–]?\s*[A-ZĐa-zđ]{1,8}\.?\s*\(\d+\)\s*\.?\s*$")
LUU = re.compile(r"^\s*[-–]?\s*Lưu\b", re.IGNORECASE)
KINH_GUI = re.compile(r"^\s*Kính\s+gửi\b", re.IGNORECASE)


def seg_has_dash(seg: Segment) -> bool:
    """A line starts with "-" typed, or (first line of a paragraph) Word's "-" bullet label."""
    if seg.start == 0 and (seg.para.label or "").strip() in ("-", "–"):
        return True
    return seg.nfc.lstrip().startswith("-")


def end_span(seg: Segment) -> tuple[int, int, str]:
    """(start, end, char) in the paragraph of the closing punctuation slot of a line.

    When the line ends with punctuation the span covers it; otherwise it is empty, at the end.
    """
    text = seg.text.rstrip()
    end = seg.start + len(text)
    if text and text[-1] in ";,.:":
        return end - 1, end, text[-1]
    return end, end, ""


def noi_nhan_block(ctx: Context) -> tuple[Segment | None, list[Segment], list[Segment]]:
    """(the "Nơi nhận:" label, the recipient lines, the drafter-code lines)."""

    def build() -> tuple[Segment | None, list[Segment], list[Segment]]:
        paras = part_paragraphs(ctx, "noi_nhan")
        if paras:  # a drafter code line right below the list, which the anatomy may leave out
            last = paras[-1]
            for nxt in ctx.doc.paragraphs[last.index + 1 : last.index + 3]:
                if nxt.cell == last.cell and DRAFTER_CODE.match(nxt.nfc):
                    paras.append(nxt)
        segs = [s for p in paras for s in line_segments(p, "first")]
        if not segs:
            return None, [], []
        label = segs[0] if NOI_NHAN_LABEL.match(segs[0].nfc) else None
        rest = segs[1:] if label is not None else segs
        items = [s for s in rest if not DRAFTER_CODE.match(s.nfc)]
        codes = [s for s in rest if DRAFTER_CODE.match(s.nfc)]
        return label, items, codes

    result: tuple[Segment | None, list[Segment], list[Segment]] = ctx.memo("noi_nhan.block", build)
    return result


def kinh_gui_paragraphs(ctx: Context) -> list[Paragraph]:
    """The Kính gửi block from the anatomy, or a "Kính gửi" line it did not classify."""
    paras = part_paragraphs(ctx, "kinh_gui")
    if paras:
        return paras
    limit = min([r.paragraph for r in ctx.anatomy.part_list("noi_nhan")] or [60])
    for para in ctx.doc.paragraphs[: min(limit, 60)]:
        if KINH_GUI.match(para.nfc):
            return [para]
    return []
