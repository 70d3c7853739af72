"""Anatomy on real .docx fixtures built by tests/build.py: exact parts, family, regime, type.

The expected paragraph of every part is the builder's own record of where it wrote that part
(``built.parts``), not a number copied from the anatomy's output.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from linter.anatomy import analyse
from linter.parts import Anatomy, PartRef
from linter.reader import read_docx
from tests import build

TODAY = dt.date(2026, 6, 10)
# Builder bookkeeping that is not an anatomy part.
_NOT_PARTS = {"enact", "tham_quyen", "chu_ky", "end", "sao", "trich_yeu_rule", "header_anchor"}


def _analyse(spec: build.DocSpec, today: dt.date = TODAY) -> tuple[Anatomy, Any]:
    built = build.build(spec)
    return analyse(read_docx(built.data), today=today), built


def _expected(built: Any) -> dict[str, Any]:
    exp = {k: v for k, v in built.parts.items() if k not in _NOT_PARTS}
    label = exp.pop("noi_nhan_label", None)
    items = list(exp.get("noi_nhan", []))
    if label is not None and label not in items:  # noi_nhan is the label and its items
        exp["noi_nhan"] = [label, *items]
    return exp


def _got(a: Anatomy, story: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in a.parts.items():
        if isinstance(value, tuple):
            refs = [r.paragraph for r in value if r.story == story]
            if refs:
                out[name] = refs
        elif value.story == story:
            out[name] = value.paragraph
    return out


FACTORIES = {
    "state_quyet_dinh": build.state_quyet_dinh,
    "state_cong_van": build.state_cong_van,
    "state_ke_hoach": build.state_ke_hoach,
    "state_to_trinh": build.state_to_trinh,
    "state_bao_cao": build.state_bao_cao,
    "state_thong_bao": build.state_thong_bao,
    "state_giay_moi": build.state_giay_moi,
    "party_ket_luan": build.party_ket_luan,
    "party_cong_van": build.party_cong_van,
    "party_nghi_quyet": build.party_nghi_quyet,
}


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_every_part_is_where_the_builder_put_it(name: str) -> None:
    a, built = _analyse(FACTORIES[name]())
    assert _got(a) == _expected(built)


@pytest.mark.parametrize(
    ("name", "kw"),
    [
        ("state_cong_van", {"header_layout": "paragraphs", "signature_layout": "paragraphs"}),
        ("state_quyet_dinh", {"header_rows": 2}),
        ("party_cong_van", {"header_layout": "paragraphs"}),
        ("party_ket_luan", {"signature_layout": "paragraphs"}),
    ],
)
def test_parts_in_other_layouts(name: str, kw: dict[str, Any]) -> None:
    a, built = _analyse(FACTORIES[name](**kw))
    assert _got(a) == _expected(built)
    assert a.header_layout == kw.get("header_layout", "table")
    assert a.signature_layout == kw.get("signature_layout", "table")


def test_header_in_text_boxes() -> None:
    a, built = _analyse(build.state_cong_van(header_layout="textbox"))
    assert a.header_layout == "textbox"
    assert _got(a, "textbox") == built.textbox_parts
    assert _got(a) == _expected(built)
    assert a.family == "state" and a.doc_type == "cong_van"


def test_state_quyet_dinh_facts() -> None:
    a, built = _analyse(build.state_quyet_dinh())
    assert (a.family, a.regime, a.guidance, a.doc_type) == ("state", "nd30", None, "quyet_dinh")
    assert a.date == build.STATE_DATE
    n = a.number
    assert n is not None
    assert (n.so, n.type, n.issuer, n.unit, n.year, n.has_colon, n.blank) == (
        "125",
        "QĐ",
        "SNV",
        None,
        None,
        True,
        False,
    )
    assert a.parts["so_ky_hieu"] == PartRef("Số: 125/QĐ-SNV", built.parts["so_ky_hieu"])
    assert a.part("co_quan_chu_quan").text == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    assert a.part("co_quan_ban_hanh").text == "SỞ NỘI VỤ"
    assert a.signing is not None
    assert (a.signing.form, a.signing.title, a.signing.name) == (
        "KT.",
        "PHÓ GIÁM ĐỐC",
        "Trần Thị Bình",
    )
    assert a.noi_nhan == ("Như Điều 3", "Ủy ban nhân dân tỉnh (để báo cáo)", "Lưu: VT, VP")
    assert not a.is_normative and not a.is_draft_marked
    cited = [(c.type, c.number, c.date, c.issuer) for c in a.citations]
    assert (
        "quyet_dinh",
        "25/2025/QĐ-UBND",
        dt.date(2025, 7, 1),
        "Ủy ban nhân dân tỉnh Lâm Đồng",
    ) in cited


def test_state_cong_van_facts() -> None:
    a, _ = _analyse(build.state_cong_van())
    assert (a.family, a.regime, a.doc_type) == ("state", "nd30", "cong_van")
    n = a.number
    assert n is not None and (n.so, n.type, n.issuer, n.unit) == ("1250", None, "SNV", "VP")
    assert a.part("trich_yeu").text.startswith("V/v ")
    assert a.kinh_gui == (
        "Các sở, ban, ngành thuộc tỉnh",
        "Ủy ban nhân dân các xã, phường, đặc khu",
    )
    assert a.noi_nhan[0] == "Như trên"


def test_a_kinh_gui_entry_wrapped_after_a_comma_goes_on() -> None:
    # a real công văn of a provincial People's Committee: the list of departments runs onto a
    # paragraph of its own, and the next entry is the wards
    lines = [
        "Kính gửi:",
        "- Các Sở: Công Thương, Tài chính, Xây dựng,",
        "Nông nghiệp và Môi trường;",
        "- UBND các phường: Yên Bái, Văn Phú, Âu Lâu.",
    ]
    a, _ = _analyse(build.state_cong_van(kinh_gui=lines))
    assert a.kinh_gui == (
        "Các Sở: Công Thương, Tài chính, Xây dựng, Nông nghiệp và Môi trường",
        "UBND các phường: Yên Bái, Văn Phú, Âu Lâu",
    )
    # a closed entry ends the block: the body's first paragraph is no entry
    lines = ["Kính gửi:", "- Sở Tài chính;", "- Sở Xây dựng."]
    a, _ = _analyse(build.state_cong_van(kinh_gui=lines))
    assert a.kinh_gui == ("Sở Tài chính", "Sở Xây dựng")


def test_blank_draft_number_and_date() -> None:
    a, _ = _analyse(
        build.state_quyet_dinh(
            number_text="Số:      /QĐ-SNV", date_text="Lâm Đồng, ngày      tháng      năm 2026"
        )
    )
    n, dl = a.number, a.date_line
    assert n is not None and dl is not None
    assert (n.so, n.type, n.issuer, n.blank) == (None, "QĐ", "SNV", True)
    assert (dl.place, dl.day, dl.month, dl.year, dl.date, dl.blank) == (
        "Lâm Đồng",
        None,
        None,
        "2026",
        None,
        True,
    )
    assert a.date is None and a.regime == "nd30"


def test_draft_marker_is_seen() -> None:
    a, _ = _analyse(build.state_quyet_dinh(du_thao="DỰ THẢO"))
    assert a.is_draft_marked


@pytest.mark.parametrize(
    ("date", "regime", "guidance"),
    [
        (dt.date(2025, 12, 11), "party-2017", "HD36"),
        (dt.date(2026, 1, 8), "party-2017", "HD36"),
        (dt.date(2026, 1, 9), "party-2026", "HD36"),
        (dt.date(2026, 5, 26), "party-2026", "HD36"),
        (dt.date(2026, 5, 27), "party-2026", "HD05"),
    ],
)
def test_party_regime_follows_the_date(date: dt.date, regime: str, guidance: str) -> None:
    a, _ = _analyse(build.party_ket_luan(date=date))
    assert (a.family, a.doc_type, a.date) == ("party", "ket_luan", date)
    assert (a.regime, a.guidance) == (regime, guidance)
    assert date.strftime("%d/%m/%Y") in a.regime_reason


@pytest.mark.parametrize(
    ("today", "regime", "guidance"),
    [
        (dt.date(2026, 3, 1), "party-2026", "HD36"),
        (dt.date(2026, 6, 10), "party-2026", "HD05"),
    ],
)
def test_undated_party_draft_takes_the_rules_in_force_today(
    today: dt.date, regime: str, guidance: str
) -> None:
    spec = build.party_cong_van(date_text="Phường La Gi, ngày      tháng      năm 2026")
    a, _ = _analyse(spec, today=today)
    assert a.date is None and a.date_line is not None and a.date_line.blank
    assert (a.regime, a.guidance) == (regime, guidance)
    assert "ngày kiểm tra" in a.regime_reason


def test_party_ket_luan_facts() -> None:
    a, built = _analyse(build.party_ket_luan(date=dt.date(2025, 12, 11)))
    n = a.number
    assert n is not None
    assert (n.raw, n.so, n.type, n.issuer, n.has_colon) == ("Số 12-KL/ĐU", "12", "KL", "ĐU", False)
    assert a.part("tieu_de_dang").text == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert "quoc_hieu" not in a.parts and "tieu_ngu" not in a.parts
    assert a.regime_reason == (
        "văn bản ghi ngày 11/12/2025, trước 09/01/2026: áp dụng Quy định 66-QĐ/TW và "
        "Hướng dẫn 36-HD/VPTW"
    )
    s = a.signing
    assert s is not None
    assert (s.form, s.collective, s.title) == ("T/M", "BAN THƯỜNG VỤ", "BÍ THƯ")
    assert s.name == built.texts[built.parts["ho_ten_ky"]].strip()


def test_party_cong_van_facts() -> None:
    a, built = _analyse(build.party_cong_van())
    assert (a.family, a.doc_type) == ("party", "cong_van")
    n = a.number
    assert n is not None and (n.so, n.type, n.issuer) == ("383", "CV", "ĐU")
    assert a.part("trich_yeu").text == built.texts[built.parts["trich_yeu"]].strip()
    assert a.noi_nhan[-1].startswith("Lưu")


def test_nfd_and_old_tone_placement_quoc_hieu() -> None:
    import unicodedata

    qh = unicodedata.normalize("NFD", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    a, built = _analyse(build.state_cong_van(quoc_hieu=qh))
    assert a.family == "state"
    assert a.part("quoc_hieu").paragraph == built.parts["quoc_hieu"]


def test_no_header_falls_back_to_the_profile() -> None:
    from linter.rule import Profile
    from linter.textreader import read_text

    doc = read_text("Nội dung không có phần đầu.\nMột dòng nữa.")
    assert analyse(doc, today=TODAY).family == "unknown"
    a = analyse(doc, today=TODAY, profile=Profile(family="party"))
    assert a.family == "party" and a.regime == "party-2026" and a.guidance == "HD05"


def test_analyse_is_fast_on_a_three_page_draft() -> None:
    import time

    doc = read_docx(build.build(build.state_ke_hoach()).data)
    analyse(doc, today=TODAY)  # warm the caches (type table, regexes)
    runs = 20
    start = time.process_time()  # CPU time: not inflated by other processes
    for _ in range(runs):
        analyse(doc, today=TODAY)
    per_doc_ms = (time.process_time() - start) * 1000 / runs
    assert per_doc_ms < 5, per_doc_ms


_LONG_TY = (
    "Kết luận của đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với Trung tâm "
    "Xúc tiến Đầu tư, Thương mại và Du lịch về tiến độ thu hút các dự án đầu tư ngoài ngân sách "
    "và kết quả thực hiện kế hoạch xúc tiến đầu tư năm 2026"
)


def test_a_long_trich_yeu_in_one_centred_bold_paragraph() -> None:
    """A thông báo kết luận often names the meeting, its chair and its subject in one
    paragraph of 200 characters and more under THÔNG BÁO, bold and centred as PL I, II.5.a
    lays out a trích yếu (seen in four real drafts)."""
    assert len(_LONG_TY) > 200
    doc = read_docx(build.to_bytes(build.state_thong_bao(trich_yeu=_LONG_TY)))
    anatomy = analyse(doc)
    ty = anatomy.parts["trich_yeu"]
    assert isinstance(ty, PartRef) and ty.text == _LONG_TY
    body = anatomy.parts["noi_dung"]
    assert all(doc.paragraphs[r.paragraph].text != _LONG_TY for r in body)


def test_a_long_body_paragraph_under_the_title_is_no_trich_yeu() -> None:
    """A document without a trích yếu: the first body paragraph (justified, not bold) stays
    body text however long it is."""
    spec = build.state_thong_bao(trich_yeu=None)
    spec = spec.replace(body=[build.p(_LONG_TY + "."), *spec.body[1:]])
    anatomy = analyse(read_docx(build.to_bytes(spec)))
    assert "trich_yeu" not in anatomy.parts


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("GIẤY MỜI HỌP", "giay_moi"),  # a real UBND giấy mời
        ("BÁO CÁO CÔNG TÁC TUẦN 02 THÁNG 6 NĂM 2026", "bao_cao"),  # a real weekly report
        ("KẾ HOẠCH", "ke_hoach"),
    ],
)
def test_a_title_that_goes_on_after_its_kind_names_the_kind(title: str, doc_type: str) -> None:
    a, _ = _analyse(build.state_doc("thong_bao", ten_loai=title, so_ky_hieu="Số: 12/UBND-VP"))
    assert a.doc_type == doc_type
    assert a.part("ten_loai").text == title


def test_a_line_that_only_starts_with_a_kind_of_law_is_no_title() -> None:
    # "LUẬT SƯ …" is no "LUẬT": a legal normative title is exact
    a, _ = _analyse(build.state_doc("thong_bao", ten_loai="LUẬT SƯ TƯ VẤN MIỄN PHÍ"))
    assert a.doc_type != "luat"
