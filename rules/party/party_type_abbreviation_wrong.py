"""VB608 party-type-abbreviation-wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._party import PartyRule, first_part, location, severity_of

_CODE = re.compile(r"\d*\s*[-–—]\s*(?P<type>[A-Za-zĐđ]+)\s*/")

TYPE_NAMES = {
    "nghi_quyet": "nghị quyết", "quyet_dinh": "quyết định", "quy_dinh": "quy định",
    "chi_thi": "chỉ thị", "ket_luan": "kết luận", "quy_che": "quy chế", "thong_tri": "thông tri",
    "huong_dan": "hướng dẫn", "thong_bao": "thông báo", "thong_cao": "thông cáo",
    "bao_cao": "báo cáo", "ke_hoach": "kế hoạch", "quy_hoach": "quy hoạch",
    "chuong_trinh": "chương trình", "de_an": "đề án", "phuong_an": "phương án", "du_an": "dự án",
    "to_trinh": "tờ trình", "cong_van": "công văn", "bien_ban": "biên bản", "ban_sao": "bản sao",
    "giay_moi": "giấy mời", "giay_gioi_thieu": "giấy giới thiệu", "tuyen_bo": "tuyên bố",
    "loi_keu_goi": "lời kêu gọi", "cuong_linh": "cương lĩnh", "dieu_le": "điều lệ",
    "chien_luoc": "chiến lược",
}  # fmt: skip


class PartyTypeAbbreviationWrong(PartyRule):
    """Chữ viết tắt tên loại trong số, ký hiệu văn bản của Đảng sai hoặc không khớp tên loại.
    (Type abbreviation of a Party number unknown, State-style, or not matching the type name.)

    ## Kiểm tra gì (What it checks)
    Trong “Số 383-CV/ĐU”, phần tên loại (CV) nằm trong bảng chữ viết tắt của Đảng (NQ, QĐ, QĐi,
    CT, KL, QC, TT, HD, TB, BC, KH, CTr, ĐA, PA, TTr, CV, BB …) và khớp tên loại in trên văn bản
    (KẾT LUẬN → KL). Chữ viết tắt của văn bản Nhà nước (QyĐ) là lỗi. Từ 09/01/2026 “QĐi” được
    thay bằng “QĐ” (gợi ý khi còn trình bày theo Hướng dẫn 36, cảnh báo theo Hướng dẫn 05).
    The type code is in the Party table and matches the printed type name; QĐi gives way to QĐ
    in 2026.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.3.1.b: “Ký hiệu tên loại văn bản là chữ cái đầu các âm tiết
    của tên loại văn bản”, thống nhất QĐ (quyết định), QĐi (quy định), CT, CTr, TT (thông tri),
    TTr; Hướng dẫn 05-HD/VPTW, mục I.3.1.2.a: “Quyết định, Quy định: QĐ”. Ký hiệu sai làm sai sổ
    đăng ký văn bản đi.
    HD 36 §II.1.3.1.b; HD 05 §I.3.1.2.a (QĐ for both quyết định and quy định).

    ## Ví dụ sai (Bad)
        KẾT LUẬN … Số 12-NQ/ĐU
        Số 03-QyĐ/ĐU

    ## Ví dụ đúng (Good)
        KẾT LUẬN … Số 12-KL/ĐU

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Bảng `type_abbreviations`, `state_type_abbreviations`,
    `discouraged_type_abbreviations` của dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Số viết theo kiểu Nhà nước (VB606 báo); văn bản không có tên loại thì chỉ xét bảng.
    State-order numbers (VB606); without a printed type name only the table is checked.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.3.1.b; Hướng dẫn 05-HD/VPTW, Phần II, mục I.3.1.2.a
    """

    code = "VB608"
    name = "party-type-abbreviation-wrong"
    summary = "Chữ viết tắt tên loại trong số, ký hiệu đúng bảng của Đảng và khớp tên loại"
    summary_en = "The type code of a Party number is in the Party table and matches the type"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.3.1.b"
    table = "so_ky_hieu"

    def check(self, ctx: Context) -> Iterator[Finding]:
        pt = first_part(ctx, "so_ky_hieu")
        if pt is None:
            return
        m = _CODE.search(pt.nfc)
        if m is None:
            return
        code = m.group("type")
        table = self.data(ctx, "type_abbreviations")
        known = {a for values in table.values() for a in values}
        loc = location(self, pt)
        state = self.data(ctx, "state_type_abbreviations")
        if code in state:
            yield self.report(
                ctx,
                vi=f"“{code}” là chữ viết tắt tên loại của văn bản Nhà nước; văn bản của Đảng "
                f"viết “{state[code]}”.",
                en=f"“{code}” is a State type code; a Party document writes “{state[code]}”.",
                location=loc,
            )
            return
        if code not in known:
            yield self.report(
                ctx,
                vi=f"“{code}” không có trong bảng chữ viết tắt tên loại văn bản của Đảng.",
                en=f"“{code}” is not a Party type abbreviation.",
                location=loc,
            )
            return
        discouraged = self.data(ctx, "discouraged_type_abbreviations").get(code)
        if isinstance(discouraged, dict):
            new = discouraged.get("replacement", "QĐ")
            yield self.report(
                ctx,
                vi=f"Từ 09/01/2026 quy định và quyết định đều viết tắt “{new}”; “{code}” là ký "
                "hiệu cũ.",
                en=f"From 09/01/2026 quy định and quyết định are both “{new}”; “{code}” is the "
                "old code.",
                location=loc,
                severity=severity_of(discouraged.get("severity"), Severity.WARNING),
                table="discouraged_type_abbreviations",
            )
        if "ten_loai" not in ctx.anatomy.parts or ctx.anatomy.doc_type not in table:
            return
        allowed = list(table[ctx.anatomy.doc_type])
        if code not in allowed:
            name = TYPE_NAMES.get(ctx.anatomy.doc_type, ctx.anatomy.doc_type)
            yield self.report(
                ctx,
                vi=f"Tên loại là {name} nhưng ký hiệu ghi “{code}”; phải là "
                f"“{'” hoặc “'.join(allowed)}”.",
                en=f"The document is a {name} but its number says “{code}”; expected "
                f"“{'” or “'.join(allowed)}”.",
                location=loc,
            )
