"""Peer A's false alarms on real drafts (docs/peer_coverage.md): our rules do not raise them.

Each case is a compliant document with the one feature Peer A misread, built as a real .docx,
next to the same document with the fault Peer A meant to catch, which our rule does report.
"""

from __future__ import annotations

import copy
import io

import docx
from docx.oxml.ns import qn

from rules.elements.kinh_gui_format import KinhGuiFormat
from rules.elements.noi_nhan_label_format import NoiNhanLabelFormat
from rules.elements.quoc_hieu_format_wrong import QuocHieuFormatWrong
from rules.elements.tieu_ngu_format_wrong import TieuNguFormatWrong
from tests import build
from tests.ruletest import assert_clean, assert_flags

MOTTO = "Độc lập - Tự do - Hạnh phúc"


def _save(document: docx.document.Document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _paragraph(document: docx.document.Document, text: str) -> docx.text.paragraph.Paragraph:
    """The first paragraph (body or table cell) whose text is ``text``."""
    for para in document.paragraphs:
        if para.text == text:
            return para
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for para in cell.paragraphs:
                    if para.text == text:
                        return para
    raise AssertionError(f"no paragraph {text!r}")


# -- "Quốc hiệu not bold" by substring match --------------------------------------------------


def test_quoc_hieu_words_in_a_body_sentence_are_not_judged():
    sentence = (
        "Thực hiện Hiến pháp nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM năm 2013, Sở Nội vụ đề "
        "nghị các cơ quan, đơn vị rà soát số lượng cán bộ, công chức./."
    )
    spec = build.state_cong_van(body=[build.p(sentence)])
    assert_clean(QuocHieuFormatWrong, spec)
    # The Quốc hiệu itself, not bold, is reported (once: the sentence is not).
    assert_flags(QuocHieuFormatWrong, spec.fmt("quoc_hieu", bold=False), count=1)


# -- "Tiêu ngữ not bold" over the hyphens ------------------------------------------------------


def _motto_in_runs(bold_hyphens: bool, bold_words: bool = True) -> bytes:
    """The compliant công văn with its motto split into word runs and hyphen runs."""
    document = docx.Document(io.BytesIO(build.to_bytes(build.state_cong_van())))
    para = _paragraph(document, MOTTO)
    first = para.runs[0]._r
    template = copy.deepcopy(first)
    for run in list(para.runs):
        run._r.getparent().remove(run._r)
    for piece in ("Độc lập", " - ", "Tự do", " - ", "Hạnh phúc"):
        r = copy.deepcopy(template)
        r.find(qn("w:t")).text = piece
        r.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run = docx.text.run.Run(r, para)
        run.bold = bold_hyphens if piece.strip() == "-" else bold_words
        para._p.append(r)
    return _save(document)


def test_non_bold_hyphens_in_the_motto_are_not_judged():
    assert_clean(TieuNguFormatWrong, _motto_in_runs(bold_hyphens=False))
    # A non-bold word of the motto is reported.
    assert_flags(TieuNguFormatWrong, _motto_in_runs(bold_hyphens=True, bold_words=False))


# -- "Nơi nhận: not bold + italic" over the recipients -----------------------------------------


def _noi_nhan_with_breaks(label_italic: bool) -> bytes:
    """The compliant công văn whose "Nơi nhận:" paragraph also holds the recipient list, each
    recipient after a line break (11 pt, upright, not bold), as many real drafts have it."""
    spec = build.state_cong_van(noi_nhan=["Nơi nhận:"])
    document = docx.Document(io.BytesIO(build.to_bytes(spec)))
    para = _paragraph(document, "Nơi nhận:")
    para.runs[0].italic = label_italic
    for line in ("- Như trên;", "- Giám đốc Sở;", "- Lưu: VT, VP."):
        run = para.add_run()
        run.add_break()
        run = para.add_run(line)
        run.bold = False
        run.italic = False
        run.font.size = docx.shared.Pt(11)
        run.font.name = "Times New Roman"
    return _save(document)


def test_recipients_after_line_breaks_in_the_label_paragraph_are_not_judged():
    data = _noi_nhan_with_breaks(label_italic=True)
    document = docx.Document(io.BytesIO(data))
    assert _paragraph(document, "Nơi nhận:\n- Như trên;\n- Giám đốc Sở;\n- Lưu: VT, VP.")
    assert_clean(NoiNhanLabelFormat, data)
    # The label itself not italic is reported.
    assert_flags(NoiNhanLabelFormat, _noi_nhan_with_breaks(label_italic=False), count=1)


# -- "Kính gửi bold": Peer A was right, and VB157 now reports it --------------------------------


def test_bold_kinh_gui_is_reported_and_plain_one_is_not():
    assert_clean(KinhGuiFormat, build.state_cong_van())
    assert_flags(KinhGuiFormat, build.state_cong_van().fmt("kinh_gui", bold=True))
