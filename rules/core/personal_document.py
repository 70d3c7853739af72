"""VB006: a person's document (đơn, tờ khai, cam kết …): the format rules of bodies do not apply."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context, Rule


class PersonalDocument(Rule):
    """Văn bản của cá nhân (đơn, tờ khai, cam kết …): không kiểm tra thể thức của cơ quan, tổ chức.
    (A person's document: the format rules of agencies and organisations are not applied.)

    ## Kiểm tra gì (What it checks)
    Tên loại là loại văn bản của cá nhân (“ĐƠN …”, “TỜ KHAI …”, “GIẤY ĐỀ NGHỊ …”, “GIẤY CAM KẾT”,
    “BẢN CAM KẾT”, “SƠ YẾU LÝ LỊCH”, “DI CHÚC”), văn bản không có tên cơ quan ban hành và không
    có số, ký hiệu.
    Văn bản như vậy (đơn của công dân gửi Tòa án, Ủy ban nhân dân; đơn xin vào Đảng …) không phải
    văn bản hành chính của cơ quan, tổ chức, nên các quy tắc thể thức (lề, cỡ chữ, số, ký hiệu,
    nơi nhận, chữ ký …) không được áp dụng; chỉ các quy tắc không phụ thuộc hệ văn bản (chính tả,
    Unicode, bảng mã) được chạy. Quy tắc báo một thông tin để người dùng biết điều đó.
    The title names a person's document and there is neither an issuing body nor a number. Such a
    document is no administrative document of a body, so the format rules are not applied; only
    family-independent rules run, and this note says so.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP áp dụng đối với cơ quan, tổ chức nhà nước và doanh nghiệp nhà nước
    (Điều 2); Điều 7 liệt kê các loại văn bản hành chính, không có đơn hay tờ khai của cá nhân.
    Các quy định về thể thức văn bản của Đảng cũng chỉ áp dụng cho văn bản của tổ chức đảng. Báo
    hàng chục “lỗi” thể thức trên một lá đơn của công dân là báo sai.
    Decree 30/2020 governs the documents of State bodies (Art. 2), whose types Art. 7 lists; a
    citizen's application is none of them. Reporting dozens of format "errors" on it is false.

    ## Ví dụ sai (Bad)
        (không có: quy tắc chỉ thông báo)

    ## Ví dụ đúng (Good)
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ĐƠN ĐỀ NGHỊ
        Kính gửi: Ủy ban nhân dân xã …

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản có tên cơ quan ban hành hoặc số, ký hiệu: đó là văn bản của cơ quan, tổ chức, được
    kiểm tra đầy đủ.
    A document with an issuing body or a number is a body's document and is checked in full.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Điều 2 (đối tượng áp dụng) và Điều 7 (các loại văn bản hành chính)
    """

    code = "VB006"
    name = "personal-document"
    summary = "Văn bản của cá nhân (đơn, tờ khai …): các quy tắc thể thức không được áp dụng"
    summary_en = "A person's document (application, declaration …): format rules not applied"
    severity = Severity.INFO
    source = "Nghị định 30/2020/NĐ-CP, Điều 2 và Điều 7"
    families = frozenset({"unknown"})

    def applies(self, ctx: Context) -> bool:
        return super().applies(ctx) and ctx.anatomy.personal

    def check(self, ctx: Context) -> Iterator[Finding]:
        ref = ctx.anatomy.part("ten_loai")
        title = " ".join(ref.text.split()) if ref is not None else ""
        named = f"“{title}” " if title else ""
        yield self.finding(
            ctx,
            vi=f"Văn bản {named}là văn bản của cá nhân (không có tên cơ quan ban hành, không có "
            "số, ký hiệu): thể thức văn bản của cơ quan, tổ chức theo Nghị định 30/2020/NĐ-CP "
            "không áp dụng, nên chỉ các quy tắc chính tả, Unicode, bảng mã được kiểm tra.",
            en=f"The document {named}is a person's document (no issuing body, no number): the "
            "format of agencies' documents under Decree 30/2020/NĐ-CP does not apply, so only the "
            "spelling, Unicode and encoding rules ran.",
            location=Location(),
        )
