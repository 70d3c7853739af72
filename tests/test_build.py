"""The fixture builder: compliant defaults (per the specs), one change at a time, real .docx."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

import docx
import pytest
from lxml import etree

from linter.model import Alignment, Document
from linter.reader import read_docx
from tests import build

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def xml(data: bytes, part: str = "word/document.xml") -> Any:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(part))


def main_story_texts(data: bytes) -> list[str]:
    """Paragraph texts of the main story straight from the XML (text boxes excluded)."""
    root = xml(data)
    out = []
    for p in root.iter(f"{W}p"):
        if any(a.tag in (f"{W}txbxContent",) for a in p.iterancestors()):
            continue
        if any(a.tag == f"{W}del" for a in p.iterancestors()):
            continue
        text = ""
        for el in p.iter(f"{W}t", f"{W}tab"):
            if any(a.tag == f"{W}txbxContent" for a in el.iterancestors()):
                continue
            text += "\t" if el.tag == f"{W}tab" else (el.text or "")
        out.append(text)
    return out


def first_run(doc: Document, index: int) -> Any:
    runs = [r for r in doc.paragraphs[index].runs if r.text.strip()]
    assert runs, f"paragraph {index} has no text"
    return runs[0].format


def signature(doc: Document) -> list[tuple[Any, ...]]:
    """Everything the reader gives per paragraph, to compare two documents."""
    return [
        (p.text, p.label, p.format, tuple((r.text, r.format) for r in p.runs), p.has_drawing)
        for p in doc.paragraphs
    ]


# ---------------------------------------------------------------------------------------------
# every factory


@pytest.mark.parametrize("name", sorted(build.FACTORIES))
def test_factory_builds_a_docx_that_opens_and_reads_back(name: str) -> None:
    spec = build.FACTORIES[name]()
    built = build.build(spec)
    reopened = docx.Document(io.BytesIO(built.data))  # python-docx can open it
    assert len(reopened.tables) == 2  # header table + signature table
    assert main_story_texts(built.data) == list(built.texts)
    doc = read_docx(built.data)
    assert [p.text for p in doc.paragraphs] == list(built.texts)
    fonts = {r.format.font for p in doc.paragraphs for r in p.runs if r.text.strip()}
    assert fonts == {"Times New Roman"}
    assert not doc.has_tracked_changes and doc.comment_count == 0


@pytest.mark.parametrize("name", sorted(build.FACTORIES))
def test_generation_is_deterministic(name: str) -> None:
    factory = build.FACTORIES[name]
    assert build.to_bytes(factory()) == build.to_bytes(factory())


def test_write_and_parts(tmp_path: Any) -> None:
    spec = build.state_cong_van()
    path = build.write(spec, tmp_path / "sub" / "cv.docx")
    assert path.read_bytes()[:2] == b"PK"
    built = build.build(spec)
    assert built.texts[built.parts["so_ky_hieu"]] == "Số: 1250/SNV-VP"
    assert built.texts[built.parts["trich_yeu"]].startswith("V/v ")
    assert built.texts[built.parts["kinh_gui"][0]] == "Kính gửi:"
    assert built.parts["noi_nhan"][0] == built.parts["noi_nhan_label"]
    assert built.texts[built.parts["noi_nhan"][-1]] == "- Lưu: VT, VP."
    assert built.index("ho_ten_ky") == built.parts["ho_ten_ky"]


# ---------------------------------------------------------------------------------------------
# State defaults per Nghị định 30/2020 (state_nd30.md §2, §4, Table V)


def test_state_page_setup_and_page_number() -> None:
    built = build.build(build.state_quyet_dinh())
    sect = xml(built.data).find(f".//{W}sectPr")
    pg_sz, pg_mar = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    assert (pg_sz.get(f"{W}w"), pg_sz.get(f"{W}h")) == ("11906", "16838")  # A4
    margins = {k: int(pg_mar.get(f"{W}{k}")) for k in ("top", "bottom", "left", "right")}
    assert margins == {"top": 1134, "bottom": 1134, "left": 1701, "right": 851}
    assert sect.find(f"{W}titlePg") is not None
    doc = read_docx(built.data)
    section = doc.sections[0]
    assert 20 <= section.margin_top_mm <= 25 and 15 <= section.margin_right_mm <= 20
    assert section.title_page
    headers = {h.kind: h for h in section.headers}
    assert headers["default"].has_page_field
    assert headers["default"].page_field_alignment == Alignment.CENTER
    assert headers["default"].page_field_size_pt == 14
    assert not headers["first"].has_page_field  # no number on page 1
    assert not section.footers or not any(f.has_page_field for f in section.footers)


def test_state_header_formats() -> None:
    built = build.build(build.state_quyet_dinh())
    doc = read_docx(built.data)
    at = built.parts
    expect = {
        # part: (size, bold, italic)
        "co_quan_chu_quan": (13, False, False),
        "co_quan_ban_hanh": (13, True, False),
        "so_ky_hieu": (13, False, False),
        "quoc_hieu": (13, True, False),
        "tieu_ngu": (14, True, False),
        "dia_danh_ngay_thang": (14, False, True),
        "ten_loai": (14, True, False),
        "trich_yeu": (14, True, False),
        "tham_quyen": (14, True, False),
        "enact": (14, True, False),
        "quyen_han_ky": (14, True, False),
        "chuc_vu_ky": (14, True, False),
        "ho_ten_ky": (14, True, False),
        "noi_nhan_label": (12, True, True),
    }
    for part, (size, bold, italic) in expect.items():
        f = first_run(doc, at[part])
        assert (f.size_pt, f.bold, f.italic) == (size, bold, italic), part
    for part in ("quoc_hieu", "tieu_ngu", "ten_loai", "trich_yeu", "dia_danh_ngay_thang"):
        assert doc.paragraphs[at[part]].format.alignment == Alignment.CENTER, part
    assert doc.paragraphs[at["noi_nhan_label"]].format.alignment == Alignment.LEFT
    for i in at["noi_nhan"][1:]:
        assert first_run(doc, i).size_pt == 11
    assert doc.paragraphs[at["quoc_hieu"]].cell.col == 1
    assert doc.paragraphs[at["so_ky_hieu"]].cell.col == 0
    assert doc.tables[0].has_visible_borders is False


def test_state_texts_follow_the_spec() -> None:
    built = build.build(build.state_quyet_dinh())
    texts, at = built.texts, built.parts
    assert texts[at["quoc_hieu"]] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert texts[at["tieu_ngu"]] == "Độc lập - Tự do - Hạnh phúc"  # ASCII hyphens, spaced
    assert texts[at["so_ky_hieu"]] == "Số: 125/QĐ-SNV"
    assert texts[at["dia_danh_ngay_thang"]] == "Lâm Đồng, ngày 16 tháng 11 năm 2026"
    can_cu = [texts[i] for i in at["can_cu"]]
    assert all(t.endswith(";") for t in can_cu[:-1]) and can_cu[-1].endswith(".")
    assert texts[at["noi_dung"][-1]].endswith("./.")
    assert texts[at["quyen_han_ky"]] == "KT. GIÁM ĐỐC"


def test_state_body_comes_from_the_normal_style() -> None:
    built = build.build(build.state_cong_van())
    doc = read_docx(built.data)
    for i in built.parts["noi_dung"]:
        para = doc.paragraphs[i]
        assert para.style_id is None or para.style_id == "Normal"
        assert para.format.alignment == Alignment.JUSTIFY
        assert para.format.first_line_mm == pytest.approx(10, abs=0.1)
        assert para.format.space_before_pt == 6
        assert (para.format.line_spacing, para.format.line_rule) == (1.15, "auto")
        assert para.sizes_pt == {14}
    # no direct size or font on body runs: they inherit
    root = xml(built.data)
    body_paras = [p for p in root.iter(f"{W}p")]
    first_body = body_paras[built.parts["noi_dung"][0]]
    assert first_body.find(f".//{W}rPr/{W}sz") is None
    assert first_body.find(f".//{W}rFonts") is None


def test_tieu_ngu_line_is_a_shape_as_long_as_the_text() -> None:
    built = build.build(build.state_cong_van())
    doc = read_docx(built.data)
    lines = {s.paragraph: s for s in doc.shapes if s.kind == "line"}
    width = build.text_width_mm("Độc lập - Tự do - Hạnh phúc", 14, bold=True)
    assert lines[built.parts["tieu_ngu"]].width_mm == pytest.approx(width, abs=0.2)
    issuer = build.text_width_mm("SỞ NỘI VỤ", 13, bold=True)
    ratio = lines[built.parts["co_quan_ban_hanh"]].width_mm / issuer
    assert 1 / 3 <= ratio <= 1 / 2
    # a real draft (corpus d021) draws this line 2171700 EMU = 60.3 mm long at 14 pt bold
    assert width == pytest.approx(60.3, abs=1.5)


def test_every_state_factory_type_and_number() -> None:
    expected = {
        "state_quyet_dinh": ("QUYẾT ĐỊNH", "/QĐ-"),
        "state_ke_hoach": ("KẾ HOẠCH", "/KH-"),
        "state_to_trinh": ("TỜ TRÌNH", "/TTr-"),
        "state_bao_cao": ("BÁO CÁO", "/BC-"),
        "state_thong_bao": ("THÔNG BÁO", "/TB-"),
        "state_giay_moi": ("GIẤY MỜI", "/GM-"),
    }
    for name, (ten_loai, abbr) in expected.items():
        built = build.build(build.FACTORIES[name]())
        assert built.texts[built.parts["ten_loai"]] == ten_loai
        assert abbr in built.texts[built.parts["so_ky_hieu"]]
    cv = build.build(build.state_cong_van())
    assert "ten_loai" not in cv.parts
    assert build.state_doc("chi_thi").ten_loai == "CHỈ THỊ"
    with pytest.raises(ValueError):
        build.state_doc("khong_co")


# ---------------------------------------------------------------------------------------------
# Party defaults (party.md §1, party_2026.md §4)


def test_party_header_and_signature() -> None:
    built = build.build(build.party_ket_luan())
    doc = read_docx(built.data)
    at, texts = built.parts, built.texts
    assert texts[at["tieu_de_dang"]] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert texts[at["sao"]] == "*"
    assert texts[at["so_ky_hieu"]] == "Số 12-KL/ĐU"  # no colon
    assert texts[at["trich_yeu_rule"]] == "-----"
    expect = {
        "tieu_de_dang": (15, True, False, None),
        "co_quan_chu_quan": (14, False, False, None),
        "co_quan_ban_hanh": (14, True, False, None),
        "so_ky_hieu": (14, False, False, None),
        "dia_danh_ngay_thang": (14, False, True, None),
        "ten_loai": (15, True, False, None),
        "trich_yeu": (14, True, False, None),
        "noi_nhan_label": (14, False, False, "single"),
        "quyen_han_ky": (14, True, False, None),
        "chuc_vu_ky": (14, False, False, None),
        "ho_ten_ky": (14, True, False, None),
    }
    for part, value in expect.items():
        f = first_run(doc, at[part])
        assert (f.size_pt, f.bold, f.italic, f.underline) == value, part
    for i in at["noi_nhan"][1:]:
        assert first_run(doc, i).size_pt == 12
    body = doc.paragraphs[at["noi_dung"][0]].format
    assert (body.line_spacing, body.line_rule) == (20, "exact")
    assert doc.sections[0].margin_right_mm == pytest.approx(15, abs=0.05)


def test_party_date_picks_the_regime_details() -> None:
    old = build.party_cong_van(date=dt.date(2025, 12, 20))
    new = build.party_cong_van(date=dt.date(2026, 6, 1))
    assert (old.regime, new.regime) == ("party-2017", "party-2026")
    assert old.dia_danh_ngay_thang == "La Gi, ngày 20 tháng 12 năm 2025"
    assert new.dia_danh_ngay_thang == "La Gi, ngày 01 tháng 6 năm 2026"
    assert old.noi_nhan[0] == "- Như trên," and new.noi_nhan[0] == "- Như trên;"
    assert not old.trich_yeu.startswith("về việc") and new.trich_yeu.startswith("về việc")
    mid = build.party_ket_luan(date=dt.date(2026, 2, 3))
    assert mid.regime == "party-2026" and not mid.hd05 and mid.noi_nhan[0].endswith(",")
    assert mid.dia_danh_ngay_thang == "La Gi, ngày 03 tháng 02 năm 2026"


# ---------------------------------------------------------------------------------------------
# one change at a time


@pytest.mark.parametrize(
    ("change", "part"),
    [
        (lambda s: s.fmt("quoc_hieu", bold=False), "quoc_hieu"),
        (lambda s: s.fmt("tieu_ngu", size=12), "tieu_ngu"),
        (lambda s: s.fmt("co_quan_chu_quan", bold=True), "co_quan_chu_quan"),
        (lambda s: s.fmt("dia_danh_ngay_thang", italic=False), "dia_danh_ngay_thang"),
        (lambda s: s.replace(date_text="Lâm Đồng, ngày 5 tháng 3 năm 2026"), "dia_danh_ngay_thang"),
        (lambda s: s.replace(number_text="Số 1250/SNV-VP"), "so_ky_hieu"),
        (lambda s: s.fmt("noi_nhan_label", italic=False), "noi_nhan_label"),
        (lambda s: s.fmt("ho_ten_ky", font="Arial"), "ho_ten_ky"),
    ],
)
def test_one_override_changes_only_its_paragraph(change: Any, part: str) -> None:
    base = build.state_cong_van()
    a, b = build.build(base), build.build(change(base))
    assert a.parts == b.parts
    sa, sb = signature(read_docx(a.data)), signature(read_docx(b.data))
    differing = [i for i, (x, y) in enumerate(zip(sa, sb, strict=True)) if x != y]
    assert differing == [a.parts[part]]


def test_body_item_override_and_direct_formatting() -> None:
    base = build.state_cong_van()
    body = list(base.body)
    body[1] = build.p(body[1].text, font="Arial")
    changed = base.replace(body=body)
    a, b = read_docx(build.to_bytes(base)), read_docx(build.to_bytes(changed))
    i = build.build(base).parts["noi_dung"][1]
    differing = [
        k for k, (x, y) in enumerate(zip(signature(a), signature(b), strict=True)) if x != y
    ]
    assert differing == [i]
    assert first_run(b, i).font == "Arial"


def test_page_changes_touch_only_the_section() -> None:
    base = build.state_cong_van()
    changed = base.replace(margin_left_mm=25, page_width_mm=215.9, page_height_mm=279.4)
    a, b = read_docx(build.to_bytes(base)), read_docx(build.to_bytes(changed))
    assert signature(a) == signature(b)
    assert b.sections[0].margin_left_mm == pytest.approx(25, abs=0.05)
    assert b.sections[0].page_width_mm == pytest.approx(215.9, abs=0.05)


@pytest.mark.parametrize(
    ("mode", "title_page", "default_has", "first_has", "footer_has"),
    [
        ("header", True, True, False, False),
        ("header_all", False, True, None, False),
        ("header_and_first", True, True, True, False),
        ("footer", True, False, None, True),
        ("none", False, False, None, False),
    ],
)
def test_page_number_modes(
    mode: str, title_page: bool, default_has: bool, first_has: bool | None, footer_has: bool
) -> None:
    section = read_docx(build.to_bytes(build.state_cong_van(page_number=mode))).sections[0]
    headers = {h.kind: h.has_page_field for h in section.headers}
    assert section.title_page is title_page
    assert headers.get("default", False) is default_has
    if first_has is not None:
        assert headers["first"] is first_has
    assert any(f.has_page_field for f in section.footers) is footer_has


# ---------------------------------------------------------------------------------------------
# defaults location, layouts, lines, numbering, review marks


@pytest.mark.parametrize("where", ["docDefaults", "normal", "direct", "theme"])
def test_default_font_location_resolves_to_times(where: str) -> None:
    built = build.build(build.state_cong_van(defaults_in=where))
    doc = read_docx(built.data)
    for i in built.parts["noi_dung"]:
        f = first_run(doc, i)
        assert (f.font, f.size_pt) == ("Times New Roman", 14)
    styles = xml(built.data, "word/styles.xml")
    defaults_fonts = styles.find(f"{W}docDefaults//{W}rFonts")
    normal_fonts = styles.find(f"{W}style[@{W}styleId='Normal']/{W}rPr/{W}rFonts")
    if where == "docDefaults":
        assert defaults_fonts.get(f"{W}ascii") == "Times New Roman"
    elif where == "normal":
        assert normal_fonts.get(f"{W}ascii") == "Times New Roman"
        assert defaults_fonts.get(f"{W}asciiTheme") == "minorHAnsi"
    elif where == "theme":
        assert defaults_fonts.get(f"{W}asciiTheme") == "minorHAnsi"
        theme = zipfile.ZipFile(io.BytesIO(built.data)).read("word/theme/theme1.xml")
        assert b'<a:latin typeface="Times New Roman"' in theme
    else:
        assert normal_fonts is None
        first_body = list(xml(built.data).iter(f"{W}p"))[built.parts["noi_dung"][0]]
        assert first_body.find(f".//{W}rFonts").get(f"{W}ascii") == "Times New Roman"


def test_wrong_default_font_shows_in_the_body() -> None:
    doc = build.read(build.state_cong_van(default_font="Arial", defaults_in="theme"))
    assert doc.default_font == "Arial"
    assert first_run(doc, 10).font == "Arial"


def test_header_as_paragraphs() -> None:
    built = build.build(build.state_cong_van(header_layout="paragraphs"))
    doc = read_docx(built.data)
    assert [p.text for p in doc.paragraphs] == list(built.texts)
    assert built.parts["so_ky_hieu"] == built.parts["dia_danh_ngay_thang"]  # same line
    assert built.texts[built.parts["quoc_hieu"]] == (
        "\tỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    )
    assert len(doc.tables) == 1  # only the signature table
    assert len([s for s in doc.shapes if s.kind == "line"]) == 2


def test_header_in_text_boxes_counted_once() -> None:
    built = build.build(build.state_cong_van(header_layout="textbox"))
    doc = read_docx(built.data)
    assert built.texts[0] == "" and "so_ky_hieu" not in built.parts
    assert [p.text for p in doc.paragraphs] == list(built.texts)
    assert [p.text for p in doc.textboxes] == list(built.textbox_texts)
    assert doc.textboxes[built.textbox_parts["so_ky_hieu"]].text == "Số: 1250/SNV-VP"
    assert len([s for s in doc.shapes if s.kind == "textbox"]) == 2  # Choice only, not Fallback


def test_signature_as_paragraphs() -> None:
    built = build.build(build.state_quyet_dinh(signature_layout="paragraphs"))
    doc = read_docx(built.data)
    assert len(doc.tables) == 1
    line = built.texts[built.parts["quyen_han_ky"]]
    assert line == "Nơi nhận:\tKT. GIÁM ĐỐC"
    assert doc.paragraphs[built.parts["quyen_han_ky"]].text == line


def test_two_row_header_puts_number_and_date_on_one_row() -> None:
    doc = build.read(build.state_cong_van(header_rows=2))
    cells = {p.text: p.cell for p in doc.paragraphs if p.cell and p.cell.table == 0}
    assert cells["Số: 1250/SNV-VP"].row == cells["Lâm Đồng, ngày 16 tháng 11 năm 2026"].row == 1


@pytest.mark.parametrize("style", ["border", "text", "none"])
def test_rule_styles(style: str) -> None:
    built = build.build(build.state_cong_van(rule_style=style))
    doc = read_docx(built.data)
    tn = built.parts["tieu_ngu"]
    assert not [s for s in doc.shapes if s.kind == "line"]
    if style == "border":
        assert doc.paragraphs[tn].format.border_bottom.style == "single"
    elif style == "text":
        assert set(built.texts[tn + 1]) == {"_"}
        assert built.part_lines["tieu_ngu_rule"] == [tn + 1]
    else:
        assert doc.paragraphs[tn].format.border_bottom is None


def test_dashed_rule() -> None:
    spec = build.state_cong_van().rule("tieu_ngu", style="border", dash=True)
    doc = build.read(spec)
    assert doc.paragraphs[5].format.border_bottom.style == "dashed"


def test_auto_numbering_labels() -> None:
    spec = build.state_ke_hoach()
    built = build.build(spec)
    doc = read_docx(built.data)
    assert built.labels
    for i, label in built.labels.items():
        assert doc.paragraphs[i].label == label
    assert list(built.labels.values()) == ["a)", "b)", "a)", "b)"]  # restart=True restarts
    schemes = build.state_cong_van(
        body=[
            build.auto("Một", 0),
            build.auto("Một chấm một", 1),
            build.auto("Hai", 0),
            build.auto("La mã", 0, scheme="roman"),
            build.auto("Gạch", 0, scheme="dash"),
            build.auto("Chấm", 0, scheme="symbol"),
        ]
    )
    built = build.build(schemes)
    doc = read_docx(built.data)
    got = [doc.paragraphs[i].label for i in built.parts["noi_dung"]]
    assert got == ["1.", "1.1.", "2.", "I.", "-", "•"]
    assert got == [built.labels[i] for i in built.parts["noi_dung"]]
    assert [doc.paragraphs[i].text for i in built.parts["noi_dung"]][:2] == ["Một", "Một chấm một"]


def test_dieu_label_uses_a_character_style() -> None:
    built = build.build(build.state_quyet_dinh())
    doc = read_docx(built.data)
    para = doc.paragraphs[built.parts["noi_dung"][0]]
    assert para.text.startswith("Điều 1. ")
    assert para.runs[0].text == "Điều 1." and para.runs[0].format.bold
    assert not para.runs[1].format.bold
    raw = list(xml(built.data).iter(f"{W}p"))[built.parts["noi_dung"][0]]
    assert raw.find(f".//{W}rStyle").get(f"{W}val") == "VBStrong"


def test_tracked_changes_and_comments() -> None:
    base = build.state_cong_van()
    built = build.build(base.replace(tracked_changes=True, comments=["Xem lại số liệu"]))
    doc = read_docx(built.data)
    assert doc.has_tracked_changes and doc.comment_count == 1
    assert [p.text for p in doc.paragraphs] == list(build.build(base).texts)  # as accepted


def test_draft_marker_and_blank_number() -> None:
    spec = build.state_quyet_dinh(
        du_thao="DỰ THẢO",
        number_text="Số:      /QĐ-SNV",
        date_text="Lâm Đồng, ngày      tháng      năm 2026",
    )
    built = build.build(spec)
    doc = read_docx(built.data)
    i = built.parts["du_thao"]
    assert doc.paragraphs[i].text == "DỰ THẢO" and doc.paragraphs[i].cell.col == 0
    assert doc.paragraphs[i].format.border_bottom is not None  # boxed
    assert doc.paragraphs[built.parts["so_ky_hieu"]].text == "Số:      /QĐ-SNV"


def test_multi_line_parts_and_pages() -> None:
    spec = build.state_cong_van(
        co_quan_chu_quan=None, co_quan_ban_hanh="ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", pages=3
    )
    built = build.build(spec)
    assert built.part_lines["co_quan_ban_hanh"] == [0, 1]
    doc = read_docx(built.data)
    assert doc.page_count == 3
    lines = [s for s in doc.shapes if s.kind == "line"]
    assert lines[0].paragraph == 1  # the line goes under the last line of the name


def test_landscape() -> None:
    doc = build.read(
        build.state_bao_cao(orientation="landscape", page_width_mm=297, page_height_mm=210)
    )
    assert doc.sections[0].orientation == "landscape"
    assert doc.sections[0].page_width_mm == pytest.approx(297, abs=0.05)


def test_text_width_table() -> None:
    assert build.text_width_mm("", 14) == 0
    # Vietnamese letters take their base letter's width
    assert build.text_width_mm("Độ", 14) == build.text_width_mm("Do", 14)
    assert build.text_width_mm("A", 14, bold=True) > build.text_width_mm("I", 14, bold=True)
