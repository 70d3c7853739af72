"""VB605 party-issuer-star-missing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.elements._header import find_rule_below
from rules.party._party import PartyRule, first_part, location

_SPLIT = re.compile(r"\t+|\n+| {3,}")


def _has_star(para: Paragraph) -> bool:
    return any(piece.strip() == "*" for piece in _SPLIT.split(para.text))


class IssuerStarMissing(PartyRule):
    """Dưới tên cơ quan ban hành văn bản của Đảng thiếu dấu sao (*).
    (No star “*” under the issuing body of a Party document.)

    ## Kiểm tra gì (What it checks)
    Giữa tên cơ quan ban hành và dòng “Số …” có một dòng chỉ gồm dấu sao “*”. Kẻ đường ngang
    (kiểu văn bản Nhà nước) thay cho dấu sao là sai.
    A line holding only “*” between the issuing body and the number; a State-style rule instead
    of the star is wrong.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.2.2: tên cơ quan ban hành “phía dưới có dấu sao (*) ngăn cách
    với số và ký hiệu văn bản”; Hướng dẫn 05-HD/VPTW, mục I.2.2.3 giữ nguyên. Mọi bản gốc đều có
    dấu sao (BAN CHẤP HÀNH TRUNG ƯƠNG / * / Số 399-QĐ/TW).
    HD 36 §II.1.2.2 and HD 05: a star under the issuing body.

    ## Ví dụ sai (Bad)
        ĐẢNG ỦY PHƯỜNG LA GI / ______ / Số 383-CV/ĐU

    ## Ví dụ đúng (Good)
        ĐẢNG ỦY PHƯỜNG LA GI / * / Số 383-CV/ĐU

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản không tìm thấy tên cơ quan ban hành.
    Documents whose issuing body was not found.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.2.2; Hướng dẫn 05-HD/VPTW, Phần II, mục I.2.2.3
    """

    code = "VB605"
    name = "party-issuer-star-missing"
    summary = "Dưới tên cơ quan ban hành có dấu sao (*)"
    summary_en = "A star “*” under the issuing body"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.2.2"
    table = "co_quan_ban_hanh"

    def check(self, ctx: Context) -> Iterator[Finding]:
        issuer = first_part(ctx, "co_quan_ban_hanh")
        if issuer is None:
            return
        pool = ctx.doc.textboxes if issuer.ref.story == "textbox" else ctx.doc.paragraphs
        number = first_part(ctx, "so_ky_hieu")
        same_story = number is not None and number.ref.story == issuer.ref.story
        last = number.para.index if same_story and number is not None else issuer.para.index + 3
        if last < issuer.para.index:
            last = issuer.para.index + 3
        if issuer.para.text.strip().endswith("*"):
            return
        for para in pool[issuer.para.index : last + 1]:
            if _has_star(para):
                return
        line = find_rule_below(ctx, issuer.para) if ctx.doc.has_formatting else None
        if line is not None and line.kind != "none":
            yield self.report(
                ctx,
                vi="Dưới tên cơ quan ban hành là đường kẻ ngang (kiểu văn bản Nhà nước); văn bản "
                "của Đảng dùng dấu sao (*) ngăn cách với số và ký hiệu.",
                en="A horizontal rule (State style) under the issuing body; a Party document "
                "puts a star “*” there.",
                location=location(self, issuer),
            )
            return
        yield self.report(
            ctx,
            vi="Thiếu dấu sao (*) dưới tên cơ quan ban hành, ngăn cách với số và ký hiệu.",
            en="No star “*” under the issuing body, before the number.",
            location=location(self, issuer),
        )
