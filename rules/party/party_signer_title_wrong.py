"""VB619 party-signer-title-wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._party import PartyRule, first_part, fold_upper, location

_TM = re.compile(r"^\s*T\s*/\s*M\.?\s*(?P<body>.+)$")
_OWN_SEAL_EXCEPTIONS = ("BAN CHỈ ĐẠO", "TIỂU BAN", "HỘI ĐỒNG")


class PartySignerTitleWrong(PartyRule):
    """Chức vụ người ký văn bản của Đảng ghi sai cách.
    (Signer's title of a Party document written the wrong way.)

    ## Kiểm tra gì (What it checks)
    - Chức vụ không kèm tên cấp ủy, cơ quan (“PHÓ BÍ THƯ”, không “PHÓ BÍ THƯ TỈNH ỦY”), trừ ban
      chỉ đạo, tiểu ban, hội đồng và liên cơ quan;
    - dưới “T/M …” chỉ ghi chức vụ bí thư, phó bí thư, chủ nhiệm, phó chủ nhiệm, chủ tịch, phó chủ
      tịch (và TỔNG BÍ THƯ, TRƯỞNG ĐOÀN, TRƯỞNG BAN của các cơ quan đại hội), không ghi “ỦY VIÊN”;
    - “T/M BỘ CHÍNH TRỊ”, “T/M BAN BÍ THƯ” không có dòng chức vụ.
    No body name in the title; under T/M only the listed titles; no title under T/M BỘ CHÍNH TRỊ /
    BAN BÍ THƯ.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.7.1: “không ghi tên cấp uỷ, cơ quan, tổ chức đảng kèm theo chức
    vụ của người ký văn bản”; “chỉ ghi chức vụ người ký văn bản đối với các đồng chí là bí thư, phó
    bí thư, chủ nhiệm, phó chủ nhiệm, chủ tịch, phó chủ tịch; không ghi chức vụ người ký văn bản là
    uỷ viên”; ví dụ “T/M BỘ CHÍNH TRỊ / (chữ ký) / Họ và tên”. Hướng dẫn 05-HD/VPTW, mục I.7.1.2
    giữ nguyên. Cảnh báo: cách ghi còn tùy quy chế từng nơi.
    HD 36 §II.1.7.1 and HD 05 §I.7.1.2; warnings, since local rules vary.

    ## Ví dụ sai (Bad)
        T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ ĐẢNG ỦY
        T/M BAN THƯỜNG VỤ / ỦY VIÊN BAN THƯỜNG VỤ

    ## Ví dụ đúng (Good)
        T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `signature.tm_titles`, `signature.tm_without_title`, `signature.body_words`.

    ## Ngoại lệ (When not to apply)
    Ban chỉ đạo, tiểu ban, hội đồng; văn bản liên cơ quan (tên cơ quan có “ - ”).
    Steering committees, sub-committees, councils; jointly issued documents.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.7.1; Hướng dẫn 05-HD/VPTW, Phần II, mục I.7.1.2
    """

    code = "VB619"
    name = "party-signer-title-wrong"
    summary = "Chức vụ người ký không kèm tên cơ quan; dưới T/M chỉ chức vụ bí thư, chủ nhiệm…"
    summary_en = "Signer's title without the body's name; under T/M only secretary, chair … titles"
    severity = Severity.WARNING
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.7.1"
    table = "signature"

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        title = first_part(ctx, "chuc_vu_ky")
        form = first_part(ctx, "quyen_han_ky")
        issuer = first_part(ctx, "co_quan_ban_hanh")
        issuer_text = fold_upper(issuer.text) if issuer else ""
        exempt = " - " in issuer_text or any(w in issuer_text for w in _OWN_SEAL_EXCEPTIONS)
        tm = _TM.match(form.nfc) if form is not None else None
        if tm is not None and title is not None:
            body = fold_upper(tm.group("body"))
            without = {fold_upper(b) for b in data.get("tm_without_title", [])}
            if body in without:
                yield self.report(
                    ctx,
                    vi=f"“T/M {body}” không ghi dòng chức vụ; bỏ “{title.nfc}”.",
                    en=f"“T/M {body}” takes no title line; remove “{title.nfc}”.",
                    location=location(self, title),
                )
                return
        if title is None:
            return
        text = fold_upper(title.text)
        words = [fold_upper(w) for w in data.get("body_words", [])]
        named = next((w for w in words if re.search(rf"\S\s+{re.escape(w)}\b", text)), None)
        if named and not exempt:
            yield self.report(
                ctx,
                vi=f"Chức vụ “{title.nfc}” kèm tên cơ quan “{named}”; chỉ ghi chức vụ (ví dụ "
                "“PHÓ BÍ THƯ”).",
                en=f"Title “{title.nfc}” includes the body name “{named}”; write the title only "
                "(e.g. “PHÓ BÍ THƯ”).",
                location=location(self, title),
            )
            return
        if tm is not None and not exempt:
            allowed = {fold_upper(t) for t in data.get("tm_titles", [])}
            if text not in allowed:
                yield self.report(
                    ctx,
                    vi=f"Thay mặt tập thể chỉ ghi chức vụ bí thư, phó bí thư, chủ nhiệm, phó chủ "
                    f"nhiệm, chủ tịch, phó chủ tịch; “{title.nfc}” không ghi.",
                    en=f"Signing for a collective, only secretary, chair and their deputies are "
                    f"written; not “{title.nfc}”.",
                    location=location(self, title),
                )
