"""VB005: the document is neither recognisably a State nor a Party document."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context, Rule


class FamilyUnknown(Rule):
    """Không xác định được văn bản thuộc hệ Nhà nước hay của Đảng.
    (The document family, State or Party, is not recognised.)

    ## Kiểm tra gì (What it checks)
    Văn bản không có Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” cũng không có tiêu đề
    “ĐẢNG CỘNG SẢN VIỆT NAM”, và cấu hình không khai báo hệ văn bản (``[profile] family``). Khi đó
    chỉ các quy tắc không phụ thuộc hệ văn bản (chính tả, Unicode, …) được chạy; quy tắc này báo
    một cảnh báo để người dùng biết phần lớn quy tắc thể thức đã không được kiểm tra.
    Neither the national title nor the Party heading is found and the configuration names no
    family. Only family-independent rules run; this warning says so, so that a clean report is not
    mistaken for a compliant document.

    ## Vì sao (Why)
    Thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP) và văn bản của Đảng (Quy định 66-QĐ/TW,
    Quy định 399-QĐ/TW và hướng dẫn) khác nhau ở hầu hết thành phần; Quốc hiệu hoặc tiêu đề Đảng
    là thành phần thể thức bắt buộc đầu tiên của mỗi hệ. Không biết hệ thì không thể áp dụng đúng
    quy định.
    The two families differ in nearly every element; the national title or the Party heading is
    the first mandatory element of each.

    ## Ví dụ sai (Bad)
        (văn bản không có dòng Quốc hiệu hay tiêu đề Đảng)

    ## Ví dụ đúng (Good)
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

    ## Tự sửa (Fix)
    Không. (No fix.) Thêm Quốc hiệu/tiêu đề Đảng, hoặc khai báo ``family`` trong ``[profile]``.

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Văn bản đã nhận diện được hệ (có Quốc hiệu hoặc tiêu đề Đảng, hoặc cấu hình khai báo hệ), và
    văn bản của cá nhân (đơn, tờ khai …: VB006).
    Documents whose family is known, and a person's documents (VB006).

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1 (Quốc hiệu và Tiêu ngữ)
    - Hướng dẫn 36-HD/VPTW, mục II.1.1 (tiêu đề “Đảng Cộng sản Việt Nam”)
    """

    code = "VB005"
    name = "family-unknown"
    summary = (
        "Không xác định được văn bản của Nhà nước hay của Đảng: chỉ một phần quy tắc được chạy"
    )
    summary_en = "Document family (State or Party) not recognised: only some rules ran"
    severity = Severity.WARNING
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1; Hướng dẫn 36-HD/VPTW, mục II.1.1"
    families = frozenset({"unknown"})

    def applies(self, ctx: Context) -> bool:
        # a person's document is recognised, not unknown: VB006 says so
        return super().applies(ctx) and not ctx.anatomy.personal

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield self.finding(
            ctx,
            vi="Không xác định được đây là văn bản hành chính Nhà nước (Quốc hiệu “CỘNG HÒA XÃ HỘI "
            "CHỦ NGHĨA VIỆT NAM”) hay văn bản của Đảng (“ĐẢNG CỘNG SẢN VIỆT NAM”), nên chỉ các quy "
            "tắc không phụ thuộc hệ văn bản được kiểm tra; các quy tắc thể thức chưa được áp dụng. "
            "Hãy bổ sung Quốc hiệu hoặc tiêu đề Đảng, hoặc khai báo “family” trong [profile] của "
            "lint.toml.",
            en="Cannot tell whether this is a State document (national title “CỘNG HÒA XÃ HỘI CHỦ "
            "NGHĨA VIỆT NAM”) or a Party document (“ĐẢNG CỘNG SẢN VIỆT NAM”), so only "
            "family-independent rules ran; the format rules were not applied. Add the title, or "
            "set “family” in the [profile] table of lint.toml.",
            location=Location(),
        )
