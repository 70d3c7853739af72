"""Citations of other documents: the finder on any text, and on the two sample texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from linter.anatomy import analyse
from linter.citations import find_citations
from linter.textreader import read_text_file

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
KL226 = SAMPLES / "226-KL-TW_ket-luan_ban-bi-thu_2025-12-11.txt"
CONG_VAN = SAMPLES / "cong-van_dang-uy-van-phong-ubnd-tinh_trien-khai-226.txt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư về việc chấn chỉnh",
            ("ket_luan", "226-KL/TW", dt.date(2025, 12, 11), "Ban Bí thư"),
        ),
        (
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác",
            ("nghi_dinh", "30/2020/NĐ-CP", dt.date(2020, 3, 5), "Chính phủ"),
        ),
        (
            "nhận được Công văn số 4409/BCA-C04 ngày 01/10/2025 của Bộ Công an về việc đề nghị",
            ("cong_van", "4409/BCA-C04", dt.date(2025, 10, 1), "Bộ Công an"),
        ),
        (
            "Thực hiện Quy định số 399-QĐ/TW, ngày 09/01/2026 của Ban Bí thư Trung ương Đảng về",
            ("quy_dinh", "399-QĐ/TW", dt.date(2026, 1, 9), "Ban Bí thư Trung ương Đảng"),
        ),
        (
            "Công văn số 1849/BGDĐT-GDPT của Bộ GDĐT ngày 10 tháng 4 năm 2026 về việc kiểm tra",
            ("cong_van", "1849/BGDĐT-GDPT", dt.date(2026, 4, 10), "Bộ GDĐT"),
        ),
        (
            "Sở Nội vụ có văn bản số 553/SNV-LĐVL&TN về việc cử thành viên",
            ("cong_van", "553/SNV-LĐVL&TN", None, None),
        ),
        (
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            ("luat", None, dt.date(2025, 6, 16), None),
        ),
    ],
)
def test_find_citations(text: str, expected: tuple) -> None:
    found = find_citations(text, paragraph=7)
    assert len(found) == 1
    c = found[0]
    assert (c.type, c.number, c.date, c.issuer) == expected
    assert c.paragraph == 7
    assert text[c.start : c.end] == c.raw
    assert c.raw.lower().startswith(("kết", "nghị", "công", "quy", "văn", "luật"))


def test_no_citation_in_plain_prose() -> None:
    assert find_citations("Các đơn vị chủ động sắp xếp địa điểm, thời gian làm việc.") == []


def test_offsets_of_nfd_text_refer_to_the_normalised_text() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Thực hiện Kết luận số 226-KL/TW ngày 11/12/2025")
    (c,) = find_citations(text)
    assert unicodedata.normalize("NFC", text)[c.start : c.end] == c.raw
    assert c.number == "226-KL/TW" and c.date == dt.date(2025, 12, 11)


def test_sample_ket_luan_226() -> None:
    a = analyse(read_text_file(KL226), today=dt.date(2026, 6, 10))
    assert (a.family, a.regime, a.guidance, a.doc_type) == (
        "party",
        "party-2017",
        "HD36",
        "ket_luan",
    )
    assert a.date == dt.date(2025, 12, 11)
    assert a.number is not None and a.number.raw == "Số 226-KL/TW"
    assert a.part("co_quan_ban_hanh").text == "BAN CHẤP HÀNH TRUNG ƯƠNG"
    assert a.part("trich_yeu").text.startswith("về việc chấn chỉnh lề lối làm việc")
    s = a.signing
    assert s is not None and (s.form, s.collective, s.name) == ("T/M", "BAN BÍ THƯ", "Trần Cẩm Tú")
    cites = {(c.type, c.number, c.date) for c in a.citations}
    assert ("to_trinh", "151-TTr/VPTW", dt.date(2025, 11, 24)) in cites


def test_sample_cong_van_cites_ket_luan_226() -> None:
    doc = read_text_file(CONG_VAN)
    a = analyse(doc, today=dt.date(2026, 6, 10))
    assert (a.family, a.doc_type) == ("party", "cong_van")
    assert a.number is not None and (a.number.type, a.number.issuer, a.number.blank) == (
        "CV",
        "ĐUVP",
        True,
    )
    full = [
        c
        for c in a.citations
        if (c.type, c.number, c.date, c.issuer)
        == ("ket_luan", "226-KL/TW", dt.date(2025, 12, 11), "Ban Bí thư")
    ]
    assert full, [(c.number, c.date, c.issuer) for c in a.citations]
    first = full[0]
    # The subject line (V/v) cites it first; the citation wraps onto the next line of the text.
    assert first.paragraph == a.part("trich_yeu").paragraph
    assert doc.paragraphs[first.paragraph].nfc[first.start : first.end] == "Kết luận số 226-KL/TW"
    assert ("cong_van", "649-CV/ĐU", dt.date(2025, 12, 31), "Đảng uỷ Uỷ ban nhân dân tỉnh") in {
        (c.type, c.number, c.date, c.issuer) for c in a.citations
    }
    assert a.kinh_gui == (
        "Các Chi bộ trực thuộc Đảng bộ Văn phòng",
        "Các Phòng, ban, trung tâm thuộc Văn phòng",
    )
    s = a.signing
    assert s is not None and (s.form, s.title, s.name) == ("T/M", "BÍ THƯ", "Đặng Xuân Nguyên")
