"""Shared .docx fixtures for the task and meeting rules (VB701–VB709, VB801–VB803).

A State Kế hoạch that implements a higher-level plan: one good task (lead, co-worker, product,
deadline), an optional extra task line under test, and a funding section. Each rule test swaps
in one defective line, or removes the funding section, and lints the real .docx.
"""

from __future__ import annotations

from typing import Any

from tests import build

GOOD_TASK = (
    "1. Văn phòng Sở chủ trì, phối hợp với Sở Tài chính xây dựng dự thảo Quy chế chi tiêu nội "
    "bộ, trình Giám đốc Sở trước ngày 31/3/2026."
)
FUNDING = "Kinh phí thực hiện từ nguồn chi thường xuyên năm 2026 của Sở."


def plan(*tasks: str, funding: bool = True, noi_nhan: list[str] | None = None) -> Any:
    """A Kế hoạch with the good task, then ``tasks``, then (by default) a funding section."""
    body = [
        build.p(
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh, Sở Nội "
            "vụ ban hành Kế hoạch thực hiện như sau:"
        ),
        build.heading("I. NHIỆM VỤ"),
        build.p(GOOD_TASK),
        *[build.p(t) for t in tasks],
    ]
    if funding:
        body += [build.heading("II. KINH PHÍ"), build.p(FUNDING)]
    return build.state_ke_hoach(
        trich_yeu="Thực hiện cải cách hành chính năm 2026",
        body=body,
        noi_nhan=noi_nhan
        or [
            "- Ủy ban nhân dân tỉnh (để báo cáo);",
            "- Sở Tài chính;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, VP.",
        ],
    )


def invitation(*lines: str, trich_yeu: str | None = None) -> Any:
    """A Giấy mời with extra body lines (time, format, programme)."""
    body = [
        build.p("Sở Nội vụ trân trọng kính mời: Lãnh đạo các phòng, đơn vị thuộc Sở."),
        build.p("Tới dự hội nghị quán triệt Kết luận số 226-KL/TW của Ban Bí thư."),
        *[build.p(x) for x in lines],
        build.p("Địa điểm: Phòng họp số 1, Sở Nội vụ tỉnh Lâm Đồng./."),
    ]
    kw: dict[str, Any] = {"body": body}
    if trich_yeu:
        kw["trich_yeu"] = trich_yeu
    return build.state_giay_moi(**kw)
