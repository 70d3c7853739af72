"""VB615 party-cong-van-trich-yeu-wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._format import PartFormatRule
from rules.party._party import first_part, location, severity_of

_VV = re.compile(r"^\s*V/[Vv]\b\.?\s*:?")


class PartyCongVanTrichYeuWrong(PartFormatRule):
    """Trích yếu công văn của Đảng sai cỡ, kiểu chữ, hoặc mở đầu bằng “V/v”.
    (Subject line of a Party công văn not 12 pt italic, or opening with “V/v”.)

    ## Kiểm tra gì (What it checks)
    Trích yếu công văn (dưới số, ký hiệu): in thường, cỡ 12, nghiêng, không đậm. Mở đầu bằng
    “V/v” (kiểu văn bản Nhà nước): cảnh báo. Theo Hướng dẫn 05, trích yếu mở đầu “về việc …”
    (gợi ý khi viết khác).
    12 pt italic, not bold; “V/v” is a warning; under HD 05 “về việc …” is suggested.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, Phụ lục 3 dòng 5: trích yếu công văn “In thường – 12 – Nghiêng”, ví dụ
    “Chế độ hội nghị và công tác phí” (không có “V/v”); Hướng dẫn 05-HD/VPTW, Phụ lục 2 giữ cỡ,
    kiểu chữ, ví dụ “về việc chuẩn bị hội nghị …”. Văn bản Nhà nước viết “V/v”, cỡ 12–13, đứng.
    HD 36 Phụ lục 3 row 5; HD 05 example “về việc …”.

    ## Ví dụ sai (Bad)
        V/v triển khai Kết luận số 226-KL/TW   (cỡ 13, đứng)

    ## Ví dụ đúng (Good)
        Triển khai thực hiện Kết luận số 226-KL/TW   (cỡ 12, nghiêng)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Bảng `cong_van` của dữ liệu chế độ (`vv_severity`, `prefix`).

    ## Ngoại lệ (When not to apply)
    Văn bản có tên loại (trích yếu do VB613 kiểm tra); văn bản không có định dạng thì chỉ xét chữ.
    Typed documents (VB613).

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.5.2 và Phụ lục 3 (dòng 5); Hướng dẫn 05-HD/VPTW, mục I.5.2.3
    """

    code = "VB615"
    name = "party-cong-van-trich-yeu-wrong"
    summary = "Trích yếu công văn của Đảng cỡ 12, nghiêng, không “V/v”"
    summary_en = "Party công văn subject line 12 pt italic, without “V/v”"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 5)"
    table = "cong_van"
    needs_formatting = False
    checks = (("trich_yeu_cv", "cong_van", "", "Trích yếu công văn", "Công văn subject"),)

    def check(self, ctx: Context) -> Iterator[Finding]:
        if ctx.anatomy.doc_type != "cong_van":
            return
        if ctx.doc.has_formatting:
            yield from super().check(ctx)
        pt = first_part(ctx, "trich_yeu")
        if pt is None:
            return
        data = self.data(ctx)
        m = _VV.match(pt.nfc)
        if m:
            yield self.report(
                ctx,
                vi="Trích yếu công văn mở đầu bằng “V/v” (kiểu văn bản Nhà nước); văn bản của Đảng "
                "ghi thẳng nội dung trích yếu"
                + (", mở đầu “về việc …”." if data.get("prefix") else "."),
                en="The công văn subject opens with “V/v” (State style); a Party công văn states "
                "the subject directly" + (", opening “về việc …”." if data.get("prefix") else "."),
                location=location(self, pt, pt.start, pt.start + len(m.group(0).rstrip())),
                severity=severity_of(data.get("vv_severity"), Severity.WARNING),
            )
            return
        prefix = data.get("prefix")
        if prefix and not pt.nfc.lower().startswith(str(prefix).lower()):
            yield self.report(
                ctx,
                vi=f"Theo Hướng dẫn 05-HD/VPTW, trích yếu công văn mở đầu “{prefix} …”.",
                en=f"Under Guidance 05-HD/VPTW a công văn subject opens “{prefix} …”.",
                location=location(self, pt),
                severity=severity_of(data.get("prefix_severity"), Severity.INFO),
            )
