"""Anatomy on the real corpus (../shared/corpus_real): every file, and a hand-checked selection.

The expected values below were read by hand from the documents themselves (header, number, date
line, signature block), not from the anatomy's output.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from linter.anatomy import analyse
from linter.model import Document
from linter.parts import Anatomy
from linter.reader import read_docx
from linter.textreader import read_text_file

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus_real"
TODAY = dt.date(2026, 6, 10)

# manifest.csv doc_type label → slug
_LABEL_SLUG = {
    "Quyết định": "quyet_dinh",
    "Công văn": "cong_van",
    "Kế hoạch": "ke_hoach",
    "Báo cáo": "bao_cao",
    "Thông báo": "thong_bao",
    "Tờ trình": "to_trinh",
    "Giấy mời": "giay_moi",
    "Phiếu trình (nội bộ)": "phieu_trinh",
    "Điều lệ (kèm QĐ)": "dieu_le",
    "Hướng dẫn": "huong_dan",
    "Nghị định": "nghi_dinh",
    "Nghị quyết": "nghi_quyet",
    "Phụ lục (kèm Nghị định)": "phu_luc",
    "Phụ lục (kèm Nghị định) - mẫu văn bản": "phu_luc",
    "Phụ lục": "phu_luc",
    "Quy định": "quy_dinh",
    "Công điện": "cong_dien",
}


def _load(rel: str) -> Document:
    path = CORPUS / rel
    if path.suffix == ".txt":
        return read_text_file(path)
    return read_docx(path)


def _manifest() -> list[dict[str, str]]:
    with (CORPUS / "manifest.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _find(prefix: str) -> str:
    for row in _manifest():
        if Path(row["file"]).name.startswith(prefix):
            return row["file"]
    raise AssertionError(f"no corpus file starts with {prefix}")


_CACHE: dict[str, Anatomy] = {}


def _anatomy(rel: str) -> Anatomy:
    if rel not in _CACHE:
        _CACHE[rel] = analyse(_load(rel), today=TODAY)
    return _CACHE[rel]


def _all() -> Iterator[tuple[dict[str, str], Anatomy]]:
    for row in _manifest():
        yield row, _anatomy(row["file"])


def test_every_file_is_analysed_and_the_family_is_right() -> None:
    rows = _manifest()
    assert len(rows) == 94
    wrong = [
        (row["file"], a.family)
        for row, a in _all()
        if a.family != {"State": "state", "Party": "party"}[row["sector"]]
    ]
    assert wrong == []


def test_doc_type_accuracy_over_the_corpus() -> None:
    rows = _manifest()
    right = sum(1 for row, a in _all() if a.doc_type == _LABEL_SLUG[row["doc_type"]])
    # d067 is labelled "Báo cáo" but is laid out and numbered as a công văn (V/v, /SNV-TCBC).
    assert right >= len(rows) - 1, right


def test_every_regime_is_set_for_known_families() -> None:
    for row, a in _all():
        expected = "nd30" if row["sector"] == "State" else ("party-2017", "party-2026")
        assert a.regime in (expected if isinstance(expected, tuple) else (expected,)), row["file"]


# (file prefix, family, doc_type, number raw, so, type, issuer, unit, date)
TEXTS = [
    ("t001_", "party", "quy_dinh", "Số 294-QĐ/TW", "294", "QĐ", "TW", None, dt.date(2025, 5, 26)),
    ("t002_", "party", "huong_dan", "Số 06-HD/TW", "06", "HD", "TW", None, dt.date(2025, 6, 9)),
    ("t005_", "party", "huong_dan", "Số    -HD/BTCTU", None, "HD", "BTCTU", None, None),
    (
        "t007_",
        "state",
        "ke_hoach",
        "Số: 362 /KH-SGDĐT",
        "362",
        "KH",
        "SGDĐT",
        None,
        dt.date(2026, 4, 14),
    ),
    (
        "t009_",
        "state",
        "cong_van",
        "Số: 644 /TTXT-ĐTDN",
        "644",
        None,
        "TTXT",
        "ĐTDN",
        dt.date(2025, 11, 6),
    ),
    (
        "t013_",
        "state",
        "giay_moi",
        "Số: 85   /GM-UBND",
        "85",
        "GM",
        "UBND",
        None,
        dt.date(2026, 1, 19),
    ),
    (
        "t017_",
        "state",
        "cong_van",
        "Số: 2775 /SNV-CCHC&VTLT",
        "2775",
        None,
        "SNV",
        "CCHC&VTLT",
        dt.date(2025, 11, 10),
    ),
    (
        "t027_",
        "state",
        "to_trinh",
        "Số: 187 /TTr - SNV",
        "187",
        "TTr",
        "SNV",
        None,
        dt.date(2025, 8, 28),
    ),
    (
        "t033_",
        "state",
        "cong_van",
        "Số: 8151 /BNV-CCHC",
        "8151",
        None,
        "BNV",
        "CCHC",
        dt.date(2025, 9, 18),
    ),
    (
        "t043_",
        "state",
        "cong_dien",
        "Số: 58/CĐ-VPCP",
        "58",
        "CĐ",
        "VPCP",
        None,
        dt.date(2026, 1, 10),
    ),
    (
        "t069_",
        "state",
        "quyet_dinh",
        "Số: 1187 /QĐ-BNV",
        "1187",
        "QĐ",
        "BNV",
        None,
        dt.date(2025, 10, 15),
    ),
    (
        "p_HD05-HD-VPTW_2026-05-27.txt",
        "party",
        "huong_dan",
        "Số 05-HD/VPTW",
        "05",
        "HD",
        "VPTW",
        None,
        dt.date(2026, 5, 27),
    ),
]
DOCX = [
    ("d001_", "state", "quyet_dinh", "Số:            /QĐ-UBND", None, "QĐ", "UBND", None, None),
    ("d021_", "state", "cong_van", "Số:             /UBND-NC", None, None, "UBND", "NC", None),
    (
        "d043_",
        "state",
        "cong_van",
        "Số:            /VP-NCKSTTHC",
        None,
        None,
        "VP",
        "NCKSTTHC",
        None,
    ),
    ("d049_", "state", "cong_van", "Số: 1376/VP-NC", "1376", None, "VP", "NC", dt.date(2026, 4, 6)),
    ("d053_", "state", "ke_hoach", "Số:           /KH-UBND", None, "KH", "UBND", None, None),
    ("d061_", "state", "bao_cao", "Số:           /BC-BCĐ", None, "BC", "BCĐ", None, None),
    (
        "d079_",
        "state",
        "to_trinh",
        "Số: 409 /TTr-CAT(PC04)",
        "409",
        "TTr",
        "CAT(PC04)",
        None,
        dt.date(2025, 11, 26),
    ),
    (
        "d085_",
        "state",
        "giay_moi",
        "Số: 45/GM-UBND",
        "45",
        "GM",
        "UBND",
        None,
        dt.date(2026, 1, 12),
    ),
    (
        "d091_",
        "party",
        "huong_dan",
        "Số: 36-HD/VPTW",
        "36",
        "HD",
        "VPTW",
        None,
        dt.date(2018, 4, 3),
    ),
    (
        "d093_",
        "state",
        "nghi_dinh",
        "Số: 03/2026/NĐ-CP",
        "03",
        "NĐ",
        "CP",
        None,
        dt.date(2026, 1, 9),
    ),
    (
        "d099_",
        "state",
        "nghi_quyet",
        "Số: 01/2020/NQ-HĐTP",
        "01",
        "NQ",
        "HĐTP",
        None,
        dt.date(2020, 3, 5),
    ),
    (
        "d101_",
        "state",
        "nghi_dinh",
        "Số: 30/2020/NĐ-CP",
        "30",
        "NĐ",
        "CP",
        None,
        dt.date(2020, 3, 5),
    ),
]


@pytest.mark.parametrize("case", TEXTS + DOCX, ids=lambda c: c[0])
def test_hand_checked_documents(case: tuple) -> None:
    prefix, family, doc_type, raw, so, type_, issuer, unit, date = case
    a = _anatomy(_find(prefix))
    assert (a.family, a.doc_type, a.date) == (family, doc_type, date)
    n = a.number
    assert n is not None
    assert (n.raw, n.so, n.type, n.issuer, n.unit) == (raw, so, type_, issuer, unit)
    assert n.blank == (so is None)


def test_normative_documents_are_marked_and_keep_their_year() -> None:
    for prefix, year in (
        ("d093_", "2026"),
        ("d095_", "2021"),
        ("d097_", "2022"),
        ("d101_", "2020"),
    ):
        a = _anatomy(_find(prefix))
        assert a.is_normative and a.doc_type == "nghi_dinh"
        assert a.number is not None and a.number.year == year


def test_party_regimes_on_real_party_texts() -> None:
    assert (_anatomy(_find("d091_")).regime, _anatomy(_find("d091_")).guidance) == (
        "party-2017",
        "HD36",
    )
    hd05 = _anatomy(_find("p_HD05-HD-VPTW_2026-05-27.txt"))
    assert (hd05.regime, hd05.guidance) == ("party-2026", "HD05")
    # Undated draft of August 2025: the month decides, whatever the day of the check.
    t005 = _anatomy(_find("t005_"))
    assert (t005.regime, t005.guidance) == ("party-2017", "HD36")


def test_header_and_signature_of_a_real_table_draft() -> None:
    a = _anatomy(_find("d033_"))
    assert (a.header_layout, a.signature_layout) == ("table", "table")
    assert a.part("co_quan_ban_hanh").text == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"
    # The V/v of this draft is in a text box.
    ty = a.part("trich_yeu")
    assert ty is not None and ty.story == "textbox" and ty.text.startswith("V/v tập trung")
    assert a.kinh_gui == ("Công an tỉnh", "Sở Y tế", "Sở Tài chính", "UBND các xã, phường, đặc khu")
    assert a.noi_nhan[0] == "Như trên" and a.noi_nhan[-1] == "Lưu: VT, NC.Châu"
    s = a.signing
    assert s is not None and (s.form, s.title, s.name) == ("KT.", "PHÓ CHỦ TỊCH", "Nguyễn Minh")


def test_header_and_signature_laid_out_with_tabs() -> None:
    a = _anatomy(_find("d021_"))
    assert (a.header_layout, a.signature_layout) == ("paragraphs", "paragraphs")
    assert a.part("quoc_hieu").paragraph == a.part("co_quan_ban_hanh").paragraph == 0
    assert (
        a.part("trich_yeu").text
        == "V/v tham gia ý kiến theo Công văn số 4409/BCA-C04 của Bộ Công an"
    )
    assert a.kinh_gui == ("Công an tỉnh",)
    s = a.signing
    assert s is not None
    assert (s.form, s.title, s.name) == ("TL.", "CHÁNH VĂN PHÒNG", "Nguyễn Nhân Bản")
    assert a.noi_nhan == ("Như trên", "Chủ tịch UBND tỉnh", "LĐVP", "Lưu: VT, NC.Châu")


def test_two_line_issuer_block_and_draft_box() -> None:
    a = _anatomy(_find("d015_"))
    assert a.is_draft_marked
    assert (
        a.part("co_quan_chu_quan").text == "BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHCN, ĐMST, CĐS VÀ ĐỀ ÁN 06"
    )
    assert a.part("co_quan_ban_hanh").text == "TỔ GIÚP VIỆC VỀ CẢI CÁCH HÀNH CHÍNH"
    t = _anatomy(_find("t009_"))
    assert t.part("co_quan_chu_quan").text == "UBND TỈNH LÂM ĐỒNG"
    assert t.part("co_quan_ban_hanh").text == "TRUNG TÂM XÚC TIẾN ĐẦU TƯ THƯƠNG MẠI VÀ DU LỊCH"


def test_party_signature_printed_before_the_recipients() -> None:
    a = _anatomy(_find("t002_"))
    s = a.signing
    assert s is not None and (s.form, s.collective, s.title, s.name) == (
        "T/M",
        "BAN BÍ THƯ",
        None,
        "Trần Cẩm Tú",
    )
    assert a.noi_nhan[-1] == "Lưu Văn phòng Trung ương Đảng"
    # Wrapped recipient lines of the plain text are joined into one entry.
    assert a.noi_nhan[0] == "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"


def test_hd36_signature_is_the_real_one_not_the_examples() -> None:
    a = _anatomy(_find("d091_"))
    s = a.signing
    assert s is not None
    assert (s.form, s.title, s.name) == ("K/T", "PHÓ CHÁNH VĂN PHÒNG", "Bùi Văn Thạch")
    assert a.part("co_quan_chu_quan").text == "BAN CHẤP HÀNH TRUNG ƯƠNG"
    assert a.part("co_quan_ban_hanh").text == "VĂN PHÒNG"


@pytest.mark.parametrize(
    ("name", "normative"),
    [
        ("d102_S_Phu-luc-kem-Ng_Phu-luc-I-ND-30-2020-the-thuc-ky-thuat-t.docx", True),
        ("d103_S_Phu-luc-kem-Ng_Phu-luc-III-ND-30-2020-bang-viet-tat-va.docx", True),
        ("d089_S_Dieu-le-kem-QD_Dieu-le-Lien-doan-Yoga-ban-hanh-kem-QD.docx", False),
    ],
)
def test_an_annex_of_a_decree_shares_its_normative_regime(name: str, normative: bool) -> None:
    """ "Phụ lục I (Kèm theo Nghị định số 30/2020/NĐ-CP)" is part of a legal normative document,
    not an administrative document: the administrative layout rules must not judge it."""
    a = analyse(read_docx(CORPUS / "docx" / name), today=TODAY)
    assert a.is_normative is normative
