"""VB625 party-noi-nhan-luu-line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.party._party import PartyRule, location, noi_nhan_lines, severity_of

_LUU = re.compile(r"^\s*[-–+•]?\s*Lưu\b", re.IGNORECASE)
_COLON = re.compile(r"^\s*[-–+•]?\s*Lưu\s*:", re.IGNORECASE)
_VT = re.compile(r"\bVT\b")


class PartyNoiNhanLuuLine(PartyRule):
    """Dòng lưu của văn bản Đảng viết kiểu Nhà nước (“- Lưu: VT, …”) hoặc không có.
    (Party archive line written the State way, or missing.)

    ## Kiểm tra gì (What it checks)
    Dòng cuối nơi nhận là “- Lưu <nơi lưu>.” không có dấu hai chấm và không có “VT” (ví dụ
    “- Lưu Văn phòng Đảng ủy.”). “- Lưu: VT, …” là lỗi; không có dòng lưu là cảnh báo.
    “- Lưu Văn phòng Đảng ủy.”: no colon, no “VT”; a missing line is a warning.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.9.1 và Phụ lục 3 dòng 9: ví dụ “- Lưu Văn phòng Trung ương
    Đảng.”, “- Lưu Văn phòng Tỉnh uỷ.”; Hướng dẫn 05-HD/VPTW giữ nguyên. “Lưu: VT” là cách ghi
    của Nghị định 30.
    HD 36 §II.1.9.1 and Phụ lục 3 row 9; “Lưu: VT” is the State form.

    ## Ví dụ sai (Bad)
        - Lưu: VT, VP.

    ## Ví dụ đúng (Good)
        - Lưu Văn phòng Đảng ủy.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `noi_nhan.archive_missing_severity`.

    ## Ngoại lệ (When not to apply)
    Không có phần nơi nhận.
    No distribution list.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.9 và Phụ lục 3 (dòng 9); Hướng dẫn 05-HD/VPTW, mục I.9.2.5
    """

    code = "VB625"
    name = "party-noi-nhan-luu-line"
    summary = "Dòng lưu “- Lưu Văn phòng …” (không dấu hai chấm, không “VT”)"
    summary_en = "Archive line “- Lưu Văn phòng …” (no colon, no “VT”)"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.9"
    table = "noi_nhan"

    def check(self, ctx: Context) -> Iterator[Finding]:
        label, items = noi_nhan_lines(ctx)
        if not items:
            return
        luu = [pt for pt in items if _LUU.match(pt.nfc)]
        if not luu:
            anchor = label or items[-1]
            yield self.report(
                ctx,
                vi="Nơi nhận không có dòng lưu “- Lưu Văn phòng …”.",
                en="The distribution list has no archive line “- Lưu Văn phòng …”.",
                location=location(self, anchor) if anchor else Location(),
                severity=severity_of(
                    self.data(ctx).get("archive_missing_severity"), Severity.WARNING
                ),
            )
            return
        for pt in luu:
            colon = _COLON.match(pt.nfc) is not None
            vt = _VT.search(pt.nfc) is not None
            if not (colon or vt):
                continue
            what_vi = " và ".join(w for w, on in (("dấu hai chấm", colon), ("“VT”", vt)) if on)
            what_en = " and ".join(w for w, on in (("a colon", colon), ("“VT”", vt)) if on)
            yield self.report(
                ctx,
                vi=f"Dòng lưu “{pt.nfc}” có {what_vi} (kiểu văn bản Nhà nước); văn bản của Đảng "
                "ghi “- Lưu Văn phòng …”.",
                en=f"Archive line “{pt.nfc}” has {what_en} (State style); a Party document writes "
                "“- Lưu Văn phòng …”.",
                location=location(self, pt),
            )
