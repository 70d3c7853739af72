"""Anatomy of the sample drafts shipped in corpus/samples (real .docx files)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from linter.anatomy import analyse
from linter.parts import Anatomy
from linter.reader import read_docx

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"
TODAY = dt.date(2026, 6, 10)


def _a(name: str) -> Anatomy:
    return analyse(read_docx(SAMPLES / name), today=TODAY)


@pytest.mark.parametrize(
    ("name", "family", "regime", "doc_type", "number", "date"),
    [
        (
            "state_cong_van.docx",
            "state",
            "nd30",
            "cong_van",
            "Số: 1250/SNV-VP",
            dt.date(2026, 11, 16),
        ),
        (
            "state_quyet_dinh.docx",
            "state",
            "nd30",
            "quyet_dinh",
            "Số: 125/QĐ-SNV",
            dt.date(2026, 11, 16),
        ),
        (
            "state_ke_hoach.docx",
            "state",
            "nd30",
            "ke_hoach",
            "Số: 45/KH-SNV",
            dt.date(2026, 11, 16),
        ),
        (
            "state_quyet_dinh_co_loi.docx",
            "state",
            "nd30",
            "quyet_dinh",
            "Số 15/QĐ-UBND",
            dt.date(2026, 3, 5),
        ),
        (
            "party_ket_luan_226-KL-TW.docx",
            "party",
            "party-2017",
            "ket_luan",
            "Số 226-KL/TW",
            dt.date(2025, 12, 11),
        ),
        (
            "party_cong_van_trien_khai_226.docx",
            "party",
            "party-2026",
            "cong_van",
            "Số:          -CV/ĐUVP",
            None,
        ),
    ],
)
def test_sample_facts(
    name: str, family: str, regime: str, doc_type: str, number: str, date: dt.date | None
) -> None:
    a = _a(name)
    assert (a.family, a.regime, a.doc_type, a.date) == (family, regime, doc_type, date)
    assert a.number is not None and a.number.raw == number
    assert (a.header_layout, a.signature_layout) == ("table", "table")


def test_sample_with_mistakes_keeps_what_was_written() -> None:
    a = _a("state_quyet_dinh_co_loi.docx")
    n, dl = a.number, a.date_line
    assert n is not None and not n.has_colon and n.so == "15"
    assert dl is not None and (dl.day, dl.month) == ("5", "3")
    assert a.noi_nhan == ("Như Điều 3", "Chủ tịch, các Phó Chủ tịch UBND tỉnh")  # no "Lưu" line


def test_sample_party_cong_van() -> None:
    a = _a("party_cong_van_trien_khai_226.docx")
    assert a.part("co_quan_chu_quan").text == "ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH"
    assert a.part("co_quan_ban_hanh").text == "ĐẢNG ỦY VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH"
    assert a.part("trich_yeu").text == (
        "V/v triển khai, thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư"
    )
    assert a.guidance == "HD05"  # undated, checked after 27/05/2026
    s = a.signing
    assert s is not None and (s.form, s.title, s.name) == ("T/M", "BÍ THƯ", "Đặng Xuân Nguyên")
    c = a.citations[0]
    assert (c.type, c.number, c.date, c.issuer) == (
        "ket_luan",
        "226-KL/TW",
        dt.date(2025, 12, 11),
        "Ban Bí thư",
    )
