"""VB628 party-authority-type-unusual."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._party import PartyRule, first_part, fold_upper, location, severity_of
from rules.party.party_type_abbreviation_wrong import TYPE_NAMES

_PROVINCIAL = re.compile(r"^(TỈNH ỦY|THÀNH ỦY)\b")
_TM = re.compile(r"^\s*T\s*/\s*M\.?\s*(?P<body>.+)$")


class PartyAuthorityTypeUnusual(PartyRule):
    """Cấp ủy, tổ chức đảng ban hành thể loại văn bản không thuộc thẩm quyền của mình.
    (A Party body issues a type of document outside its authority.)

    ## Kiểm tra gì (What it checks)
    So thể loại văn bản (tên loại) với danh mục thẩm quyền của người ban hành, ở những cấp đã đối
    chiếu được: Quy định 66-QĐ/TW Điều 7 (tỉnh ủy, thành ủy — ban chấp hành không ban hành chỉ
    thị, thông tri, hướng dẫn; ban thường vụ không ban hành thông cáo) và, từ 09/01/2026, Quy định
    399-QĐ/TW Điều 11 (chi bộ không ban hành hướng dẫn, quy định, chỉ thị, thông tri). Ban chấp
    hành hay ban thường vụ được nhận từ dòng “T/M …”.
    Type versus the issuer's authority where the lists are verified (QĐ 66 Art. 7, provincial;
    QĐ 399 Art. 11, chi bộ). BCH or standing committee is read from the T/M line.

    ## Vì sao (Why)
    Quy định 66-QĐ/TW, Điều 7, khoản 2 và 3 (thẩm quyền cấp tỉnh); Quy định 399-QĐ/TW, Điều 11
    (theo hai nguồn thứ cấp). Văn bản sai thẩm quyền không có giá trị thi hành. Chỉ cảnh báo (gợi
    ý khi danh mục của Quy định 399 chưa được đối chiếu), luôn nêu điều khoản.
    A warning (info where the QĐ 399 list is not verified), always citing the article.

    ## Ví dụ sai (Bad)
        TỈNH ỦY LÂM ĐỒNG … HƯỚNG DẪN … T/M TỈNH ỦY

    ## Ví dụ đúng (Good)
        TỈNH ỦY LÂM ĐỒNG … HƯỚNG DẪN … T/M BAN THƯỜNG VỤ

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Bảng `authority` của dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Các cấp chưa đối chiếu được danh mục (Trung ương, đảng ủy xã, phường, cơ quan tham mưu…).
    Levels whose lists were not verified.

    ## Căn cứ (References)
    - Quy định 66-QĐ/TW, Điều 7; Quy định 399-QĐ/TW, Điều 11
    """

    code = "VB628"
    name = "party-authority-type-unusual"
    summary = "Thể loại văn bản thuộc thẩm quyền của cấp ủy, tổ chức đảng ban hành"
    summary_en = "The document type is within the issuing Party body's authority"
    severity = Severity.WARNING
    source = "Quy định 66-QĐ/TW, Điều 7"
    table = "authority"

    def check(self, ctx: Context) -> Iterator[Finding]:
        doc_type = ctx.anatomy.doc_type
        issuer = first_part(ctx, "co_quan_ban_hanh")
        if doc_type is None or issuer is None:
            return
        data = self.data(ctx)
        who = fold_upper(issuer.text)
        form = first_part(ctx, "quyen_han_ky")
        tm = _TM.match(form.nfc) if form is not None else None
        body = fold_upper(tm.group("body")) if tm else ""
        level: str | None = None
        what_vi = what_en = ""
        if _PROVINCIAL.match(who) and "co_quan_chu_quan" not in ctx.anatomy.parts:
            if body == "BAN THƯỜNG VỤ":
                level, what_vi, what_en = (
                    "provincial_standing",
                    "Ban Thường vụ",
                    "standing committee",
                )
            elif body and _PROVINCIAL.match(body):
                level, what_vi, what_en = (
                    "provincial_committee",
                    "Ban Chấp hành",
                    "executive committee",
                )
            what_vi += f" {issuer.nfc.title()}"
            what_en += f" of {issuer.nfc}"
        elif who.startswith("CHI BỘ"):
            level, what_vi, what_en = "chi_bo", issuer.nfc, issuer.nfc
        if level is None:
            return
        table: Any = data.get(level)
        if not isinstance(table, dict) or doc_type not in table.get("not_allowed", []):
            return
        name = TYPE_NAMES.get(doc_type, doc_type)
        clause = str(table.get("clause", ""))
        clause_en = str(table.get("clause_en", clause))
        loc = location(self, first_part(ctx, "ten_loai") or issuer)
        yield self.report(
            ctx,
            vi=f"{what_vi} ban hành {name}: thể loại này không có trong danh mục thẩm quyền "
            f"({clause}).",
            en=f"The {what_en} issues a {name}: this type is not in its list ({clause_en}).",
            location=loc,
            severity=severity_of(table.get("severity") or data.get("severity"), self.severity),
            source=clause if clause.startswith("Quy định") else f"Quy định 66-QĐ/TW, {clause}",
        )
