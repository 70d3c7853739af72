"""Shared wording for the copy-check rules (VB720–VB722)."""

from __future__ import annotations

from linter.content.copy import Parent

SOURCE = "Kết luận 226-KL/TW ngày 11/12/2025 của Ban Bí thư, mục 2.1, gạch đầu dòng thứ ba"

SLOT_VI = {"lead": "đầu mối chủ trì", "deadline": "thời hạn hoàn thành", "product": "sản phẩm"}
SLOT_EN = {"lead": "a lead", "deadline": "a deadline", "product": "a product"}


def clause_vi(clause: str | None) -> str:
    if clause is None:
        return "phần mở đầu"
    return clause if clause.startswith("Điều") else f"mục {clause}"


def clause_en(clause: str | None) -> str:
    if clause is None:
        return "the opening"
    return (
        clause.replace("Điều", "Article").replace("khoản", "clause")
        if clause.startswith("Điều")
        else f"section {clause}"
    )


def parent_name(parent: Parent) -> str:
    return parent.label or parent.number or parent.key
