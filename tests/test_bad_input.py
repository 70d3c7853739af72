"""Bad input never gives a traceback: ReadError VB001 with a Vietnamese message."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from linter import reader
from linter.errors import ReadError
from linter.reader import read_docx, read_path
from tests.readerkit import docx, p

# Letters only Vietnamese has: every message must be real Vietnamese, not English.
_VIETNAMESE = set("ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịúùủũụýỳỷỹỵ")


def _fails(source, **kwargs) -> ReadError:
    with pytest.raises(ReadError) as err:
        if isinstance(source, Path) and not kwargs.pop("as_docx", False):
            read_path(source)
        else:
            read_docx(source, **kwargs)
    exc = err.value
    assert exc.code == "VB001"
    assert _VIETNAMESE & set(exc.message.lower()), exc.message
    assert exc.message_en and exc.message_en != exc.message
    assert exc.to_dict() == {"code": "VB001", "message": exc.message}
    return exc


def _zip(files: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _ole(extra: bytes = b"") -> bytes:
    """An OLE compound file header, optionally with a directory entry name."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + extra + b"\x00" * 512


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_bytes(b"Hello, this is plain text pretending to be a docx")
    exc = _fails(path)
    assert "không phải là văn bản Word" in exc.message


def test_truncated_zip() -> None:
    data = docx(p("Nội dung"))
    _fails(data[: len(data) // 2])


def test_legacy_doc_file(tmp_path: Path) -> None:
    path = tmp_path / "cu.doc"
    path.write_bytes(_ole("WordDocument".encode("utf-16-le")))
    exc = _fails(path)
    assert ".doc" in exc.message and "lưu lại" in exc.message
    # The same bytes under a .docx name are recognised by content, not by name.
    renamed = tmp_path / "cu.docx"
    renamed.write_bytes(path.read_bytes())
    assert "Word cũ" in _fails(renamed).message


def test_password_protected_docx(tmp_path: Path) -> None:
    path = tmp_path / "mat-khau.docx"
    path.write_bytes(_ole("EncryptedPackage".encode("utf-16-le")))
    exc = _fails(path)
    assert "mật khẩu" in exc.message
    assert "password" in exc.message_en


def test_zip_without_document_xml() -> None:
    exc = _fails(_zip({"[Content_Types].xml": "<Types/>", "word/styles.xml": "<x/>"}))
    assert "word/document.xml" in exc.message


def test_zip_bomb_refused_by_declared_size(monkeypatch: pytest.MonkeyPatch) -> None:
    # A highly compressible document.xml over a (lowered) cap: refused before reading.
    monkeypatch.setattr(reader, "MAX_PART_BYTES", 1_000_000)
    body = p("a" * 2_000_000)
    exc = _fails(docx(body))
    assert "zip bomb" in exc.message


def test_zip_bomb_refused_by_ratio() -> None:
    # 60 MB of one repeated character compresses ~1000:1: refused on the ratio alone.
    filler = b"<w:p/>" * 10_000_000
    data = _zip({"word/document.xml": filler})
    _fails(data)


def test_zip_bomb_with_lying_header(monkeypatch: pytest.MonkeyPatch) -> None:
    # The central directory claims a tiny size: the size is not trusted to be the real one
    # (reading is capped and checked), the part is reported as damaged, nothing is returned.
    monkeypatch.setattr(reader, "MAX_PART_BYTES", 200_000)
    monkeypatch.setattr(reader, "MAX_TOTAL_BYTES", 200_000)
    real = docx(p("b" * 1_000_000))
    original_infolist = zipfile.ZipFile.infolist

    def lying_infolist(self):
        infos = original_infolist(self)
        for info in infos:
            if info.filename == "word/document.xml":
                info.file_size = 100
        return infos

    monkeypatch.setattr(zipfile.ZipFile, "infolist", lying_infolist)
    exc = _fails(real)
    assert "bị hỏng" in exc.message or "zip bomb" in exc.message


def test_dtd_and_entities_refused() -> None:
    evil = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    exc = _fails(docx("", document_xml=evil))
    assert "DTD" in exc.message


def test_external_entity_refused() -> None:
    evil = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    _fails(docx("", document_xml=evil))


def test_malformed_xml() -> None:
    exc = _fails(docx("", document_xml="<w:document><w:body><w:p>"))
    assert "XML" in exc.message


def test_empty_document() -> None:
    exc = _fails(docx(p("") + p("   ")))
    assert "không có nội dung" in exc.message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "rong.docx"
    path.write_bytes(b"")
    _fails(path)


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "thu-muc.docx"
    folder.mkdir()
    assert "thư mục" in _fails(folder).message
    assert "thư mục" in _fails(folder, as_docx=True).message
    plain = tmp_path / "plain"
    plain.mkdir()
    _fails(plain)


def test_missing_file(tmp_path: Path) -> None:
    assert "Không tìm thấy" in _fails(tmp_path / "khong-co.docx").message
    assert "Không tìm thấy" in _fails(tmp_path / "khong-co.doc").message
    _fails(tmp_path / "khong-co.txt")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "khoa.docx"
    path.write_bytes(docx(p("Nội dung")))
    real_open = Path.open

    def denied(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    assert "quyền" in _fails(path).message


def test_rtf_renamed_docx(tmp_path: Path) -> None:
    path = tmp_path / "rtf.docx"
    path.write_bytes(b"{\\rtf1\\ansi hello}")
    assert "RTF" in _fails(path).message


def test_english_message_available() -> None:
    with pytest.raises(ReadError) as err:
        read_docx(b"nope", name="x.docx")
    assert err.value.text("en") == err.value.message_en
    assert "not a valid Word" in err.value.message_en


def test_good_document_still_reads_after_caps() -> None:
    # A large but legitimate document (about 2 MB of XML) is not refused.
    body = "".join(p(f"Đoạn số {i}: " + "nội dung văn bản " * 20) for i in range(4000))
    doc = read_docx(docx(body))
    assert len(doc.paragraphs) == 4000


def test_hostile_values_do_not_break_reading() -> None:
    from tests.readerkit import level, numbering_xml, numpr, r

    numbering = numbering_xml(
        '<w:abstractNum w:abstractNumId="0">'
        + level(0, "lowerLetter", "%1)", start=10**12)
        + level(1, "upperRoman", "%2.", start=10**9)
        + "</w:abstractNum>",
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    )
    sect = (
        '<w:sectPr><w:pgSz w:w="1e400" w:h="abc"/><w:pgMar w:top="-1e999"/>'
        '<w:pgNumType w:start="1e400"/></w:sectPr>'
    )
    body = (
        p("a", ppr=numpr(1, 0))
        + p("b", ppr=numpr(1, 1))
        + p(runs=r(raw='<w:sym w:font="Symbol" w:char="ZZZZ"/>') + r("c", '<w:sz w:val="x"/>'))
        + p("d", ppr='<w:ind w:left="1e400"/><w:spacing w:line="nan"/>')
    )
    doc = read_docx(docx(body, sect=sect, numbering=numbering))
    assert [x.text for x in doc.paragraphs] == ["a", "b", "c", "d"]
    assert doc.paragraphs[0].label == "1000000000000)"  # beyond Word's letters: digits
    assert doc.paragraphs[1].label == "1000000000."
    assert doc.sections[0].page_width_mm is None and doc.sections[0].page_number_start is None


def test_mutated_documents_give_a_document_or_read_error() -> None:
    """Byte-level damage anywhere in document.xml never escapes as another exception."""
    import random

    from tests.readerkit import tbl

    body = (
        tbl([[p("ỦY BAN NHÂN DÂN"), p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]])
        + p("Kính gửi: Sở Nội vụ", ppr='<w:jc w:val="center"/>')
        + p("Nội dung", rpr='<w:b/><w:sz w:val="28"/>')
    )
    good = docx(body)
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    xml = parts["word/document.xml"]
    rng = random.Random(20260)
    outcomes = {"document": 0, "error": 0}
    for _ in range(120):
        mutated = bytearray(xml)
        for _ in range(rng.randint(1, 4)):
            pos = rng.randrange(len(mutated))
            mutated[pos] = rng.choice(b'<>/="w:pPrjc0123 \xff')
        parts["word/document.xml"] = bytes(mutated)
        try:
            read_docx(_zip(parts))
            outcomes["document"] += 1
        except ReadError as exc:
            assert exc.code == "VB001"
            outcomes["error"] += 1
    assert outcomes["document"] > 0 and outcomes["error"] > 0


def test_dtd_in_styles_part_refused() -> None:
    evil = (
        '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaa">]>'
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:style w:type="paragraph" w:styleId="N"><w:name w:val="&a;"/></w:style></w:styles>'
    )
    exc = _fails(docx(p("Nội dung"), styles=evil))
    assert "word/styles.xml" in exc.message
