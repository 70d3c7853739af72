"""The .docx reader: stories, indexes, numbering, fields, shapes, tracked changes."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
import pytest
from docx.shared import Pt

from linter import reader
from linter.errors import ReadError
from linter.model import Alignment, Story
from linter.reader import read_docx, read_part, read_path
from tests.readerkit import (
    A4_SECT,
    docx,
    level,
    numbering_xml,
    numpr,
    p,
    r,
    style,
    styles_xml,
    tbl,
)

# -- python-docx made documents -----------------------------------------------------------


def _python_docx_bytes(build) -> bytes:
    document = python_docx.Document()
    build(document)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_python_docx_direct_and_style_formatting_and_tables() -> None:
    def build(d):
        d.styles["Normal"].font.name = "Times New Roman"
        d.styles["Normal"].font.size = Pt(14)
        head = d.add_paragraph()
        run = head.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        run.bold = True
        run.font.size = Pt(13)
        table = d.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "ỦY BAN NHÂN DÂN"
        right = table.cell(0, 1)
        right.text = "Độc lập - Tự do - Hạnh phúc"
        inner = right.add_table(rows=2, cols=1)
        inner.cell(1, 0).text = "lồng nhau"
        d.add_paragraph("Nội dung chính")

    doc = read_docx(_python_docx_bytes(build))
    texts = [x.text for x in doc.paragraphs]
    assert texts[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    head = doc.paragraphs[0].runs[0].format
    assert head.bold and head.size_pt == 13.0 and head.font == "Times New Roman"
    body = doc.paragraphs[texts.index("Nội dung chính")]
    assert body.runs[0].format.size_pt == 14.0  # from the Normal style
    assert not body.runs[0].format.bold
    assert body.cell is None
    # Table cells come in document order, the nested table inside the right cell.
    left = doc.paragraphs[texts.index("ỦY BAN NHÂN DÂN")]
    assert (left.cell.table, left.cell.row, left.cell.col, left.cell.depth) == (0, 0, 0, 1)
    nested = doc.paragraphs[texts.index("lồng nhau")]
    assert nested.cell.table == 1 and nested.cell.row == 1 and nested.cell.depth == 2
    assert texts.index("ỦY BAN NHÂN DÂN") < texts.index("lồng nhau") < texts.index("Nội dung chính")
    assert [(t.index, t.rows, t.cols, t.depth) for t in doc.tables] == [(0, 1, 2, 1), (1, 2, 1, 2)]
    assert doc.tables[0].first_paragraph == texts.index("ỦY BAN NHÂN DÂN")
    # python-docx (like Word) ends a cell holding a nested table with an empty paragraph.
    assert doc.tables[0].last_paragraph == texts.index("lồng nhau") + 1 == 5
    assert doc.paragraphs[5].text == "" and doc.paragraphs[5].cell.depth == 1
    assert all(x.index == i for i, x in enumerate(doc.paragraphs))


def test_python_docx_header_footer_and_sections() -> None:
    def build(d):
        section = d.sections[0]
        section.header.paragraphs[0].text = "Đầu trang"
        section.footer.paragraphs[0].text = "Chân trang"
        d.add_paragraph("Trang một")

    doc = read_docx(_python_docx_bytes(build))
    (section,) = doc.sections
    assert section.headers[0].kind == "default"
    assert section.headers[0].paragraphs[0].text == "Đầu trang"
    assert section.headers[0].paragraphs[0].story is Story.HEADER
    assert section.footers[0].paragraphs[0].text == "Chân trang"
    assert not section.headers[0].has_page_field


def test_table_border_visibility() -> None:
    nil = "".join(
        f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    single = '<w:top w:val="single" w:sz="4"/>'
    inside_h = '<w:tblBorders><w:insideH w:val="single" w:sz="4"/></w:tblBorders>'
    body = (
        tbl([[p("borderless")]], tblpr=f"<w:tblBorders>{nil}</w:tblBorders>")
        + tbl([[p("no borders at all"), p("b")]])
        + tbl([[p("boxed")]], tblpr=f"<w:tblBorders>{single}</w:tblBorders>")
        + tbl([[p("one row, insideH"), p("x")]], tblpr=inside_h)
        + tbl([[p("two rows, insideH")], [p("y")]], tblpr=inside_h)
        + tbl(
            [['<w:tcPr><w:tcBorders><w:bottom w:val="single"/></w:tcBorders></w:tcPr>' + p("c")]],
            tblpr=f"<w:tblBorders>{nil}</w:tblBorders>",
        )
        + p("end")
    )
    doc = read_docx(docx(body))
    assert [t.has_visible_borders for t in doc.tables] == [False, False, True, False, True, True]


# -- text ---------------------------------------------------------------------------------


def test_special_characters_and_run_offsets() -> None:
    runs = (
        r("Số:")
        + r(raw="<w:tab/>")
        + r("15")
        + r(raw="<w:noBreakHyphen/>")
        + r("QĐ")
        + r(raw="<w:br/>")
        + r(raw='<w:sym w:font="Symbol" w:char="F0B7"/>')
        + r(raw="<w:softHyphen/>")
        + r("x", "<w:b/>")
    )
    doc = read_docx(docx(p(runs=runs)))
    para = doc.paragraphs[0]
    assert para.text == "Số:\t15-QĐ\n•x"
    assert [run.start for run in para.runs] == [0, 3, 4, 6, 7, 9, 10, 11]  # soft hyphen: no run
    assert para.runs[-1].format.bold and para.runs[-1].text == "x"
    assert all(para.text[run.start : run.end] == run.text for run in para.runs)


def test_hyperlink_smarttag_sdt_and_custom_xml_count_normally() -> None:
    body = (
        "<w:p>"
        + r("Xem ")
        + '<w:hyperlink r:id="x">'
        + r("liên kết")
        + "</w:hyperlink>"
        + '<w:smartTag w:uri="u" w:element="place">'
        + r(" Hà Nội")
        + "</w:smartTag>"
        + "<w:sdt><w:sdtContent>"
        + r(" trong")
        + "</w:sdtContent></w:sdt>"
        + "</w:p>"
        + "<w:sdt><w:sdtPr/><w:sdtContent>"
        + p("Đoạn trong điều khiển")
        + "</w:sdtContent></w:sdt>"
        + '<w:customXml w:element="x">'
        + p("Đoạn customXml")
        + "</w:customXml>"
    )
    doc = read_docx(docx(body))
    assert [x.text for x in doc.paragraphs] == [
        "Xem liên kết Hà Nội trong",
        "Đoạn trong điều khiển",
        "Đoạn customXml",
    ]


def test_complex_and_simple_fields_keep_result_and_drop_code() -> None:
    runs = (
        r("Trang ")
        + r(raw='<w:fldChar w:fldCharType="begin"/>')
        + r(raw='<w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText>')
        + r(raw='<w:fldChar w:fldCharType="separate"/>')
        + r("3")
        + r(raw='<w:fldChar w:fldCharType="end"/>')
        + " "
        + '<w:fldSimple w:instr=" NUMPAGES ">'
        + r("9")
        + "</w:fldSimple>"
    )
    doc = read_docx(docx(p(runs=runs)))
    para = doc.paragraphs[0]
    assert para.text == "Trang 39"
    assert [(run.text, run.in_field_result) for run in para.runs] == [
        ("Trang ", False),
        ("3", True),
        ("9", True),
    ]


def test_paragraph_format_values() -> None:
    ppr = (
        '<w:jc w:val="both"/><w:ind w:left="567" w:right="283" w:firstLine="720"/>'
        '<w:spacing w:before="240" w:after="120" w:line="300" w:lineRule="exact"/>'
        '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
        "<w:pageBreakBefore/>"
    )
    body = p("a", ppr=ppr) + p("b", ppr='<w:jc w:val="end"/><w:ind w:start="1134"/>')
    doc = read_docx(docx(body))
    a, b = (x.format for x in doc.paragraphs)
    assert a.alignment is Alignment.JUSTIFY
    assert (a.indent_left_mm, a.indent_right_mm, a.first_line_mm) == (10.0, 4.99, 12.7)
    assert (a.space_before_pt, a.space_after_pt) == (12.0, 6.0)
    assert (a.line_spacing, a.line_rule) == (15.0, "exact")
    assert a.border_bottom is not None and a.border_bottom.size_pt == 0.75
    assert a.border_top is None
    assert a.page_break_before
    assert b.alignment is Alignment.RIGHT and b.indent_left_mm == 20.0
    assert not b.page_break_before and b.border_bottom is None


def test_run_format_values() -> None:
    rpr = (
        '<w:u w:val="double"/><w:caps/><w:smallCaps/><w:strike/>'
        '<w:color w:val="FF0000"/><w:highlight w:val="yellow"/><w:vanish/>'
        '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="SimSun" w:cs="Tahoma"/>'
    )
    doc = read_docx(docx(p("x", rpr=rpr) + p("y")))
    fmt = doc.paragraphs[0].runs[0].format
    assert fmt.underline == "double" and fmt.caps and fmt.small_caps and fmt.strike
    assert (fmt.color, fmt.highlight, fmt.hidden) == ("FF0000", "yellow", True)
    assert (fmt.font_ascii, fmt.font_east_asia, fmt.font_cs) == ("Arial", "SimSun", "Tahoma")
    plain = doc.paragraphs[1].runs[0].format
    assert plain.underline is None and not plain.caps and plain.color is None


# -- text boxes and shapes ----------------------------------------------------------------

_TEXTBOX_CHOICE = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
    'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
    '<wp:positionH relativeFrom="column"><wp:posOffset>360000</wp:posOffset></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    '<wp:extent cx="2160000" cy="720000"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
    'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>'
    "{content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
    "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
    '<v:shape id="tb1" type="#_x0000_t202" style="position:absolute;width:170pt;height:56pt">'
    "<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape>"
    "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_text_box_counted_once_and_kept_out_of_main_story() -> None:
    content = p("ỦY BAN NHÂN DÂN") + p("TỈNH LÂM ĐỒNG")
    body = p("Trước") + p(runs=r("Neo") + _TEXTBOX_CHOICE.format(content=content)) + p("Sau")
    doc = read_docx(docx(body))
    assert [x.text for x in doc.paragraphs] == ["Trước", "Neo", "Sau"]
    assert doc.paragraphs[1].has_drawing
    assert [x.text for x in doc.textboxes] == ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"]
    assert [x.index for x in doc.textboxes] == [0, 1]
    assert all(x.story is Story.TEXTBOX for x in doc.textboxes)
    (shape,) = doc.shapes
    assert shape.kind == "textbox"
    assert shape.paragraph == 1
    assert shape.text == "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG"
    assert shape.textbox_paragraphs == (0, 1)
    assert (shape.width_mm, shape.height_mm, shape.offset_x_mm) == (60.0, 20.0, 10.0)


def test_vml_only_text_box_is_read() -> None:
    vml = (
        '<w:r><w:pict><v:shape id="t" type="#_x0000_t202" style="width:100pt;height:20pt">'
        "<v:textbox><w:txbxContent>"
        + p("DỰ THẢO")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    doc = read_docx(docx(p(runs=vml) + p("Nội dung")))
    assert [x.text for x in doc.textboxes] == ["DỰ THẢO"]
    assert doc.shapes[0].kind == "textbox" and doc.shapes[0].width_mm == 35.28


def test_drawingml_line_and_vml_line() -> None:
    line = (
        '<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>'
        '720000</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph">'
        '<wp:posOffset>36000</wp:posOffset></wp:positionV><wp:extent cx="2160000" cy="0"/>'
        '<wp:wrapNone/><wp:docPr id="2" name="Straight Connector 2"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="0"/>'
        '</a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )
    vml = (
        '<w:r><w:pict><v:line id="l" style="position:absolute" from="36pt,3pt" '
        'to="180pt,3pt"/></w:pict></w:r>'
    )
    doc = read_docx(docx(p("Độc lập - Tự do - Hạnh phúc", runs=None) + p(runs=line + vml)))
    first, second = doc.shapes
    assert (first.kind, first.paragraph, first.width_mm, first.height_mm) == ("line", 1, 60.0, 0.0)
    assert (first.offset_x_mm, first.offset_y_mm) == (20.0, 1.0)
    assert (second.kind, second.paragraph, second.width_mm, second.height_mm) == (
        "line",
        1,
        50.8,
        0.0,
    )
    assert second.offset_x_mm == 12.7


# -- numbering ----------------------------------------------------------------------------

_NUMBERING = numbering_xml(
    '<w:abstractNum w:abstractNumId="0">'
    + level(0, "decimal", "%1.")
    + level(1, "decimal", "%1.%2.")
    + level(2, "lowerLetter", "%3)")
    + "</w:abstractNum>"
    + '<w:abstractNum w:abstractNumId="1">'
    + level(0, "bullet", "-", extra='<w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr>')
    + level(1, "bullet", "\uf0b7", extra='<w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr>')
    + "</w:abstractNum>"
    + '<w:abstractNum w:abstractNumId="2">'
    + level(0, "upperRoman", "%1.")
    + "</w:abstractNum>",
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="2"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
)


def test_numbering_labels_multilevel_letters_bullets_and_restart() -> None:
    body = (
        p("Một", ppr=numpr(1, 0))
        + p("Hai", ppr=numpr(1, 0))
        + p("Hai chấm một", ppr=numpr(1, 1))
        + p("chữ a", ppr=numpr(1, 2))
        + p("chữ b", ppr=numpr(1, 2))
        + p("chữ c", ppr=numpr(1, 2))
        + p("chữ d", ppr=numpr(1, 2))
        + p("chữ e", ppr=numpr(1, 2))
        + p("Hai chấm hai", ppr=numpr(1, 1))
        + p("chữ a lại", ppr=numpr(1, 2))
        + p("Ba", ppr=numpr(1, 0))
        + p("gạch", ppr=numpr(2, 0))
        + p("chấm", ppr=numpr(2, 1))
        + p("Không số")
        + p("La mã", ppr=numpr(3, 0))
        + p("La mã hai", ppr=numpr(3, 0))
        + p("Bắt đầu lại", ppr=numpr(4, 0))
        + p("Tắt số", ppr=numpr(0, 0))
    )
    doc = read_docx(docx(body, numbering=_NUMBERING))
    labels = [(x.text, x.label, x.num_level) for x in doc.paragraphs]
    assert labels == [
        ("Một", "1.", 0),
        ("Hai", "2.", 0),
        ("Hai chấm một", "2.1.", 1),
        ("chữ a", "a)", 2),
        ("chữ b", "b)", 2),
        ("chữ c", "c)", 2),
        ("chữ d", "d)", 2),
        ("chữ e", "e)", 2),  # Word's lowerLetter has no "đ"
        ("Hai chấm hai", "2.2.", 1),
        ("chữ a lại", "a)", 2),
        ("Ba", "3.", 0),
        ("gạch", "-", 0),
        ("chấm", "•", 1),
        ("Không số", None, None),
        ("La mã", "I.", 0),
        ("La mã hai", "II.", 0),
        ("Bắt đầu lại", "I.", 0),
        ("Tắt số", None, None),
    ]
    assert doc.paragraphs[0].text == "Một"  # the label is never in the text


def test_numbering_from_paragraph_style() -> None:
    styles = styles_xml(
        style("Normal", default=True)
        + style("Dieu", based_on="Normal", ppr='<w:numPr><w:numId w:val="1"/></w:numPr>')
    )
    body = p("Điều một", ppr='<w:pStyle w:val="Dieu"/>') + p(
        "Điều hai", ppr='<w:pStyle w:val="Dieu"/>'
    )
    doc = read_docx(docx(body, styles=styles, numbering=_NUMBERING))
    assert [x.label for x in doc.paragraphs] == ["1.", "2."]


def test_numbering_level_indent_applies_under_direct_formatting() -> None:
    numbering = numbering_xml(
        '<w:abstractNum w:abstractNumId="0">'
        + level(0, "decimal", "%1.", extra='<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>')
        + "</w:abstractNum>",
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    )
    body = p("a", ppr=numpr(1)) + p("b", ppr=numpr(1) + '<w:ind w:left="0" w:firstLine="0"/>')
    doc = read_docx(docx(body, numbering=numbering))
    a, b = (x.format for x in doc.paragraphs)
    assert (a.indent_left_mm, a.first_line_mm) == (12.7, -6.35)
    assert (b.indent_left_mm, b.first_line_mm) == (0.0, 0.0)


# -- sections, headers, footers -----------------------------------------------------------

_PAGE_FIELD_HEADER = p(
    ppr='<w:jc w:val="center"/>',
    runs=r(raw='<w:fldChar w:fldCharType="begin"/>', rpr='<w:sz w:val="26"/>')
    + r(raw="<w:instrText> PAGE </w:instrText>")
    + r(raw='<w:fldChar w:fldCharType="separate"/>')
    + r("2", '<w:sz w:val="26"/>')
    + r(raw='<w:fldChar w:fldCharType="end"/>'),
)


def test_headers_page_field_title_page_and_inheritance() -> None:
    sect1 = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/>'
        '<w:headerReference w:type="first" r:id="rIdH2"/>'
        '<w:footerReference w:type="default" r:id="rIdF1"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" '
        'w:bottom="1134" w:left="1701" w:header="567" w:footer="567"/>'
        '<w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>'
    )
    sect2 = (
        '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        '<w:pgMar w:top="851" w:right="1134" w:bottom="851" w:left="1134"/></w:sectPr>'
    )
    body = p("Trang đầu") + p("Hết mục một", ppr=sect1) + p("Phụ lục ngang")
    data = docx(
        body,
        sect=sect2,
        headers={"rIdH1": _PAGE_FIELD_HEADER, "rIdH2": p("")},
        footers={
            "rIdF1": p(runs='<w:fldSimple w:instr="PAGE">' + r("1") + "</w:fldSimple>"),
        },
    )
    doc = read_docx(data)
    first, second = doc.sections
    assert (first.page_width_mm, first.page_height_mm, first.orientation) == (
        210.01,
        297.0,
        "portrait",
    )
    assert (first.margin_top_mm, first.margin_left_mm, first.margin_right_mm) == (
        20.0,
        30.0,
        15.01,
    )
    assert (first.header_distance_mm, first.footer_distance_mm) == (10.0, 10.0)
    assert first.title_page and first.page_number_start == 1
    assert (first.first_paragraph, first.last_paragraph) == (0, 1)
    kinds = {h.kind: h for h in first.headers}
    assert set(kinds) == {"default", "first"}
    assert kinds["default"].has_page_field
    assert kinds["default"].page_field_alignment is Alignment.CENTER
    assert kinds["default"].page_field_size_pt == 13.0
    assert not kinds["first"].has_page_field
    assert first.footers[0].has_page_field  # fldSimple PAGE
    # The second section defines no header: it inherits the first section's.
    assert second.orientation == "landscape" and second.page_width_mm == 297.0
    assert {h.kind for h in second.headers} == {"default", "first"}
    assert not second.title_page
    assert (second.first_paragraph, second.last_paragraph) == (2, 2)
    assert [x.section for x in doc.paragraphs] == [0, 0, 1]
    assert second.headers[0].paragraphs[0].section == 1


def test_page_field_in_a_header_text_box() -> None:
    box = p(runs='<w:fldSimple w:instr=" PAGE ">' + r("4", '<w:sz w:val="24"/>') + "</w:fldSimple>")
    header = p(runs=_TEXTBOX_CHOICE.format(content=box))
    sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/></w:sectPr>'
    doc = read_docx(docx(p("x"), sect=sect, headers={"rIdH1": header}))
    (hdr,) = doc.sections[0].headers
    assert hdr.has_page_field and hdr.page_field_size_pt == 12.0
    assert [x.text for x in hdr.paragraphs] == [""]  # the box's text is not a header paragraph
    (shape,) = doc.shapes
    assert (shape.kind, shape.story, shape.paragraph, shape.text) == (
        "textbox",
        "header",
        None,
        "4",
    )
    assert doc.textboxes == ()


def test_nested_text_box_paragraphs_are_text_boxes_too() -> None:
    inner = p("Trong cùng")
    outer = p(runs=r("Ngoài") + _TEXTBOX_CHOICE.format(content=inner))
    doc = read_docx(docx(p(runs=_TEXTBOX_CHOICE.format(content=outer)) + p("Thân")))
    assert [x.text for x in doc.paragraphs] == ["", "Thân"]
    assert sorted(x.text for x in doc.textboxes) == ["Ngoài", "Trong cùng"]
    assert [x.index for x in doc.textboxes] == [0, 1]


def test_legacy_pgnum_element_is_a_page_field() -> None:
    header = p(ppr='<w:jc w:val="right"/>', runs=r(raw="<w:pgNum/>", rpr='<w:sz w:val="28"/>'))
    sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/></w:sectPr>'
    (hdr,) = read_docx(docx(p("x"), sect=sect, headers={"rIdH1": header})).sections[0].headers
    assert hdr.has_page_field and hdr.page_field_alignment is Alignment.RIGHT
    assert hdr.page_field_size_pt == 14.0


def test_numpages_alone_is_not_a_page_field() -> None:
    header = p(runs='<w:fldSimple w:instr="NUMPAGES">' + r("5") + "</w:fldSimple>")
    sect = '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/></w:sectPr>'
    doc = read_docx(docx(p("x"), sect=sect, headers={"rIdH1": header}))
    assert doc.sections[0].headers[0].paragraphs[0].text == "5"
    assert not doc.sections[0].headers[0].has_page_field


# -- tracked changes, comments, footnotes, properties ---------------------------------------


def test_tracked_changes_are_accepted_and_flagged() -> None:
    runs = (
        r("Ngày ")
        + '<w:del w:id="1" w:author="A"><w:r><w:delText>5</w:delText></w:r></w:del>'
        + '<w:ins w:id="2" w:author="A">'
        + r("05")
        + "</w:ins>"
        + '<w:moveFrom w:id="3" w:author="A"><w:r><w:t>cũ</w:t></w:r></w:moveFrom>'
        + '<w:moveTo w:id="4" w:author="A">'
        + r(" tháng")
        + "</w:moveTo>"
    )
    doc = read_docx(docx(p(runs=runs), comments=2))
    assert doc.paragraphs[0].text == "Ngày 05 tháng"
    assert doc.has_tracked_changes
    assert doc.comment_count == 2


def test_format_only_change_is_flagged_and_clean_document_is_not() -> None:
    rpr = '<w:b/><w:rPrChange w:id="1" w:author="A"><w:rPr/></w:rPrChange>'
    assert read_docx(docx(p("x", rpr=rpr))).has_tracked_changes
    clean = read_docx(docx(p("x")))
    assert not clean.has_tracked_changes and clean.comment_count == 0


def test_footnotes_page_count_and_default_font() -> None:
    body = p(runs=r("Căn cứ") + r(raw='<w:footnoteReference w:id="1"/>'))
    footnotes = '<w:footnote w:id="1">' + p("Chú thích một") + "</w:footnote>"
    doc = read_docx(docx(body, footnotes=footnotes, app_pages=3))
    assert [x.text for x in doc.footnotes] == ["Chú thích một"]
    assert doc.footnotes[0].story is Story.FOOTNOTE
    assert doc.page_count == 3
    assert doc.default_font == "Times New Roman"
    assert read_docx(docx(p("x"))).page_count is None


# -- legacy fonts and encodings -------------------------------------------------------------

_TCVN3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc"
_VNI = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc"


def test_legacy_font_and_tcvn3_text_detected() -> None:
    rpr = '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>'
    doc = read_docx(docx(p(_TCVN3, rpr=rpr) + p("x", rpr='<w:rFonts w:ascii="VNI-Times"/>')))
    assert doc.legacy_fonts == (".VnTime", "VNI-Times")
    assert doc.legacy_encoding


def test_vni_text_detected_without_legacy_font() -> None:
    doc = read_docx(docx(p(_VNI)))
    assert doc.legacy_encoding
    assert doc.legacy_fonts == ()


def test_unicode_vietnamese_is_not_legacy() -> None:
    text = (
        "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Ủy ban nhân dân "
        "tỉnh Lâm Đồng đề nghị các sở, ban, ngành phối hợp thực hiện; ý kiến gửi về Sở Nội vụ "
        "trước ngày 05/3/2026 (§ 2, © 2026, nhiệt độ 30°C, giá 5 × 3 = 15)."
    )
    doc = read_docx(docx(p(text)))
    assert not doc.legacy_encoding
    assert doc.legacy_fonts == ()


# -- read_path --------------------------------------------------------------------------------


def test_read_path_dispatches_on_suffix(tmp_path: Path) -> None:
    path = tmp_path / "vb.docx"
    path.write_bytes(docx(p("Nội dung")))
    assert read_path(path).paragraphs[0].text == "Nội dung"
    assert read_path(path).source_name == "vb.docx"
    txt = tmp_path / "vb.txt"
    txt.write_text("Dòng một\n\nDòng hai\n", encoding="utf-8")
    doc = read_path(txt)
    assert [x.text for x in doc.paragraphs] == ["Dòng một", "Dòng hai"]
    assert not doc.has_formatting
    other = tmp_path / "vb.pdf"
    other.write_bytes(b"%PDF-1.4")
    with pytest.raises(ReadError) as err:
        read_path(other)
    assert err.value.code == "VB001" and "không được hỗ trợ" in err.value.message


def test_sect_pr_only_body_paragraph_indexes() -> None:
    doc = read_docx(docx(p("a") + p("b"), sect=A4_SECT))
    assert [x.index for x in doc.paragraphs] == [0, 1]
    assert doc.sections[0].page_width_mm == 210.01


# -- pooled run properties --------------------------------------------------------------------


def _corpus_files() -> list[Path]:
    root = Path(__file__).resolve().parents[1]
    shared = root.parent / "shared" / "corpus_real" / "docx"
    return sorted((root / "corpus" / "samples").glob("*.docx")) + sorted(shared.glob("*.docx"))


def _unpooled(monkeypatch: pytest.MonkeyPatch, data: bytes):
    with monkeypatch.context() as m:
        m.setattr(reader, "_pool_rprs", lambda xml, pool: xml)
        m.setattr(reader, "_pool_pprs", lambda xml, pool: xml)
        return read_docx(data)


def test_pooled_run_properties_give_the_same_document(monkeypatch: pytest.MonkeyPatch) -> None:
    files = _corpus_files()
    assert files
    for path in files:
        data = path.read_bytes()
        assert read_docx(data) == _unpooled(monkeypatch, data), path.name


def test_pool_leaves_a_part_with_few_run_properties_alone() -> None:
    # a header's or footer's handful of w:rPr: pooling them would cost more than it saves
    few = docx_part(docx(p(runs=r("x", "<w:b/>") * (reader._POOL_MIN - 1))), "word/document.xml")
    assert reader._pool_rprs(few, []) is few
    many = docx_part(docx(p(runs=r("x", "<w:b/>") * reader._POOL_MIN)), "word/document.xml")
    pool: list = []
    assert reader._pool_rprs(many, pool) is not many and len(pool) == 1


def test_pooled_paragraph_properties_keep_formats_and_section_breaks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reader, "_POOL_MIN", 1)  # pool even this short part
    centred = '<w:jc w:val="center"/><w:spacing w:before="120" w:after="60"/>'
    indented = '<w:ind w:firstLine="567"/><w:rPr><w:b/></w:rPr>'
    # a section break in a paragraph: its header reference is read from the pooled copy
    brk = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/>'
        '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>'
    )
    body = (
        p("Một", ppr=centred)
        + p("hai", ppr=indented, rpr="<w:i/>")
        + p("ba", ppr=centred + brk)
        + p("bốn", ppr=indented)
    )
    data = docx(body, headers={"rIdH1": p("Đầu trang")})
    xml = docx_part(data, "word/document.xml")
    pool: list = []
    cut = reader._pool_pprs(reader._pool_rprs(xml, pool), pool)
    assert cut.count(b"<w:pPr>") == 0 and cut.count(b"<w:rPr>") == 0
    assert len(pool) == 2 + 3  # rPr: bold, italic; pPr: centred, indented, centred + break
    doc = read_docx(data)
    assert doc == _unpooled(monkeypatch, data)
    one, two, three, four = doc.paragraphs
    assert one.format.alignment is Alignment.CENTER and one.format.space_before_pt == 6.0
    assert two.format.first_line_mm == 10.0 and four.format is two.format
    assert [s.orientation for s in doc.sections] == ["landscape", "portrait"]
    assert doc.sections[0].headers[0].paragraphs[0].text == "Đầu trang"
    assert (three.section, four.section) == (0, 1)


def test_pool_leaves_tracked_paragraph_properties_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "_POOL_MIN", 1)
    change = '<w:pPrChange w:id="1" w:author="A"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange>'
    data = docx(p("Một", ppr='<w:jc w:val="center"/>' + change) + p("hai", ppr="<w:keepNext/>"))
    xml = docx_part(data, "word/document.xml")
    assert reader._pool_pprs(xml, []) is xml
    doc = read_docx(data)
    assert doc == _unpooled(monkeypatch, data) and doc.has_tracked_changes


def test_pool_cuts_run_properties_and_keeps_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "_POOL_MIN", 1)  # pool even this short part
    bold = '<w:b/><w:sz w:val="28"/>'
    body = p(
        runs=r("Một ", bold) + r("hai ", "<w:i/>") + r("ba", bold), ppr="<w:rPr><w:b/></w:rPr>"
    )
    data = docx(body + p("bốn", rpr=bold))
    pool: list = []
    xml = docx_part(data, "word/document.xml")
    cut = reader._pool_rprs(xml, pool)
    assert cut.count(b"<w:rPr>") == 0 and len(pool) == 3  # bold, italic, the paragraph mark
    doc = read_docx(data)
    assert doc == _unpooled(monkeypatch, data)
    runs = doc.paragraphs[0].runs
    assert [(x.text, x.format.bold, x.format.italic, x.format.size_pt) for x in runs] == [
        ("Một ", True, False, 14.0),
        ("hai ", False, True, 10.0),
        ("ba", True, False, 14.0),
    ]
    assert doc.paragraphs[1].runs[0].format is runs[0].format


@pytest.mark.parametrize(
    ("run_xml", "left_alone"),
    [
        # a tracked format change nests a w:rPr: the part is read as it is
        (
            r("x", '<w:b/><w:rPrChange w:id="1" w:author="A"><w:rPr><w:i/></w:rPr></w:rPrChange>'),
            True,
        ),
        # a comment holding the closing tag: the part is read as it is
        (r("x", "<w:b/><!-- </w:rPr> -->"), True),
        # a comment holding the opening tag before a real one: only the real one is cut
        ("<!-- <w:rPr> -->" + r("x", "<w:b/>"), False),
        # a paragraph mark inserted with tracking
        (
            r("x", "<w:b/>")
            + "</w:p><w:p><w:pPr><w:rPr><w:ins w:id='3' w:author='A'/></w:rPr></w:pPr>"
            + r("y"),
            True,
        ),
    ],
)
def test_pool_leaves_unusual_parts_alone(
    run_xml: str, left_alone: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "_POOL_MIN", 1)  # pool even this short part
    data = docx(p(runs=run_xml))
    xml = docx_part(data, "word/document.xml")
    assert (reader._pool_rprs(xml, []) is xml) is left_alone
    doc = read_docx(data)
    assert doc == _unpooled(monkeypatch, data)
    assert doc.paragraphs[0].runs[0].format.bold
    assert doc.has_tracked_changes is ("Change" in run_xml or "w:ins" in run_xml)


def docx_part(data: bytes, name: str) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(name)


# -- the zip index --------------------------------------------------------------------------


def _rezip(data: bytes, *, method: int = 8, comment: bytes = b"") -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", method) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        dst.comment = comment
    return out.getvalue()


def test_zip_index_reads_stored_deflated_and_commented_packages() -> None:
    data = docx(p("Nội dung", rpr="<w:b/>"), app_pages=2)
    assert reader._zip_index(data) is not None
    stored = _rezip(data, method=0)
    assert reader._zip_index(stored) is not None
    commented = _rezip(data, comment=b"x")
    assert reader._zip_index(commented) is None  # zipfile reads it
    docs = [read_docx(d) for d in (data, stored, commented)]
    assert docs[0] == docs[1] == docs[2]
    assert docs[0].paragraphs[0].runs[0].format.bold and docs[0].page_count == 2


def test_zip_index_damaged_member_is_a_read_error() -> None:
    data = _rezip(docx(p("Nội dung")), method=0)
    at = data.find("Nội dung".encode())
    broken = data[:at] + b"X" + data[at + 1 :]  # same size, wrong CRC
    assert reader._zip_index(broken) is not None
    with pytest.raises(ReadError) as err:
        read_docx(broken)
    assert err.value.code == "VB001" and "bị hỏng" in err.value.message


def test_page_number_format_of_section_and_field_is_read():
    import zipfile

    from tests import build

    data = build.to_bytes(build.state_ke_hoach())
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            body = body.replace(b"<w:titlePg/>", b'<w:titlePg/><w:pgNumType w:fmt="upperRoman"/>')
            body = body.replace(b"PAGE   \\* MERGEFORMAT", b"PAGE \\* alphabetic \\* MERGEFORMAT")
            dst.writestr(item, body)
    doc = read_docx(out.getvalue())
    assert doc.sections[0].page_number_format == "upperRoman"
    fields = [h.page_field_format for h in doc.sections[0].headers if h.has_page_field]
    assert fields == ["alphabetic"]
    plain = read_docx(data)
    assert plain.sections[0].page_number_format is None
    assert [h.page_field_format for h in plain.sections[0].headers] == [None] * len(
        plain.sections[0].headers
    )


def test_one_part_is_read_without_reading_the_document() -> None:
    from tests import build

    data = build.to_bytes(build.state_cong_van())
    core = read_part(data, "docProps/core.xml", name="x.docx")
    assert core is not None and b"<dc:creator>" in core
    assert read_part(data, "word/missing.xml") is None
    with pytest.raises(ReadError) as err:
        read_part(b"not a zip at all", "docProps/core.xml", name="x.docx")
    assert err.value.code == "VB001" and "x.docx" in err.value.message


def test_fast_construction_refuses_fields_out_of_order() -> None:
    from linter.model import Run, slot_setters

    assert len(slot_setters(Run, ("text", "start", "format", "in_field_result"))) == 4
    with pytest.raises(TypeError):
        slot_setters(Run, ("start", "text", "format", "in_field_result"))
    with pytest.raises(TypeError):
        slot_setters(Run, ("text", "start", "format"))


_W_MAIN = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _settings(body: bytes, prefix: bytes = b"w") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><'
        + prefix
        + b":settings xmlns:"
        + prefix
        + b'="'
        + _W_MAIN
        + b'">'
        + body
        + b"</"
        + prefix
        + b":settings>"
    )


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (None, False),
        (_settings(b'<w:zoom w:percent="100"/>'), False),
        (_settings(b"<w:evenAndOddHeaders/>"), True),
        (_settings(b'<w:evenAndOddHeaders w:val="true"/>'), True),
        (_settings(b'<w:evenAndOddHeaders w:val="0"/>'), False),
        (_settings(b'<w:evenAndOddHeaders w:val="off"/>'), False),
        # before w:compat, as Word writes it: only the part's beginning is decompressed
        (
            _settings(
                b'<w:evenAndOddHeaders/><w:compat><w:compatSetting w:name="compatibilityMode"'
                b' w:val="15"/></w:compat><w:rsids><w:rsidRoot w:val="00A1"/></w:rsids>'
            ),
            True,
        ),
        # another prefix for the main namespace: the part is parsed
        (_settings(b"<s:evenAndOddHeaders/>", prefix=b"s"), True),
        (_settings(b'<s:evenAndOddHeaders s:val="false"/>', prefix=b"s"), False),
    ],
)
def test_even_and_odd_headers_come_from_settings(settings: bytes | None, expected: bool) -> None:
    """Word prints a section's even-page header and footer only with "Different Odd & Even
    Pages" (w:evenAndOddHeaders in settings.xml); real drafts keep an unused even footer with
    a PAGE field from their template."""
    extra = {"word/settings.xml": settings} if settings is not None else None
    assert read_docx(docx(p("Nội dung"), extra_parts=extra)).even_and_odd_headers is expected


def test_built_drafts_switch_even_pages_on_only_when_asked() -> None:
    from tests import build

    unused = read_docx(build.to_bytes(build.state_ke_hoach(even_page_number="footer")))
    used = read_docx(
        build.to_bytes(build.state_ke_hoach(even_page_number="footer", even_and_odd=True))
    )
    assert not unused.even_and_odd_headers and used.even_and_odd_headers
    for doc in (unused, used):
        assert [(f.kind, f.has_page_field) for f in doc.sections[0].footers] == [("even", True)]


def test_settings_part_is_decompressed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # word/settings.xml is read whole for its w:themeFontLang (at its end, after the rsids);
    # its w:compat head is then cut from those bytes, not decompressed a second time
    calls: list[str] = []
    real_read, real_until = reader._Package.read, reader._Package.read_until

    def read(self, part):  # type: ignore[no-untyped-def]
        calls.append(part)
        return real_read(self, part)

    def read_until(self, part, markers):  # type: ignore[no-untyped-def]
        calls.append(part)
        return real_until(self, part, markers)

    monkeypatch.setattr(reader._Package, "read", read)
    monkeypatch.setattr(reader._Package, "read_until", read_until)
    path = _corpus_files()[0]
    read_docx(path.read_bytes())
    assert calls.count("word/settings.xml") == 1
