"""VB617 party-signing-form-wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.party._party import PartyRule, location, part_texts

_STATE = re.compile(r"^\s*(?P<form>TM|KT|TL|TUQ)\s*\.")
_ODD = re.compile(r"^\s*(?P<form>T/U|TU/Q)\b")
_DOTTED = re.compile(r"^\s*(?P<form>T/M|K/T|T/L)(?P<dot>\.)")
_SPACED = re.compile(r"^\s*(?P<form>T\s+/\s*[MLT]|K\s*/\s+T|T\s*/\s+[ML]|T\.M|K\.T|T\.L)\b")


class PartySigningFormWrong(PartyRule):
    """Quyền hạn ký văn bản của Đảng viết theo kiểu Nhà nước (TM., KT., TL., TUQ.) hoặc sai dạng.
    (Signing authority of a Party document in the State form or malformed.)

    ## Kiểm tra gì (What it checks)
    Văn bản của Đảng đề ký “T/M”, “K/T”, “T/L” (gạch chéo, không dấu chấm) hoặc “Q.”. Các dạng
    “TM.”, “KT.”, “TL.”, “TUQ.” của văn bản Nhà nước là lỗi; “T/M.” (thêm dấu chấm) hoặc “T.M”
    là lỗi; “T/U” (ủy quyền) không có trong văn bản của Đảng: cảnh báo.
    “T/M”, “K/T”, “T/L”, “Q.”; the State forms and dotted or spaced forms are errors; “T/U” is a
    warning.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.7.1: thay mặt “ký hiệu là T/M”, ký thay “ký hiệu là K/T”, thừa
    lệnh “ký hiệu là T/L”, quyền “ký hiệu là Q”; Hướng dẫn 05-HD/VPTW, mục I.7.1.1 giữ nguyên và
    không có “thừa ủy quyền”. “TM.”, “KT.”, “TL.”, “TUQ.” là ký hiệu của Nghị định 30.
    HD 36 §II.1.7.1, HD 05 §I.7.1.1; TM./KT./TL./TUQ. are the State forms.

    ## Ví dụ sai (Bad)
        TM. BAN THƯỜNG VỤ
        T/M. BAN THƯỜNG VỤ

    ## Ví dụ đúng (Good)
        T/M BAN THƯỜNG VỤ

    ## Tự sửa (Fix)
    Có, an toàn: thay bằng dạng của Đảng (TM. → T/M, KT. → K/T, TL. → T/L); bỏ dấu chấm thừa.
    (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.) `signature.state_forms`, `signature.unknown_forms`.

    ## Ngoại lệ (When not to apply)
    Văn bản ký trực tiếp (không có quyền hạn ký).
    Documents signed directly.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.7.1; Hướng dẫn 05-HD/VPTW, Phần II, mục I.7.1.1
    """

    code = "VB617"
    name = "party-signing-form-wrong"
    summary = "Đề ký T/M, K/T, T/L (không TM., KT., TL., TUQ.)"
    summary_en = "Signing forms T/M, K/T, T/L (not TM., KT., TL., TUQ.)"
    severity = Severity.ERROR
    fixable = True
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.7.1"
    table = "signature"

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        state = dict(data.get("state_forms", {"TM.": "T/M", "KT.": "K/T", "TL.": "T/L"}))
        for pt in part_texts(ctx, "quyen_han_ky"):
            text = pt.text
            if m := _STATE.match(text):
                form = m.group("form") + "."
                want = state.get(form, "T/M")
                lo, hi = pt.start + m.start("form"), pt.start + m.end()
                yield self.report(
                    ctx,
                    vi=f"“{form}” là cách đề ký của văn bản Nhà nước; văn bản của Đảng viết "
                    f"“{want}”.",
                    en=f"“{form}” is the State signing form; a Party document writes “{want}”.",
                    location=location(self, pt, lo, hi),
                    fix=Fix(
                        title=ctx.t(f"Thay bằng {want}", f"Replace with “{want}”"), replacement=want
                    ),
                )
            elif m := _DOTTED.match(text):
                lo, hi = pt.start + m.start("form"), pt.start + m.end()
                yield self.report(
                    ctx,
                    vi=f"“{m.group('form')}.” có dấu chấm thừa; viết “{m.group('form')}”.",
                    en=f"“{m.group('form')}.” has a stray dot; write “{m.group('form')}”.",
                    location=location(self, pt, lo, hi),
                    fix=Fix(
                        title=ctx.t("Bỏ dấu chấm", "Remove the full stop"),
                        replacement=m.group("form"),
                    ),
                )
            elif m := _SPACED.match(text):
                yield self.report(
                    ctx,
                    vi=f"Quyền hạn ký viết “{m.group('form')}”; phải là “T/M”, “K/T” hoặc “T/L”.",
                    en=f"Signing form “{m.group('form')}”; it must be “T/M”, “K/T” or “T/L”.",
                    location=location(self, pt, pt.start + m.start("form"), pt.start + m.end()),
                )
            elif m := _ODD.match(text):
                yield self.report(
                    ctx,
                    vi=f"Văn bản của Đảng không có cách đề ký “{m.group('form')}”; ủy quyền ký "
                    "dùng “T/L”.",
                    en=f"Party documents have no “{m.group('form')}” form; delegated signing is "
                    "“T/L”.",
                    location=location(self, pt, pt.start + m.start("form"), pt.start + m.end()),
                    severity=Severity.WARNING,
                )
