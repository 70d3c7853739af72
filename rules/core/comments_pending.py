"""VB004: an issued document still carries reviewers' comments."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context, Rule


class CommentsPending(Rule):
    """Văn bản ban hành còn chú thích (comment) của người góp ý.
    (An issued document still carries comments.)

    ## Kiểm tra gì (What it checks)
    Ở giai đoạn ban hành (``--stage issued``), tệp không được còn chú thích (Review → Comment).
    Dự thảo có chú thích góp ý là bình thường nên quy tắc không báo ở giai đoạn dự thảo.
    At stage ``issued`` the file must carry no comments; drafts with comments are normal.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Điều 3, khoản 8: bản gốc là “bản hoàn chỉnh về nội dung, thể thức văn
    bản”. Chú thích là trao đổi nội bộ trong quá trình soạn thảo; gửi ra ngoài sẽ lộ ý kiến nội bộ.
    ND 30 Art. 3.8: the original is the complete version; comments are internal drafting notes.

    ## Ví dụ sai (Bad)
        Tệp .docx còn 2 chú thích “Đề nghị bổ sung thời hạn”

    ## Ví dụ đúng (Good)
        Tệp .docx đã xóa hết chú thích (Review → Delete All Comments)

    ## Tự sửa (Fix)
    Không: người soạn phải xử lý nội dung góp ý rồi xóa chú thích. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Dự thảo (``--stage draft``, mặc định). Drafts (the default stage).

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Điều 3, khoản 8 (bản gốc là bản hoàn chỉnh)
    """

    code = "VB004"
    name = "comments-pending"
    summary = "Văn bản ban hành không được còn chú thích (comment)"
    summary_en = "An issued document must carry no comments"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Điều 3, khoản 8"

    def check(self, ctx: Context) -> Iterator[Finding]:
        n = ctx.doc.comment_count
        if ctx.issued and n > 0:
            yield self.finding(
                ctx,
                vi=f"Văn bản ban hành còn {n} chú thích (comment); hãy xử lý góp ý và xóa hết chú "
                "thích trước khi phát hành.",
                en=f"The issued document still carries {n} comment(s); resolve and delete them "
                "before release.",
                location=Location(),
            )
