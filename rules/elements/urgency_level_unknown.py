"""VB175 urgency-level-unknown."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import PL1, StateRule, norm

# The words an urgency mark is made of, the decree's and the invented ones ("KHẨN CẤP", "RẤT
# KHẨN", "HỎA TỐC KHẨN", the old "HỎA TỐC HẸN GIỜ"). A line made only of these words, with
# "KHẨN" or "HỎA TỐC" among them, reads as an urgency mark; any other word (KHẨN TRƯƠNG, CÔNG
# ĐIỆN KHẨN …) makes it something else. Matched on ``norm`` text in capitals (tone "HỎA").
_MARK = re.compile(
    r"(?:(?:RẤT|HẾT SỨC|ĐẶC BIỆT|TỐI|CỰC|THƯỢNG|KHẨN|CẤP|GẤP|HỎA TỐC|HẸN GIỜ|VÀ)[ \-–]*)+"
)
_KEY = re.compile(r"KHẨN|HỎA TỐC")
_MAX_WORDS = 5
_OPENING = 40  # paragraphs: the mark sits at ô 10b, under the number block


def _lines(para: Paragraph) -> Iterator[str]:
    """The lines of a paragraph cut at tabs and line breaks (a header row may hold two cells'
    worth of text laid out with tabs)."""
    for piece in re.split(r"[\t\n]+", para.nfc):
        if piece.strip():
            yield piece.strip()


class UrgencyLevelUnknown(StateRule):
    """Mức độ khẩn không thuộc ba mức của Nghị định 30/2020/NĐ-CP.
    (An urgency mark that is not one of the decree's three levels.)

    ## Kiểm tra gì (What it checks)
    Một dòng riêng ở phần đầu văn bản chỉ gồm các từ của dấu khẩn ("KHẨN", "HỎA TỐC", "RẤT",
    "CẤP", "GẤP", "HẸN GIỜ" …) mà không phải "HỎA TỐC", "THƯỢNG KHẨN" hoặc "KHẨN", ví dụ
    "KHẨN CẤP", "RẤT KHẨN", "HỎA TỐC KHẨN".
    A line of the opening made only of urgency words that is not one of the three levels.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.2.b: văn bản được xác định độ khẩn theo các
    mức "hoả tốc, thượng khẩn, khẩn"; con dấu khắc sẵn chỉ có ba mức đó. Một mức tự đặt không
    được văn thư và bên nhận xử lý theo thời hạn chuyển phát của mức nào.
    ND 30 lists exactly three urgency levels; an invented one has no delivery time attached.

    ## Ví dụ sai (Bad)
        KHẨN CẤP  |  RẤT KHẨN  |  HỎA TỐC HẸN GIỜ

    ## Ví dụ đúng (Good)
        KHẨN  |  THƯỢNG KHẨN  |  HỎA TỐC

    ## Tự sửa (Fix)
    Không: người ký quyết định mức độ khẩn. (No fix: the signer decides the level.)

    ## Tùy chọn (Options)
    Không có. (None.) Danh sách các mức: `body.stamps.urgency`.

    ## Ngoại lệ (When not to apply)
    Dòng có từ khác ("CÔNG ĐIỆN KHẨN", "Khẩn trương …") hoặc nằm trong câu văn; dòng sau
    40 đoạn đầu; cách viết dấu thanh cũ "HOẢ TỐC" là mức hỏa tốc (Nghị định viết như vậy).
    Lines with other words or in running text, lines past the opening, and the old tone
    placement "HOẢ TỐC" (the decree's own spelling) are not reported.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục III.2.b
    """

    code = "VB175"
    name = "urgency-level-unknown"
    summary = "Mức độ khẩn chỉ có HỎA TỐC, THƯỢNG KHẨN, KHẨN"
    summary_en = "The urgency levels are HỎA TỐC, THƯỢNG KHẨN and KHẨN only"
    severity = Severity.ERROR
    source = f"{PL1}, mục III.2.b"
    table = "body.stamps"

    def check(self, ctx: Context) -> Iterator[Finding]:
        levels = [norm(w).upper() for w in self.data(ctx).get("urgency", [])]
        if not levels:
            return
        body = [r.paragraph for r in ctx.anatomy.part_list("noi_dung") if r.story is None]
        limit = min([_OPENING, *body[:1]])
        paras: list[Paragraph] = [*ctx.doc.paragraphs[:limit], *ctx.doc.textboxes[:12]]
        shown = ", ".join(f"“{w}”" for w in levels)
        for para in paras:
            for line in _lines(para):
                if len(line.split(None, _MAX_WORDS)) > _MAX_WORDS:
                    continue
                key = norm(line).upper().rstrip(".:!;, ")
                if key in levels or not _KEY.search(key) or not _MARK.fullmatch(key):
                    continue
                if "HẸN GIỜ" in key:
                    why_vi = " (mức “hỏa tốc hẹn giờ” của quy định cũ không còn trong Nghị định)"
                    why_en = " (the old “hỏa tốc hẹn giờ” level is not in the decree)"
                else:
                    why_vi = why_en = ""
                start = para.text.find(line) if line in para.text else 0
                end = start + len(line) if line in para.text else len(para.text)
                yield self.finding(
                    ctx,
                    vi=f"Dấu mức độ khẩn “{line}” không có trong Nghị định 30/2020/NĐ-CP"
                    f"{why_vi}: chỉ dùng một trong ba mức {shown}.",
                    en=f"Urgency mark “{line}” is not a level of Decree 30/2020{why_en}: use one "
                    f"of the three levels {shown}.",
                    location=self.at(para, start, end),
                )
