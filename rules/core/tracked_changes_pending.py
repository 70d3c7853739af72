"""VB003: an issued document still has tracked changes that were not accepted or rejected."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context, Rule


class TrackedChangesPending(Rule):
    """Văn bản ban hành còn thay đổi đang theo dõi (Track Changes) chưa xử lý.
    (An issued document still has pending tracked changes.)

    ## Kiểm tra gì (What it checks)
    Ở giai đoạn ban hành (``--stage issued``), văn bản không được còn nội dung chèn/xóa đang theo
    dõi (w:ins, w:del) hoặc thay đổi định dạng chưa chấp nhận hay từ chối. Ở giai đoạn dự thảo,
    thay đổi đang theo dõi là bình thường nên quy tắc không báo.
    At stage ``issued`` the document must have no pending insertions, deletions or formatting
    changes. In a draft tracked changes are normal, so the rule is silent.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Điều 3, khoản 8: “Bản gốc văn bản là bản hoàn chỉnh về nội dung,
    thể thức văn bản”. Một tệp còn thay đổi chưa xử lý hiển thị khác nhau tùy chế độ xem của Word:
    người nhận có thể đọc thấy cả đoạn đã xóa. Văn bản của Đảng cũng chỉ ban hành bản hoàn chỉnh.
    ND 30 Art. 3.8: the original is the complete version; pending changes show differently depending
    on Word's view, and recipients may read deleted text.

    ## Ví dụ sai (Bad)
        Hà Nội, ngày ~~5~~ 05 tháng 3 năm 2026   (thay đổi còn đang theo dõi)

    ## Ví dụ đúng (Good)
        Hà Nội, ngày 05 tháng 3 năm 2026          (đã chấp nhận mọi thay đổi)

    ## Tự sửa (Fix)
    Không: người soạn phải xem và chấp nhận hoặc từ chối từng thay đổi (Review → Accept/Reject).
    (No fix: a person must accept or reject each change.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Dự thảo (``--stage draft``, mặc định). Drafts (the default stage).

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Điều 3, khoản 8 (bản gốc là bản hoàn chỉnh)
    """

    code = "VB003"
    name = "tracked-changes-pending"
    summary = "Văn bản ban hành không được còn thay đổi đang theo dõi chưa xử lý"
    summary_en = "An issued document must have no pending tracked changes"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Điều 3, khoản 8"

    def check(self, ctx: Context) -> Iterator[Finding]:
        if ctx.issued and ctx.doc.has_tracked_changes:
            yield self.finding(
                ctx,
                vi="Văn bản ban hành còn thay đổi đang theo dõi (Track Changes) chưa chấp nhận "
                "hoặc từ chối; hãy xử lý hết (Review → Accept/Reject) trước khi phát hành.",
                en="The issued document still has pending tracked changes; accept or reject "
                "them all (Review → Accept/Reject) before release.",
                location=Location(),
            )
