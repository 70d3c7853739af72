"""VB620 party-signer-academic-title."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._party import PartText, PartyRule, first_part, location, part_texts


class PartySignerAcademicTitle(PartyRule):
    """Trước họ tên người ký văn bản của Đảng có học hàm, học vị, quân hàm.
    (Academic, military or honorary title before the signer's name.)

    ## Kiểm tra gì (What it checks)
    Họ tên người ký không kèm học hàm, học vị, quân hàm, danh hiệu (TS., ThS., GS., PGS., Đại tá…).
    The signer's name carries no academic, military or honorary title.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.7.1: “không ghi học hàm, học vị, quân hàm, danh hiệu… trước
    họ tên của người ký văn bản”; Hướng dẫn 05-HD/VPTW, mục I.7.1.3 giữ nguyên. Cảnh báo theo yêu
    cầu của đề bài (người soạn xem lại).
    HD 36 §II.1.7.1, HD 05 §I.7.1.3; reported as a warning.

    ## Ví dụ sai (Bad)
        TS. Nguyễn Văn Hùng

    ## Ví dụ đúng (Good)
        Nguyễn Văn Hùng

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Danh sách `signature.academic_titles`.

    ## Ngoại lệ (When not to apply)
    Không tìm thấy họ tên người ký.
    No signer's name found.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.7.1; Hướng dẫn 05-HD/VPTW, Phần II, mục I.7.1.3
    """

    code = "VB620"
    name = "party-signer-academic-title"
    summary = "Không ghi học hàm, học vị, quân hàm trước họ tên người ký"
    summary_en = "No academic or military title before the signer's name"
    severity = Severity.WARNING
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.7.1"
    table = "signature"

    def check(self, ctx: Context) -> Iterator[Finding]:
        titles = sorted(self.data(ctx).get("academic_titles", []), key=len, reverse=True)
        for pt in part_texts(ctx, "ho_ten_ky") or self._name_lines(ctx):
            text = pt.nfc
            hit = next(
                (
                    t
                    for t in titles
                    if text.startswith(t) and text[len(t) : len(t) + 1] in (" ", "")
                ),
                None,
            )
            if hit is None:
                hit = next((t for t in titles if t.endswith(".") and text.startswith(t)), None)
            if hit is None:
                continue
            lead = len(pt.text) - len(pt.text.lstrip())
            yield self.report(
                ctx,
                vi=f"Trước họ tên người ký có “{hit}”; không ghi học hàm, học vị, quân hàm, danh "
                "hiệu.",
                en=f"“{hit}” before the signer's name; no academic, military or honorary titles.",
                location=location(self, pt, pt.start + lead, pt.start + lead + len(hit)),
            )

    @staticmethod
    def _name_lines(ctx: Context) -> list[PartText]:
        """Lines below the signer's title when the anatomy found no name (a title before the
        name can hide it): the non-empty lines of the same cell or the next few paragraphs."""
        anchor = first_part(ctx, "chuc_vu_ky") or first_part(ctx, "quyen_han_ky")
        if anchor is None or anchor.ref.story is not None:
            return []
        out = []
        for para in ctx.doc.paragraphs[anchor.para.index + 1 : anchor.para.index + 8]:
            if para.cell != anchor.para.cell:
                break
            text = para.text.strip()
            if text:
                start = para.text.find(text)
                out.append(PartText("ho_ten_ky", anchor.ref, para, start, start + len(text)))
        return out
