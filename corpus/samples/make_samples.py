"""Make the sample drafts in corpus/samples/ from the fixture builder (tests/build.py).

Run from the repository root:  python corpus/samples/make_samples.py
The output is deterministic: running it again gives byte-identical files.
The two Party samples take their text from ../shared/samples (next to the repository); the
State samples are written here.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED_SAMPLES = ROOT.parent / "shared" / "samples"
sys.path.insert(0, str(ROOT))

from tests import build  # noqa: E402


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated blocks, hard-wrapped lines joined; page-split blocks re-joined."""
    blocks: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    merged: list[str] = []
    for block in blocks:
        # a paragraph cut by a page break ends without punctuation and goes on in lower case
        if merged and not re.search(r"[.:;!?)]$", merged[-1]) and block[:1].islower():
            merged[-1] = f"{merged[-1]} {block}"
        else:
            merged.append(block)
    return merged


def ket_luan_226() -> build.DocSpec:
    """Kết luận 226-KL/TW of the Ban Bí thư, laid out as the Party original (HD 36)."""
    path = next(SHARED_SAMPLES.glob("226-KL-TW_*.txt"))
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, s in enumerate(lines) if s.startswith("Xem xét đề nghị"))
    end = next(i for i, s in enumerate(lines) if s.strip() == "Nơi nhận:")
    body = []
    for text in _paragraphs(lines[start:end]):
        if re.match(r"^\d\.\d\. ", text):
            body.append(build.heading(text, italic=True))
        else:
            body.append(build.p(text))
    noi_nhan = [s.strip() for s in lines[end + 1 :] if s.strip().startswith("- ")]
    return build.party_ket_luan(
        date=dt.date(2025, 12, 11),
        place="Hà Nội",
        co_quan_chu_quan=None,
        co_quan_ban_hanh="BAN CHẤP HÀNH TRUNG ƯƠNG",
        so_ky_hieu="Số 226-KL/TW",
        tac_gia="CỦA BAN BÍ THƯ",
        trich_yeu=(
            "về việc chấn chỉnh lề lối làm việc,\n"
            "nâng cao hiệu quả hoạt động của hệ thống chính trị"
        ),
        body=body,
        noi_nhan=noi_nhan,
        quyen_han_ky="T/M BAN BÍ THƯ",
        chuc_vu_ky=None,
        ho_ten_ky="Trần Cẩm Tú",
        title="Kết luận 226-KL/TW",
    )


def cong_van_dang_uy() -> build.DocSpec:
    """The Party công văn implementing KL 226, text as written (its "Số:" and "V/v" kept)."""
    path = next(SHARED_SAMPLES.glob("cong-van_dang-uy-*.txt"))
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, s in enumerate(lines) if s.startswith("Thực hiện Công văn"))
    end = next(i for i, s in enumerate(lines) if s.startswith("Nơi nhận:"))
    body = [build.p(text) for text in _paragraphs(lines[start:end])]
    return build.party_cong_van(
        date=dt.date(2026, 1, 15),  # the draft leaves day and month blank (see below)
        co_quan_chu_quan="ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH",
        co_quan_ban_hanh="ĐẢNG ỦY VĂN PHÒNG\nỦY BAN NHÂN DÂN TỈNH",
        so_ky_hieu="Số:          -CV/ĐUVP",
        dia_danh_ngay_thang="Ninh Bình, ngày      tháng     năm 2026",
        trich_yeu=(
            "V/v triển khai, thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư"
        ),
        kinh_gui=[
            "Kính gửi:",
            "- Các Chi bộ trực thuộc Đảng bộ Văn phòng;",
            "- Các Phòng, ban, trung tâm thuộc Văn phòng.",
        ],
        body=body,
        noi_nhan=["- Như trên;", "- Lưu ĐUVP."],
        quyen_han_ky="T/M BAN THƯỜNG VỤ",
        chuc_vu_ky="BÍ THƯ",
        ho_ten_ky="Đặng Xuân Nguyên",
        title="Công văn triển khai Kết luận 226-KL/TW",
    )


def quyet_dinh_co_loi() -> build.DocSpec:
    """A State quyết định draft with four typical mistakes (for the README demo)."""
    spec = build.state_quyet_dinh(
        co_quan_chu_quan=None,
        co_quan_ban_hanh="ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG",
        number_text="Số 15/QĐ-UBND",  # mistake 1: no colon after "Số"
        date_text="Lâm Đồng, ngày 5 tháng 3 năm 2026",  # mistake 2: day without leading zero
        trich_yeu="Về việc thành lập Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng",
        tham_quyen="CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        can_cu=[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.",
        ],
        body=[
            build.dieu(
                1,
                "Thành lập Ban Chỉ đạo chuyển đổi số tỉnh Lâm Đồng (sau đây gọi là Ban Chỉ "
                "đạo), gồm các thành viên có tên tại danh sách kèm theo Quyết định này.",
            ),
            build.dieu(
                2,
                "Ban Chỉ đạo có nhiệm vụ giúp Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo, điều phối "
                "các nhiệm vụ chuyển đổi số của tỉnh; báo cáo kết quả thực hiện trước ngày 15 "
                "tháng 12 năm 2026.",
                font="Arial",  # mistake 3: one paragraph in Arial
            ),
            build.dieu(
                3,
                "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân "
                "tỉnh, Giám đốc Sở Khoa học và Công nghệ và các thành viên có tên tại Điều 1 chịu "
                "trách nhiệm thi hành Quyết định này./.",
            ),
        ],
        noi_nhan=["- Như Điều 3;", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;"],  # mistake 4
        quyen_han_ky="KT. CHỦ TỊCH",
        chuc_vu_ky="PHÓ CHỦ TỊCH",
        ho_ten_ky="Phạm Văn Dũng",
        title="Quyết định (bản nháp có lỗi)",
    )
    return spec


SAMPLES = {
    "state_cong_van.docx": build.state_cong_van,
    "state_quyet_dinh.docx": build.state_quyet_dinh,
    "state_ke_hoach.docx": build.state_ke_hoach,
    "state_quyet_dinh_co_loi.docx": quyet_dinh_co_loi,
    "party_ket_luan_226-KL-TW.docx": ket_luan_226,
    "party_cong_van_trien_khai_226.docx": cong_van_dang_uy,
}


def main() -> None:
    for name, factory in SAMPLES.items():
        path = build.write(factory(), HERE / name)
        print(f"{path.name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
