"""Every real document of the shared corpus is read; a few facts checked by hand.

The corpus lives next to the repository (``../shared/corpus_real``); this test fails, it does
not skip, when the corpus is missing.
"""

from __future__ import annotations

import zipfile
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from linter.model import Alignment, Document, Story
from linter.reader import read_docx

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus_real" / "docx"
FILES = sorted(CORPUS.glob("*.docx"))

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_OUTSIDE_MAIN = (W + "txbxContent", MC + "Fallback")
_NOT_SHOWN = (*_OUTSIDE_MAIN, W + "del", W + "moveFrom")


def test_corpus_is_present() -> None:
    assert CORPUS.is_dir(), f"corpus missing: {CORPUS}"
    assert len(FILES) >= 50


@cache
def _read_file(path: Path) -> Document:
    return read_docx(path)


def _read(name_prefix: str) -> Document:
    (path,) = [f for f in FILES if f.name.startswith(name_prefix)]
    return _read_file(path)


def _ids(path: Path) -> str:
    return path.name[:4]


@pytest.mark.parametrize("path", FILES, ids=_ids)
def test_every_file_reads_consistently(path: Path) -> None:
    doc = _read_file(path)
    assert doc.source_name == path.name
    assert doc.paragraphs and any(p.text.strip() for p in doc.paragraphs)
    assert doc.sections
    for i, para in enumerate(doc.paragraphs):
        assert para.index == i and para.story is Story.BODY
        assert "".join(r.text for r in para.runs) == para.text
        assert all(para.text[r.start : r.end] == r.text for r in para.runs)
        assert 0 <= para.section < len(doc.sections)
    for i, para in enumerate(doc.textboxes):
        assert para.index == i and para.story is Story.TEXTBOX
    assert doc.sections[-1].last_paragraph == len(doc.paragraphs) - 1
    assert not doc.legacy_encoding  # all corpus documents are Unicode


@pytest.mark.parametrize("path", FILES, ids=_ids)
def test_main_story_matches_an_independent_xml_walk(path: Path) -> None:
    """Paragraph count and text agree with a plain XPath-style walk of document.xml.

    The walk: every w:p under w:body except text-box content and mc:Fallback copies; text =
    the w:t elements not under w:del/w:moveFrom. Paragraphs using w:sym/w:noBreakHyphen (drawn
    by the reader as characters) are compared on their count only.
    """
    doc = _read_file(path)
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    paras = [
        p
        for p in root.find(W + "body").iter(W + "p")
        if not any(a.tag in _OUTSIDE_MAIN for a in p.iterancestors())
    ]
    assert len(paras) == len(doc.paragraphs)
    for xml_p, para in zip(paras, doc.paragraphs, strict=True):
        if next(xml_p.iter(W + "sym", W + "noBreakHyphen"), None) is not None:
            continue
        expected = "".join(
            t.text or ""
            for t in xml_p.iter(W + "t")
            if not any(a.tag in _NOT_SHOWN for a in t.iterancestors())
        )
        assert para.text.replace("\t", "").replace("\n", "") == expected


def test_d001_header_table_and_page_setup() -> None:
    doc = _read("d001")
    quoc_hieu = doc.paragraphs[5]
    assert quoc_hieu.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert (quoc_hieu.cell.table, quoc_hieu.cell.row, quoc_hieu.cell.col) == (0, 0, 2)
    fmt = quoc_hieu.runs[0].format
    assert fmt.bold and fmt.size_pt == 13.0 and fmt.font == "Times New Roman"
    assert doc.paragraphs[0].text == "ỦY BAN NHÂN DÂN"
    assert doc.paragraphs[3].text.strip() == "Số:            /QĐ-UBND"
    assert not doc.tables[0].has_visible_borders  # the borderless header table
    (section,) = doc.sections
    assert section.page_width_mm == pytest.approx(210, abs=0.5)
    assert section.page_height_mm == pytest.approx(297, abs=0.5)
    assert section.orientation == "portrait"
    (header,) = section.headers
    assert header.has_page_field and header.page_field_alignment is Alignment.CENTER
    # Lines are drawn shapes (DrawingML in mc:Choice; the VML fallback is not counted again).
    assert [s.kind for s in doc.shapes] == ["line", "line", "line"]
    assert doc.page_count == 3


def test_d087_text_box_and_check_boxes() -> None:
    doc = _read("d087")
    assert [p.text for p in doc.paragraphs[:6]] == [
        "UBND TỈNH LÂM ĐỒNG",
        "VĂN PHÒNG",
        "\t\t",
        "Số:10-01/26/PT-NC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert doc.paragraphs[7].text == "PHIẾU TRÌNH"
    textboxes = [s for s in doc.shapes if s.kind == "textbox"]
    assert len(textboxes) == 1 and textboxes[0].paragraph == 19
    assert len(doc.textboxes) == 1  # one text box paragraph (an empty check box)
    rects = [s for s in doc.shapes if s.kind == "rect"]
    assert len(rects) == 9 and all(s.width_mm == pytest.approx(4.55) for s in rects)
    # The line under "Độc lập - Tự do - Hạnh phúc" (paragraph 5), about 60 mm long.
    under = [s for s in doc.shapes if s.kind == "line" and s.paragraph == 5]
    assert len(under) == 1 and under[0].width_mm == pytest.approx(59.8)


def test_d015_auto_numbering_and_draft_box() -> None:
    doc = _read("d015")
    labelled = [(p.label, p.text[:20]) for p in doc.paragraphs[44:47]]
    assert labelled == [
        ("1.", "Tổ giúp việc về Cải "),
        ("2.", "Ban hành kèm theo Qu"),
        ("3.", "Kinh phí hoạt động c"),
    ]
    assert (
        doc.paragraphs[43].text == "Điều 2. Cơ chế hoạt động" and doc.paragraphs[43].label is None
    )
    assert [p.text for p in doc.textboxes] == ["DỰ THẢO"]
    assert doc.textboxes[0].runs[0].format.bold
    assert doc.sections[0].title_page
    kinds = {h.kind: h.has_page_field for h in doc.sections[0].headers}
    assert kinds == {"default": True, "first": False}


def test_d103_numbering_restarts_in_a_new_list() -> None:
    doc = _read("d103")
    labels = [(p.index, p.label) for p in doc.paragraphs if p.label]
    first_list = [label for index, label in labels if index < 95]
    assert first_list == [f"{n}." for n in range(1, 28)]
    # The number column is an auto-numbered empty cell; the name is in the next cell.
    assert doc.paragraphs[95].label == "1." and doc.paragraphs[95].text == ""
    assert doc.paragraphs[96].text.startswith("Bản sao y")
    assert doc.paragraphs[96].cell.row == doc.paragraphs[95].cell.row == 29
    assert doc.paragraphs[98].label == "2." and doc.paragraphs[99].text.startswith("Bản trích sao")


def test_d091_party_guidance_sections() -> None:
    doc = _read("d091")
    assert len(doc.sections) == 2
    assert any("36-HD/VPTW" in p.text for p in doc.paragraphs[:40])
    assert doc.page_count == 21
