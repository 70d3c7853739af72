"""VB624 party-noi-nhan-item-punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.party._party import PartyRule, location, noi_nhan_lines, severity_of

_GLUED = re.compile(r"(?<=[.,;])\s*(?=(?:T/M|K/T|T/L|Q\.)\s+[A-ZĐ])")
_NAMES = {",": "dấu phẩy “,”", ";": "dấu chấm phẩy “;”", ".": "dấu chấm “.”"}
_NAMES_EN = {",": "a comma", ";": "a semicolon", ".": "a full stop"}


class PartyNoiNhanItemPunctuation(PartyRule):
    """Dấu cuối các dòng nơi nhận văn bản của Đảng sai.
    (Wrong punctuation at the end of the Party distribution lines.)

    ## Kiểm tra gì (What it checks)
    Mỗi dòng nơi nhận kết thúc bằng dấu phẩy “,” (Hướng dẫn 36) hoặc dấu chấm phẩy “;” (Hướng dẫn
    05, từ 27/05/2026); dòng cuối (“- Lưu …”) kết thúc bằng dấu chấm “.”. Theo Hướng dẫn 05, dấu
    phẩy kiểu cũ chỉ là cảnh báo; theo Hướng dẫn 36, dấu chấm phẩy là lỗi.
    Lines end “,” (HD 36) or “;” (HD 05); the last ends “.”; HD 36 commas under HD 05 are warnings.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.9.2: “sau mỗi cơ quan, tổ chức, cá nhân hoặc nhóm … nhận văn
    bản có dấu phẩy (,), kết thúc nơi nhận văn bản có dấu chấm (.)”. Hướng dẫn 05-HD/VPTW, mục
    I.9.2.5: “ở phần ‘Nơi nhận’ có dấu chấm phẩy (;), kết thúc nơi lưu văn bản có dấu chấm”.
    HD 36 §II.1.9.2 (commas) and HD 05 §I.9.2.5 (semicolons).

    ## Ví dụ sai (Bad)
        - Các chi bộ trực thuộc;      (văn bản ngày 19/12/2025)
        - Lưu Văn phòng Đảng ủy

    ## Ví dụ đúng (Good)
        - Các chi bộ trực thuộc,
        - Lưu Văn phòng Đảng ủy.

    ## Tự sửa (Fix)
    Có, an toàn: thay dấu cuối dòng bằng dấu đúng. (Yes, safe: replace the final mark.)

    ## Tùy chọn (Options)
    Không có. (None.) `noi_nhan.item_end`, `item_end_alt`, `item_end_alt_severity`, `last_end`.

    ## Ngoại lệ (When not to apply)
    Không có phần nơi nhận.
    No distribution list.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.9.2; Hướng dẫn 05-HD/VPTW, Phần II, mục I.9.2.5
    """

    code = "VB624"
    name = "party-noi-nhan-item-punctuation"
    summary = "Dòng nơi nhận kết thúc “,” (HD 36) hoặc “;” (HD 05), dòng cuối “.”"
    summary_en = "Distribution lines end “,” (HD 36) or “;” (HD 05), the last “.”"
    severity = Severity.ERROR
    fixable = True
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.9.2"
    table = "noi_nhan"

    def check(self, ctx: Context) -> Iterator[Finding]:
        _, items = noi_nhan_lines(ctx)
        if not items:
            return
        data = self.data(ctx)
        item_end = str(data.get("item_end", ","))
        last_end = str(data.get("last_end", "."))
        alt = data.get("item_end_alt")
        alt_sev = severity_of(data.get("item_end_alt_severity"), Severity.WARNING)
        for i, pt in enumerate(items):
            # The whole entry (plain text joins wrapped lines), cut before a signing block that
            # a flattened table glued onto the last line ("- Lưu Văn phòng.K/T CHÁNH …").
            full = _GLUED.split(pt.ref.text.strip(), maxsplit=1)[0].rstrip()
            body = pt.text.rstrip()
            if not full or not body.strip():
                continue
            end = full[-1]
            wrapped = not body.endswith(end) or len(full) != len(pt.nfc.rstrip())
            want = last_end if i == len(items) - 1 else item_end
            if end == want:
                continue
            pos = pt.start + len(body)
            punct = end in ",;.:"
            exact = punct and not wrapped  # the mark is at the end of this paragraph
            sev = alt_sev if (alt and end == alt and want == item_end) else self.severity
            got_vi = _NAMES.get(end, f"“{end}”") if punct else "không có dấu"
            got_en = _NAMES_EN.get(end, f"“{end}”") if punct else "nothing"
            yield self.report(
                ctx,
                vi=f"Dòng nơi nhận “{pt.nfc[:40]}” kết thúc bằng {got_vi}; phải là "
                f"{_NAMES.get(want, want)}.",
                en=f"Distribution line “{pt.nfc[:40]}” ends with {got_en}; expected "
                f"{_NAMES_EN.get(want, want)}.",
                location=location(self, pt, pos - 1, pos) if exact else location(self, pt),
                severity=sev,
                fix=Fix(
                    title=ctx.t(f"Thay bằng “{want}”", f"Replace with “{want}”"), replacement=want
                )
                if exact
                else None,
            )
