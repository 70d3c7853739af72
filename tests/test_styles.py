"""Effective run formatting resolved through styles, defaults and the theme."""

from __future__ import annotations

import pytest

from linter.reader import read_docx
from tests.readerkit import docx, p, r, style, styles_xml, tbl, theme_xml

TNR = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'


def _first_run(data: bytes, index: int = 0):
    doc = read_docx(data)
    return doc.paragraphs[index].runs[0].format


def test_font_size_bold_only_from_based_on_chain() -> None:
    styles = styles_xml(
        style("Normal", default=True)
        + style("Base", based_on="Normal", rpr=TNR + '<w:sz w:val="28"/>')
        + style("Middle", based_on="Base", rpr="<w:b/>")
        + style("Leaf", based_on="Middle", rpr="<w:i/>")
    )
    body = p("Chữ", ppr='<w:pStyle w:val="Leaf"/>') + p("Thường")
    doc = read_docx(docx(body, styles=styles))
    leaf = doc.paragraphs[0].runs[0].format
    assert leaf.font == "Times New Roman"
    assert leaf.size_pt == 14.0
    assert leaf.bold and leaf.italic
    assert doc.paragraphs[0].style_id == "Leaf"
    plain = doc.paragraphs[1].runs[0].format
    assert not plain.bold and plain.size_pt == 10.0  # ECMA default when nothing sets a size


def test_derived_style_overrides_base_inside_one_chain() -> None:
    styles = styles_xml(
        style("Normal", default=True)
        + style("Base", based_on="Normal", rpr='<w:b/><w:sz w:val="26"/>')
        + style("Leaf", based_on="Base", rpr='<w:b w:val="0"/><w:sz w:val="24"/>')
    )
    fmt = _first_run(docx(p("x", ppr='<w:pStyle w:val="Leaf"/>'), styles=styles))
    assert fmt.bold is False
    assert fmt.size_pt == 12.0


def test_font_and_size_only_from_doc_defaults() -> None:
    styles = styles_xml(
        style("Normal", default=True),
        defaults_rpr='<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="26"/>',
    )
    doc = read_docx(docx(p("Nội dung"), styles=styles))
    fmt = doc.paragraphs[0].runs[0].format
    assert (fmt.font, fmt.size_pt) == ("Arial", 13.0)
    assert doc.default_font == "Arial"


def test_no_font_anywhere_is_times_new_roman() -> None:
    fmt = _first_run(docx(p("Nội dung")))
    assert fmt.font == "Times New Roman"


def test_font_only_from_theme_minor_hansi() -> None:
    styles = styles_xml(
        style("Normal", default=True),
        defaults_rpr='<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>',
    )
    data = docx(p("Nội dung"), styles=styles, theme=theme_xml(minor="Cambria"))
    doc = read_docx(data)
    assert doc.paragraphs[0].runs[0].format.font == "Cambria"
    assert doc.default_font == "Cambria"


def test_theme_reference_wins_over_font_name_at_the_same_level() -> None:
    rpr = (
        '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
        'w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>'
    )
    data = docx(p("x", rpr=rpr), theme=theme_xml(major="Georgia"))
    assert _first_run(data).font == "Georgia"


def test_literal_plus_body_name_maps_to_theme_minor_font() -> None:
    data = docx(
        p("x", rpr='<w:rFonts w:ascii="+Body" w:hAnsi="+Body"/>'), theme=theme_xml("Cambria")
    )
    assert _first_run(data).font == "Cambria"


def test_toggle_xor_across_paragraph_and_character_style() -> None:
    styles = styles_xml(
        style("Normal", default=True)
        + style("BoldPara", based_on="Normal", rpr="<w:b/><w:i/>")
        + style("BoldChar", kind="character", rpr="<w:b/>")
    )
    runs = r("toggled", '<w:rStyle w:val="BoldChar"/>') + r("plain")
    doc = read_docx(docx(p(ppr='<w:pStyle w:val="BoldPara"/>', runs=runs), styles=styles))
    toggled, plain = doc.paragraphs[0].runs
    assert toggled.format.bold is False  # bold paragraph style XOR bold character style
    assert toggled.format.italic is True
    assert plain.format.bold is True


def test_direct_toggle_is_absolute_not_xor() -> None:
    styles = styles_xml(
        style("Normal", default=True) + style("BoldPara", based_on="Normal", rpr="<w:b/>")
    )
    runs = r("on", "<w:b/>") + r("off", '<w:b w:val="0"/>')
    doc = read_docx(docx(p(ppr='<w:pStyle w:val="BoldPara"/>', runs=runs), styles=styles))
    on, off = doc.paragraphs[0].runs
    assert on.format.bold is True
    assert off.format.bold is False


def test_direct_formatting_beats_character_style_for_size() -> None:
    styles = styles_xml(
        style("Normal", default=True)
        + style("Big", kind="character", rpr='<w:sz w:val="40"/><w:color w:val="FF0000"/>')
    )
    rpr = '<w:rStyle w:val="Big"/><w:sz w:val="26"/>'
    fmt = _first_run(docx(p("x", rpr=rpr), styles=styles))
    assert fmt.size_pt == 13.0
    assert fmt.color == "FF0000"


def test_table_style_font_applies_to_default_style_cells() -> None:
    styles = styles_xml(
        style("Normal", default=True, rpr='<w:sz w:val="28"/>')
        + style(
            "Grid",
            kind="table",
            rpr='<w:sz w:val="20"/><w:b/>',
            extra='<w:tblStylePr w:type="firstRow"><w:rPr><w:sz w:val="60"/></w:rPr>'
            "</w:tblStylePr>",
        )
        + style("Own", based_on="Normal", rpr='<w:sz w:val="32"/>')
    )
    table = tbl(
        [[p("cell"), p("own", ppr='<w:pStyle w:val="Own"/>')]],
        tblpr='<w:tblStyle w:val="Grid"/>',
    )
    doc = read_docx(docx(table + p("after"), styles=styles))
    cell, own, after = doc.paragraphs
    assert cell.runs[0].format.size_pt == 10.0  # the table style wins over Normal
    assert cell.runs[0].format.bold
    assert own.runs[0].format.size_pt == 16.0  # an explicit paragraph style wins
    assert after.runs[0].format.size_pt == 14.0


def test_paragraph_format_inherited_from_style_and_overridden_directly() -> None:
    styles = styles_xml(
        style(
            "Normal",
            default=True,
            ppr='<w:jc w:val="both"/><w:ind w:firstLine="567"/>'
            '<w:spacing w:before="120" w:after="60" w:line="360" w:lineRule="auto"/>',
        )
    )
    body = p("a") + p("b", ppr='<w:jc w:val="center"/><w:ind w:hanging="284"/>')
    doc = read_docx(docx(body, styles=styles))
    a, b = (x.format for x in doc.paragraphs)
    assert a.alignment == "justify"
    assert a.first_line_mm == 10.0
    assert (a.space_before_pt, a.space_after_pt) == (6.0, 3.0)
    assert (a.line_spacing, a.line_rule) == (1.5, "auto")
    assert b.alignment == "center"
    assert b.first_line_mm == -5.01
    assert b.line_spacing == 1.5  # still inherited


def test_styles_with_another_prefix_single_quotes_and_entities() -> None:
    # Styles are indexed from the serialized part; unusual spellings must give the same result.
    w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    other_prefix = (
        f'<?xml version="1.0" encoding="UTF-8"?><x:styles xmlns:x="{w_ns}">'
        '<x:docDefaults><x:rPrDefault><x:rPr><x:sz x:val="26"/></x:rPr></x:rPrDefault>'
        "</x:docDefaults>"
        '<x:style x:type="paragraph" x:default="1" x:styleId="Normal"><x:name x:val="Normal"/>'
        '<x:rPr><x:rFonts x:ascii="Arial" x:hAnsi="Arial"/></x:rPr></x:style></x:styles>'
    )
    doc = read_docx(docx(p("a"), styles=other_prefix))
    assert doc.paragraphs[0].runs[0].format.font == "Arial"
    assert doc.paragraphs[0].runs[0].format.size_pt == 13.0
    quoted = styles_xml(
        "<w:style w:styleId='Normal' w:default='1' w:type='paragraph'><w:name w:val='Normal'/>"
        '<w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="A&amp;B">'
        '<w:name w:val="A &amp; B"/><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Empty"/>'
    )
    body = p("n") + p("ab", ppr='<w:pStyle w:val="A&amp;B"/>', rpr='<w:rStyle w:val="Empty"/>')
    n, ab = read_docx(docx(body, styles=quoted)).paragraphs
    assert n.style_id == "Normal" and n.runs[0].format.bold
    assert ab.style_id == "A&B" and ab.style_name == "A & B"
    assert ab.runs[0].format.bold and ab.runs[0].format.italic


def test_word_2013_compat_lets_normal_size_and_justification_beat_the_table_style() -> None:
    """settings.xml "overrideTableStyleFontSizeAndJustification" (Word 2013 and later): the
    Normal style's size and justification, where they differ from the defaults, win over the
    table style's; other properties (bold) still come from the table style. Seen in real drafts
    (TableGrid with 10 pt, Normal 14 pt: Word and LibreOffice show 14 pt)."""
    styles = styles_xml(
        style("Normal", default=True, rpr='<w:sz w:val="28"/>', ppr='<w:jc w:val="both"/>')
        + style("Grid", kind="table", rpr='<w:sz w:val="20"/><w:b/>', ppr='<w:jc w:val="center"/>')
    )
    table = tbl([[p("cell")]], tblpr='<w:tblStyle w:val="Grid"/>')
    settings = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:compat>"
        b'<w:compatSetting w:name="compatibilityMode" '
        b'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        b'<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
        b'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
        b"</w:compat></w:settings>"
    )
    with_compat = read_docx(
        docx(table, styles=styles, extra_parts={"word/settings.xml": settings})
    ).paragraphs[0]
    assert with_compat.runs[0].format.size_pt == 14.0
    assert with_compat.format.alignment == "justify"
    assert with_compat.runs[0].format.bold
    without = read_docx(docx(table, styles=styles)).paragraphs[0]
    assert without.runs[0].format.size_pt == 10.0
    assert without.format.alignment == "center"


def test_theme_fonts_read_without_a_parse_match_the_parsed_theme() -> None:
    from linter.reader import read_docx

    styles = styles_xml(
        defaults_rpr='<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>'
    )
    plain = theme_xml(minor="Cambria &amp; Co")  # an entity: the parse reads it
    odd = theme_xml(minor="Cambria").replace(
        '<a:latin typeface="Cambria"/>', '<a:latin panose="0" typeface="Cambria"/>'
    )
    fast = theme_xml(minor="Cambria")
    fonts = [
        read_docx(docx(p("Nội dung"), styles=styles, theme=t)).paragraphs[0].runs[0].format.font
        for t in (plain, odd, fast)
    ]
    assert fonts == ["Cambria & Co", "Cambria", "Cambria"]


def test_a_style_sheet_is_reused_only_for_the_same_styles_theme_and_settings() -> None:
    """The reader keeps the style sheets of the last drafts it read (an office's drafts share
    their template; the add-in sends the same draft again while it is edited). A sheet is
    reused only for the same stored styles part, the same theme part and the same
    compatibility setting."""
    from linter import reader

    minor = '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="26"/>'
    styles = styles_xml(style("Normal", default=True), defaults_rpr=minor)
    cambria = docx(p("Một"), styles=styles, theme=theme_xml(minor="Cambria"))
    arial = docx(p("Hai"), styles=styles, theme=theme_xml(minor="Arial"))
    bigger = docx(
        p("Ba"),
        styles=styles_xml(style("Normal", default=True), defaults_rpr=minor.replace("26", "28")),
        theme=theme_xml(minor="Cambria"),
    )

    def font(data: bytes) -> tuple[str | None, float | None]:
        fmt = _first_run(data)
        return fmt.font, fmt.size_pt

    reader.clear_caches()
    for _ in range(2):
        assert font(cambria) == ("Cambria", 13.0)
        assert font(arial) == ("Arial", 13.0)
        assert font(bigger) == ("Cambria", 14.0)
    assert len(reader._SHEETS) == 3  # the second round reused the three sheets
    reader.clear_caches()
    assert not reader._SHEETS


def test_a_damaged_style_in_a_kept_sheet_is_reported_under_the_document_being_read() -> None:
    """A kept sheet parses a style when a document first uses it: a damaged style found then is
    reported with the name of that document, never of the one that first brought the sheet
    (in the service, somebody else's file)."""
    import pytest

    from linter import reader
    from linter.errors import ReadError

    styles = styles_xml(
        style("Normal", default=True)
        + '<w:style w:type="paragraph" w:styleId="Broken"><w:rPr><w:b></w:rPr></w:style>'
    )
    first = docx(p("Một"), styles=styles)
    second = docx(p("Hai", ppr='<w:pStyle w:val="Broken"/>'), styles=styles)
    reader.clear_caches()
    read_docx(first, name="cua-nguoi-khac.docx")
    with pytest.raises(ReadError) as err:
        read_docx(second, name="du-thao.docx")
    assert "du-thao.docx" in err.value.message and "cua-nguoi-khac" not in err.value.message
    assert len(reader._SHEETS) == 1  # the second read did use the kept sheet


def test_a_style_using_only_w_is_parsed_under_a_root_declaring_only_w() -> None:
    from linter import styles as styles_module

    root = styles_module._STYLES_ROOT.search(
        styles_xml(style("Normal", default=True)).encode()
    ).group(0)
    plain = b'<w:style w:styleId="A"><w:rPr><w:b/><w:t xml:space="preserve"/></w:rPr></w:style>'
    wrapped = styles_module._fragment_root(root, plain, 0, len(plain))
    assert wrapped.startswith(styles_module._W_ONLY_ROOT)
    # another prefix: the part's own root, which declares it
    other = b'<w:style w:styleId="B"><w:rPr><wps:ligatures wps:val="all"/></w:rPr></w:style>'
    assert styles_module._fragment_root(root, other, 0, len(other)).startswith(root)
    # and the formats come out the same either way
    styles = styles_xml(
        style("Normal", default=True, rpr=TNR)
        + style("Plain", based_on="Normal", rpr='<w:b/><w:sz w:val="28"/>')
        + style("Wide", based_on="Normal", rpr='<w:i/><wps:ligatures wps:val="all"/>')
    )
    doc = read_docx(
        docx(
            p("a", ppr='<w:pStyle w:val="Plain"/>') + p("b", ppr='<w:pStyle w:val="Wide"/>'),
            styles=styles,
        )
    )
    one, two = (x.runs[0].format for x in doc.paragraphs)
    assert (one.bold, one.size_pt, one.font) == (True, 14.0, "Times New Roman")
    assert (two.italic, two.bold, two.font) == (True, False, "Times New Roman")


def _viet_theme(*, major: str = "Calibri Light", minor: str = "Calibri") -> str:
    """An Office-like theme: Latin fonts, then the script fonts, "Viet" among them."""
    return (
        theme_xml(minor=minor, major=major)
        .replace(
            '<a:cs typeface=""/></a:majorFont>',
            '<a:cs typeface=""/><a:font script="Jpan" typeface="游ゴシック Light"/>'
            '<a:font script="Viet" typeface="Times New Roman"/></a:majorFont>',
        )
        .replace(
            '<a:cs typeface=""/></a:minorFont>',
            '<a:cs typeface=""/><a:font script="Viet" typeface="Arial"/></a:minorFont>',
        )
    )


def _settings_xml(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w='
        '"http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:val="15"/></w:compat>'
        f'<w:rsids><w:rsidRoot w:val="00A1"/></w:rsids>{body}</w:settings>'
    ).encode()


@pytest.mark.parametrize(
    ("lang", "heading", "body"),
    [
        # Word takes the theme's font of the "Viet" script for a Vietnamese document
        ('<w:themeFontLang w:val="vi-VN"/>', "Times New Roman", "Arial"),
        ('<w:themeFontLang w:val="vi-VN" w:bidi="ne-NP"/>', "Times New Roman", "Arial"),
        # and the Latin one otherwise
        ('<w:themeFontLang w:val="en-US"/>', "Calibri Light", "Calibri"),
        ("", "Calibri Light", "Calibri"),
    ],
)
def test_theme_fonts_of_a_vietnamese_document_are_its_viet_script_fonts(
    lang: str, heading: str, body: str
) -> None:
    from linter import reader

    head = '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>'
    styles = styles_xml(
        style("Normal", default=True),
        defaults_rpr='<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>',
    )
    data = docx(
        p("TIÊU ĐỀ", rpr=head) + p("Nội dung"),
        styles=styles,
        theme=_viet_theme(),
        extra_parts={"word/settings.xml": _settings_xml(lang)},
    )
    for _ in range(2):  # read again: the kept style sheet is the one of this language
        doc = read_docx(data)
        assert doc.paragraphs[0].runs[0].format.font == heading
        assert doc.paragraphs[1].runs[0].format.font == body
    # a theme that must be parsed (an entity in it) gives the same
    parsed = _viet_theme().replace('typeface="Calibri"', 'typeface="Cali&amp;bri"')
    data = docx(
        p("Nội dung"),
        styles=styles,
        theme=parsed,
        extra_parts={"word/settings.xml": _settings_xml(lang)},
    )
    assert read_docx(data).paragraphs[0].runs[0].format.font == (
        body if body == "Arial" else "Cali&bri"
    )
    reader.clear_caches()
