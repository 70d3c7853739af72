"""VB170 appendix-heading-format: real .docx examples (failing and passing)."""

from __future__ import annotations

import io

import docx

from rules.elements.appendix_heading_format import AppendixHeadingFormat
from tests import build
from tests.rules._layout_support import with_appendix
from tests.ruletest import assert_clean, assert_flags


def test_label_in_capitals_and_12_pt():
    data = with_appendix(build.state_quyet_dinh(), label="PHỤ LỤC I", label_size=12)
    found = assert_flags(AppendixHeadingFormat, data, count=1)
    assert "in hoa" in found[0].message and "cỡ 12 pt" in found[0].message


def test_title_not_bold():
    data = with_appendix(build.state_quyet_dinh(), title_bold=False)
    assert_flags(
        AppendixHeadingFormat, data, count=1, excerpts=["DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC"]
    )


def test_prescribed_appendix_passes():
    assert_clean(AppendixHeadingFormat, with_appendix(build.state_quyet_dinh()))


def _italic_label(data: bytes) -> bytes:
    """The appendix built by ``with_appendix`` with its "Phụ lục" label run in italics."""
    document = docx.Document(io.BytesIO(data))
    label = next(p for p in document.paragraphs if p.text.startswith("Phụ lục"))
    for run in label.runs:
        run.italic = True
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_italic_label_is_flagged():
    # PL I, III.1.b and Table V row 9: "Phụ lục" + number in thường, 14, đứng, đậm.
    data = _italic_label(with_appendix(build.state_quyet_dinh()))
    (f,) = assert_flags(AppendixHeadingFormat, data, excerpts=["Phụ lục I"])
    assert "in nghiêng" in f.message and "đứng" in f.message
    (en,) = assert_flags(AppendixHeadingFormat, data, lang="en")
    assert "italic" in en.message and "upright" in en.message


def test_upright_label_with_a_second_appendix_passes():
    data = with_appendix(build.state_quyet_dinh(), label="Phụ lục II", title="BẢNG TỔNG HỢP")
    assert_clean(AppendixHeadingFormat, data)


ATTACHED = "(Kèm theo Quyết định số 15/QĐ-SNV ngày 05 tháng 01 năm 2026 của Giám đốc Sở Nội vụ)"


def _with_attachment_line(data: bytes, *, italic: bool, centred: bool, size: float) -> bytes:
    """The appendix of ``with_appendix`` with a "(Kèm theo …)" line under its title."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document(io.BytesIO(data))
    para = document.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.JUSTIFY
    run = para.add_run(ATTACHED)
    run.italic = italic
    run.font.size = Pt(size)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_attachment_line_upright_left_and_small_is_flagged():
    # PL I, III.1.c: the "(Kèm theo …)" line is centred, in thường, 13-14, nghiêng
    base = with_appendix(build.state_quyet_dinh())
    data = _with_attachment_line(base, italic=False, centred=False, size=12)
    (f,) = assert_flags(AppendixHeadingFormat, data)
    assert f.location.excerpt.startswith("(Kèm theo")
    for part in ("không in nghiêng", "không canh giữa", "cỡ 12 pt"):
        assert part in f.message


def test_attachment_line_centred_italic_passes():
    base = with_appendix(build.state_quyet_dinh())
    assert_clean(
        AppendixHeadingFormat, _with_attachment_line(base, italic=True, centred=True, size=14)
    )
