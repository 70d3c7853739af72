"""VB160 signing-authority-malformed."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.elements._signature import signature_form_lines
from rules.layout._common import PL1, StateRule


class SigningAuthorityMalformed(StateRule):
    """Quyền hạn ký viết sai: "K/T", "T/M", "TU/Q", thiếu dấu chấm, chữ thường.
    (Signing authority written wrongly: slashes, no period, lower case.)

    ## Kiểm tra gì (What it checks)
    Các chữ viết tắt quyền hạn ký phải viết đúng "TM.", "KT.", "TL.", "TUQ.", "Q.": chữ in
    hoa, dấu chấm, rồi một dấu cách trước tên tập thể hoặc chức vụ.
    The authority prefixes are exactly "TM.", "KT.", "TL.", "TUQ.", "Q." followed by a space.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7.b và Điều 13: ghi "TM." (thay mặt), "KT."
    (ký thay), "TL." (thừa lệnh), "TUQ." (thừa ủy quyền), "Q." (quyền). Kiểu "K/T", "T/L"
    của quy định cũ vẫn còn trong nhiều mẫu cũ.
    The slash forms come from old rules and old templates.

    ## Ví dụ sai (Bad)
        K/T CHỦ TỊCH  |  KT CHỦ TỊCH  |  Kt. CHỦ TỊCH

    ## Ví dụ đúng (Good)
        KT. CHỦ TỊCH

    ## Tự sửa (Fix)
    Có, an toàn: thay bằng dạng đúng ("K/T " → "KT. "). (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.) Danh sách dạng đúng: `signature.forms`.

    ## Ngoại lệ (When not to apply)
    Văn bản của Đảng (dùng "T/M", "K/T"… theo quy định riêng); văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7.b; Điều 13
    """

    code = "VB160"
    name = "signing-authority-malformed"
    summary = "Quyền hạn ký viết “TM.”, “KT.”, “TL.”, “TUQ.”, “Q.”"
    summary_en = "Authority prefixes written “TM.”, “KT.”, “TL.”, “TUQ.”, “Q.”"
    severity = Severity.ERROR
    fixable = True
    source = f"{PL1}, mục II.7.b"
    table = "signature"

    def check(self, ctx: Context) -> Iterator[Finding]:
        forms = set(self.data(ctx).get("forms", []))
        if not forms:
            return
        for line in signature_form_lines(ctx):
            if line.ok or line.canonical not in forms:
                continue
            written = line.written.strip()
            if written == line.canonical:  # "KT.CHỦ TỊCH": only the space is missing
                written = line.para.text[line.start : line.end + 3] + "…"
            yield self.finding(
                ctx,
                vi=f"Quyền hạn ký viết “{written}”; phải viết “{line.canonical}” (in hoa, có dấu "
                "chấm, một dấu cách).",
                en=f"Authority prefix written “{written}”; write “{line.canonical}” (upper case, "
                "period, one space).",
                location=self.at(line.para, line.start, line.end),
                fix=Fix(
                    title=ctx.t(f"Viết “{line.canonical}”", f"Write “{line.canonical}”"),
                    replacement=line.canonical + " ",
                    safe=True,
                ),
            )
