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
