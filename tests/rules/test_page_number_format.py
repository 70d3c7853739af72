"""VB208 page-number-format: real .docx examples (failing and passing)."""

from __future__ import annotations

from rules.layout.page_number_format import PageNumberFormat
from tests import build
from tests.ruletest import assert_clean, assert_flags


def test_page_number_too_small():
    found = assert_flags(PageNumberFormat, build.state_ke_hoach(page_number_size=11), count=1)
    assert "cỡ 11 pt" in found[0].message


def test_page_number_13_and_14_pass():
    assert_clean(PageNumberFormat, build.state_ke_hoach(page_number_size=13))
    assert_clean(PageNumberFormat, build.state_ke_hoach(page_number_size=14))


def _with(data: bytes, old: bytes, new: bytes) -> bytes:
    """The .docx with one change in word/document.xml or a header part."""
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    changed = False
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if old in body:
                body, changed = body.replace(old, new), True
            dst.writestr(item, body)
    assert changed, old
    return out.getvalue()


def test_roman_page_numbers_are_flagged():
    # PL I, I.7: "bằng chữ số Ả Rập". Word's "Format Page Numbers… i, ii, iii" writes
    # w:pgNumType/@w:fmt; a PAGE field may carry the switch \* ROMAN itself.
    data = build.to_bytes(build.state_ke_hoach())
    section = _with(data, b"<w:titlePg/>", b'<w:titlePg/><w:pgNumType w:fmt="lowerRoman"/>')
    (found,) = assert_flags(PageNumberFormat, section)
    assert "không phải chữ số Ả Rập" in found.message and "lowerRoman" in found.message
    switch = _with(data, b"PAGE   \\* MERGEFORMAT", b"PAGE \\* ROMAN \\* MERGEFORMAT")
    (found,) = assert_flags(PageNumberFormat, switch, lang="en")
    assert "not in Arabic digits" in found.message and "ROMAN" in found.message


def test_decimal_formats_pass():
    data = build.to_bytes(build.state_ke_hoach())
    assert_clean(
        PageNumberFormat,
        _with(data, b"<w:titlePg/>", b'<w:titlePg/><w:pgNumType w:fmt="decimal"/>'),
    )
    assert_clean(
        PageNumberFormat, _with(data, b"PAGE   \\* MERGEFORMAT", b"PAGE \\* Arabic \\* MERGEFORMAT")
    )


def _even_header_left(data: bytes) -> bytes:
    """The .docx with its even-page header's PAGE paragraph aligned left (only that part)."""
    import io
    import re
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    document = src.read("word/document.xml")
    rid = re.search(rb'<w:headerReference w:type="even" r:id="([^"]+)"', document).group(1)
    rels = src.read("word/_rels/document.xml.rels")
    target = re.search(rb'Id="' + rid + rb'"[^>]*Target="([^"]+)"', rels) or re.search(
        rb'Target="([^"]+)"[^>]*Id="' + rid + rb'"', rels
    )
    part = "word/" + target.group(1).decode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == part:
                assert b'<w:jc w:val="center"/>' in body
                body = body.replace(b'<w:jc w:val="center"/>', b'<w:jc w:val="left"/>')
            dst.writestr(item, body)
    return out.getvalue()


def test_an_even_page_header_word_does_not_print_is_not_checked():
    """A left-aligned PAGE field in an even-page header that Word never prints ("Different
    Odd & Even Pages" off) is not the document's page number (seen in 3 real drafts)."""
    unused = build.to_bytes(build.state_ke_hoach(even_page_number="header"))
    assert_clean(PageNumberFormat, _even_header_left(unused))
    used = build.to_bytes(build.state_ke_hoach(even_page_number="header", even_and_odd=True))
    (found,) = assert_flags(PageNumberFormat, _even_header_left(used))
    assert "canh trái" in found.message
