"""Shared helpers of the signature-block rules (VB160-VB163)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import UPPER, is_upper_text, part_paragraphs, signature_zone

# An authority prefix at the start of an upper-case line, written right or wrong.
FORM_RE = re.compile(
    r"^\s*(?P<form>K/T|T/M|T/L|TU/Q|T\.M|K\.T|T\.L|TUQ|KT|TM|TL|Q)(?P<dot>\.?)(?P<ws>\s*)"
    r"(?=[" + UPPER + r"])",
    re.IGNORECASE,
)
CANON = {
    "K/T": "KT.", "T/M": "TM.", "T/L": "TL.", "TU/Q": "TUQ.", "T.M": "TM.", "K.T": "KT.",
    "T.L": "TL.", "TUQ": "TUQ.", "KT": "KT.", "TM": "TM.", "TL": "TL.", "Q": "Q.",
}  # fmt: skip


@dataclass(frozen=True)
class FormLine:
    para: Paragraph
    written: str  # the prefix as written, up to and including the space after it
    canonical: str  # "KT."
    start: int
    end: int  # end of the written prefix (incl. the space)
    ok: bool  # written exactly as "<FORM>. "


def form_line(para: Paragraph) -> FormLine | None:
    """The authority prefix of a signature line, if it has one."""
    text = para.text
    m = FORM_RE.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip()
    if len(rest) < 2 or not is_upper_text(rest):
        return None
    form = m.group("form")
    if form.upper() not in CANON:
        return None
    canonical = CANON[form.upper()]
    if not m.group("ws") and not m.group("dot"):
        return None  # "TLCH…" or similar: a word, not a prefix
    ok = form == canonical[:-1] and m.group("dot") == "." and bool(m.group("ws"))
    start = m.start("form")
    return FormLine(para, text[start : m.end()], canonical, start, m.end(), ok)


def signature_form_lines(ctx: Context) -> list[FormLine]:
    def build() -> list[FormLine]:
        noi_nhan = {p.index for p in part_paragraphs(ctx, "noi_nhan")}
        out = []
        for para in signature_zone(ctx):
            if para.index in noi_nhan:
                continue
            line = form_line(para)
            if line is not None:
                out.append(line)
        return out

    result: list[FormLine] = ctx.memo("signature.form_lines", build)
    return result
