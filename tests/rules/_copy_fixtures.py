"""Shared documents for the copy-check rule tests (VB720–VB722)."""

from __future__ import annotations

from tests import build

OPENING = (
    "Thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư về việc chấn chỉnh lề lối "
    "làm việc, nâng cao hiệu quả hoạt động của hệ thống chính trị, Ban Thường vụ Đảng ủy phường "
    "yêu cầu các chi bộ trực thuộc thực hiện tốt các nội dung sau:"
)
COPY_21 = (
    "1. Tập trung đổi mới, nâng cao chất lượng công tác ban hành văn bản theo hướng đơn giản hoá "
    "và rút gọn, tích hợp các quy trình, thủ tục trong ban hành văn bản."
)
COPY_22 = (
    "2. Không tổ chức các hội nghị nếu không thật sự cần thiết hoặc nội dung đã có văn bản hướng "
    "dẫn chi tiết; thực hiện triệt để tiết kiệm, chống lãng phí trong tổ chức hội nghị."
)
COPY_23 = (
    "3. Thực hiện phân công nhiệm vụ theo nguyên tắc một việc chỉ phân công một đầu mối chủ trì "
    "giải quyết, xử lý theo phương châm rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ "
    "thẩm quyền, rõ sản phẩm."
)
OWN_WORK = (
    "4. Văn phòng Đảng ủy rà soát 12 quy trình nội bộ của Đảng ủy phường, trình Thường trực danh "
    "mục quy trình đề nghị bãi bỏ trước ngày 31/3/2026."
)


def copying_cong_van(*items: str) -> build.DocSpec:
    """A Party công văn implementing KL 226 whose items are ``items``."""
    return build.party_cong_van(body=[build.p(OPENING), *(build.p(t) for t in items)])
