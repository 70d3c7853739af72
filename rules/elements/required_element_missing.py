"""VB100: a mandatory header or opening element of a State document is missing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.elements._header import ADMIN_TYPES, StateElementRule, date_of, subject_after_title

_LABELS = {
    "quoc_hieu": ("Quốc hiệu", "national title"),
    "tieu_ngu": ("Tiêu ngữ", "motto"),
    "co_quan_ban_hanh": ("tên cơ quan, tổ chức ban hành", "issuing body"),
    "so_ky_hieu": ("số, ký hiệu", "number and symbol"),
    "dia_danh_ngay_thang": ("địa danh và thời gian ban hành", "place and date"),
    "ten_loai": ("tên loại văn bản", "document type name"),
    "trich_yeu": ("trích yếu nội dung", "subject line"),
}


class RequiredElementMissing(StateElementRule):
    """Thiếu thành phần thể thức bắt buộc ở phần đầu văn bản.
    (A mandatory element of the document's header or opening is missing.)

    ## Kiểm tra gì (What it checks)
    Văn bản hành chính phải có Quốc hiệu và Tiêu ngữ, tên cơ quan ban hành, số và ký hiệu,
    địa danh và thời gian ban hành (biên bản: thời gian ghi trong nội dung), tên loại và trích
    yếu (công văn: chỉ trích yếu "V/v"; giấy giới thiệu, giấy nghỉ phép: chỉ tên loại).
    Checks that the header elements required by Điều 8.2 are present.

    ## Vì sao (Why)
    Điều 8 khoản 2 Nghị định 30/2020/NĐ-CP liệt kê các thành phần thể thức chính; thiếu một
    thành phần thì văn bản không đúng thể thức và không thể vào sổ, tra cứu.
    Điều 8.2 lists the main elements; a document without them cannot be registered or cited.

    ## Ví dụ sai (Bad)
        (không có dòng "Số: …/QĐ-UBND" dưới tên cơ quan)

    ## Ví dụ đúng (Good)
        ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        Số:      /QĐ-UBND

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản quy phạm pháp luật và văn bản của Đảng theo chế độ khác; văn bản kèm theo (phụ
    lục, điều lệ, quy chế ban hành kèm quyết định) và mẫu nội bộ không thuộc 29 loại văn bản
    hành chính. Trích yếu của giấy mời chỉ có trong mẫu: thiếu thì cảnh báo. Chữ ký, nơi nhận do các
    quy tắc VB15x kiểm tra. Khi không xác định được loại văn bản (không có tên loại lẫn "V/v"),
    chỉ cảnh báo. Normative and Party documents are out of scope; signature and recipients
    are checked by VB15x.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2; Phụ lục I, mục II.1–II.5
    """

    code = "VB100"
    name = "required-element-missing"
    summary = "Thiếu thành phần thể thức bắt buộc (Quốc hiệu, số, ngày tháng, tên loại…)"
    summary_en = "A mandatory header element is missing"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2"
    no_date_types: ClassVar[frozenset[str]] = frozenset({"bien_ban"})
    # Elements that only the template shows for that type (PL III Mẫu), not the decree: [M].
    template_only: ClassVar[dict[str, tuple[str, ...]]] = {"giay_moi": ("trich_yeu",)}

    def check(self, ctx: Context) -> Iterator[Finding]:
        a = ctx.anatomy
        doc_type = a.doc_type
        if doc_type is not None and doc_type not in ADMIN_TYPES:
            return  # attached documents (phụ lục, điều lệ …) and internal forms
        wanted = ["quoc_hieu", "tieu_ngu", "co_quan_ban_hanh", "so_ky_hieu"]
        if doc_type not in self.no_date_types:
            wanted.append("dia_danh_ngay_thang")
        no_trich_yeu = set(self.data(ctx, "trich_yeu").get("no_trich_yeu_types", ()))
        if doc_type == "cong_van":
            wanted.append("trich_yeu")
        elif doc_type is not None:
            wanted.append("ten_loai")
            if doc_type not in no_trich_yeu:
                wanted.append("trich_yeu")
        for name in wanted:
            if name in a.parts and a.part(name) is not None:
                continue
            if name == "dia_danh_ngay_thang" and (a.date_line is not None or date_of(ctx)):
                continue
            if name == "so_ky_hieu" and a.number is not None:
                continue
            if name == "trich_yeu" and doc_type != "cong_van" and subject_after_title(ctx):
                continue
            vi, en = _LABELS[name]
            if doc_type == "cong_van" and name == "trich_yeu":
                vi, en = "trích yếu công văn (“V/v …”)", "công văn subject line (“V/v …”)"
            yield self.finding(
                ctx,
                vi=f"Không tìm thấy {vi}: đây là thành phần thể thức bắt buộc.",
                en=f"No {en} found: it is a mandatory element.",
                location=Location(part=name),
                severity=Severity.WARNING if name in self.template_only.get(doc_type, ()) else None,
            )
        if doc_type is None and "ten_loai" not in a.parts and "trich_yeu" not in a.parts:
            yield self.finding(
                ctx,
                vi="Không tìm thấy tên loại văn bản (ví dụ “QUYẾT ĐỊNH”) hoặc trích yếu “V/v …” "
                "của công văn.",
                en="No document type name (e.g. “QUYẾT ĐỊNH”) and no công văn subject “V/v …” "
                "found.",
                location=Location(part="ten_loai"),
                severity=Severity.WARNING,
            )
