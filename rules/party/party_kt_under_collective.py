"""VB618 party-kt-under-collective."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._party import PartyRule, fold_upper, location, part_texts

_KT = re.compile(r"^\s*K\s*/\s*T\.?\s*(?P<rest>.+)$")


class PartyKtUnderCollective(PartyRule):
    """Văn bản của cấp ủy, ban thường vụ, ủy ban kiểm tra… (tập thể) đề ký “K/T”.
    (“K/T” used for a collective body.)

    ## Kiểm tra gì (What it checks)
    “K/T” (ký thay) chỉ dùng cho cơ quan tham mưu, giúp việc, ban chỉ đạo, tiểu ban… làm việc theo
    chế độ thủ trưởng. Văn bản của tập thể (cấp ủy, ban thường vụ, chi bộ, ủy ban kiểm tra, đảng
    đoàn, ban cán sự đảng, hội đồng, các cơ quan của đại hội) đề “T/M” và phó bí thư ký với chức vụ
    “PHÓ BÍ THƯ”. Thấy “K/T BAN THƯỜNG VỤ”, “K/T BÍ THƯ”…: cảnh báo.
    K/T is for bodies headed by one person; a collective signs T/M (a deputy writes his title).

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.7.1: văn bản của đại hội, cấp ủy, ủy ban kiểm tra, đảng đoàn,
    ban cán sự đảng, hội đồng “đề ký là thay mặt (T/M)”; chỉ cơ quan tham mưu, giúp việc “khi cấp
    phó ký đề ký là ký thay (K/T)”. Hướng dẫn 05-HD/VPTW, mục I.7.1.1 giữ nguyên.
    HD 36 §II.1.7.1 and HD 05 §I.7.1.1.

    ## Ví dụ sai (Bad)
        K/T BAN THƯỜNG VỤ / PHÓ BÍ THƯ

    ## Ví dụ đúng (Good)
        T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Danh sách `signature.collectives`.

    ## Ngoại lệ (When not to apply)
    K/T của trưởng ban, chánh văn phòng… (cơ quan tham mưu).
    K/T for the head of an advisory body.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.7.1; Hướng dẫn 05-HD/VPTW, Phần II, mục I.7.1.1
    """

    code = "VB618"
    name = "party-kt-under-collective"
    summary = "Tập thể (cấp ủy, ban thường vụ…) đề ký T/M, không K/T"
    summary_en = "A collective body signs T/M, not K/T"
    severity = Severity.WARNING
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.7.1"
    table = "signature"

    def check(self, ctx: Context) -> Iterator[Finding]:
        collectives = [fold_upper(c) for c in self.data(ctx).get("collectives", [])]
        heads = {"BÍ THƯ", "CHỦ NHIỆM"}
        for pt in part_texts(ctx, "quyen_han_ky"):
            m = _KT.match(pt.nfc)
            if m is None:
                continue
            rest = fold_upper(m.group("rest"))
            if rest in heads or any(rest == c or rest.startswith(c + " ") for c in collectives):
                yield self.report(
                    ctx,
                    vi=f"“{pt.nfc}”: văn bản của tập thể đề ký “T/M” (thay mặt), không “K/T”; phó "
                    "bí thư ký thì ghi chức vụ “PHÓ BÍ THƯ” dưới dòng T/M.",
                    en=f"“{pt.nfc}”: a collective body signs “T/M”, not “K/T”; a deputy writes "
                    "his title under the T/M line.",
                    location=location(self, pt),
                )
