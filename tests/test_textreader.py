"""The plain-text reader: one paragraph per non-blank line, indexes consecutive."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from linter.model import Story
from linter.textreader import line_numbers, read_text, read_text_file


def test_lines_become_paragraphs_and_blank_lines_are_dropped() -> None:
    doc = read_text("Dòng một\n\n   \nDòng hai  \n\tDòng ba", name="a.txt")
    assert [p.text for p in doc.paragraphs] == ["Dòng một", "Dòng hai", "\tDòng ba"]
    assert [p.index for p in doc.paragraphs] == [0, 1, 2]
    assert all(p.story is Story.BODY for p in doc.paragraphs)
    assert doc.has_formatting is False
    assert doc.source_name == "a.txt"


def test_bom_and_crlf_are_normalised() -> None:
    doc = read_text("\ufeffSố: 15/QĐ-UBND\r\nLâm Đồng\r\n\r\nHết\r")
    assert [p.text for p in doc.paragraphs] == ["Số: 15/QĐ-UBND", "Lâm Đồng", "Hết"]
    assert not doc.paragraphs[0].text.startswith("\ufeff")


def test_line_numbers_map_paragraphs_back_to_source_lines() -> None:
    text = "a\n\nb\n   \nc\n"
    doc = read_text(text)
    assert line_numbers(text) == [0, 2, 4]
    assert len(line_numbers(text)) == len(doc.paragraphs)


def test_nfd_text_keeps_its_text_and_gets_an_nfc_form() -> None:
    nfd = unicodedata.normalize("NFD", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    doc = read_text(nfd)
    p = doc.paragraphs[0]
    assert p.text == nfd
    assert p.nfc == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert p.runs[0].text == nfd and p.runs[0].start == 0


def test_read_text_file_decodes_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "vb.txt"
    path.write_bytes("\ufeffKẾ HOẠCH\r\nTuyên truyền\r\n".encode())
    doc = read_text_file(path)
    assert [p.text for p in doc.paragraphs] == ["KẾ HOẠCH", "Tuyên truyền"]
    assert doc.source_name == "vb.txt"
