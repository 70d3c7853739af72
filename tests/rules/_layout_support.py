"""Helpers shared by the layout, body, signature and recipient rule tests (VB150-VB5xx).

``with_appendix`` appends an appendix after the signature block of a built .docx (the builder
writes no appendices): a "Phụ lục I" label, an upper-case title and one line, optionally in a
new section whose page numbering restarts at 1.
"""

from __future__ import annotations

import copy
import io
from typing import Any

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from tests import build


def with_appendix(
    spec: Any,
    *,
    label: str = "Phụ lục I",
    title: str = "DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC",
    new_section: bool = True,
    restart: bool = True,
    label_size: float = 14,
    title_bold: bool = True,
) -> bytes:
    document = docx.Document(io.BytesIO(build.to_bytes(spec)))
    if new_section:
        section = document.add_section(WD_SECTION.NEW_PAGE)
        if restart:
            pg = section._sectPr.find(qn("w:pgNumType"))
            if pg is None:
                pg = section._sectPr.makeelement(qn("w:pgNumType"), {})
                section._sectPr.append(pg)
            pg.set(qn("w:start"), "1")
        else:
            pg = section._sectPr.find(qn("w:pgNumType"))
            if pg is not None:
                section._sectPr.remove(pg)
        section.different_first_page_header_footer = False
        header = section.header
        header.is_linked_to_previous = False
        first_sect = document.sections[0]
        for p in first_sect.header.paragraphs:
            header._element.append(copy.deepcopy(p._p))
    for text, size, bold in ((label, label_size, True), (title, 14, title_bold)):
        para = document.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        run.font.name = "Times New Roman"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
