"""VB150 closing-mark-missing."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.rule import Context
from rules.layout._common import StateRule, part_paragraphs


class ClosingMarkMissing(StateRule):
    """Phần nội dung không kết thúc bằng dấu "./.".
    (The content does not end with "./.".)

    ## Kiểm tra gì (What it checks)
    Đoạn cuối cùng của phần nội dung (trước Nơi nhận và chữ ký) phải kết thúc bằng "./.".
    The last paragraph of the content ends with "./.".

    ## Vì sao (Why)
    Mọi mẫu trình bày của Nghị định 30/2020/NĐ-CP (Phụ lục III) và chính Nghị định ("…thi hành
    Nghị định này./.") kết thúc nội dung bằng "./.", để không ai viết thêm vào sau khi ký.
    Văn bản của Nghị định không nêu thành quy định, nên đây là cảnh báo.
    Every template ends the content with "./." so nothing can be added after signature;
    the decree's text does not state it, hence a warning.

    ## Ví dụ sai (Bad)
        Quyết định này có hiệu lực kể từ ngày ký.

    ## Ví dụ đúng (Good)
        Quyết định này có hiệu lực kể từ ngày ký./.

    ## Tự sửa (Fix)
    Có, an toàn: thêm "/." sau dấu chấm cuối (hoặc "./." khi đoạn không có dấu chấm).
    (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.) Dấu kết thúc đọc từ `body.closing_mark`.

    ## Ngoại lệ (When not to apply)
    Văn bản không xác định được phần nội dung; văn bản quy phạm pháp luật (thuộc chế độ khác);
    dấu “./.” đặt sau ghi chú cuối cùng trong ngoặc (“(Hồ sơ kèm theo: …)./.”) cũng là dấu kết.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục III, Mục II (các mẫu 1.1–1.10)
    """

    code = "VB150"
    name = "closing-mark-missing"
    summary = "Nội dung kết thúc bằng dấu “./.”"
    summary_en = "The content ends with “./.”"
    severity = Severity.WARNING
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục III, Mục II (mẫu trình bày)"
    table = "body"

    def check(self, ctx: Context) -> Iterator[Finding]:
        mark = self.data(ctx).get("closing_mark")
        if not mark:
            return
        paras = [p for p in part_paragraphs(ctx, "noi_dung") if p.stripped]
        while len(paras) > 1 and paras[-1].stripped.startswith("("):
            # a trailing note "(gửi kèm …)" after the closing mark, or carrying it: "(Hồ sơ
            # kèm theo: …)./."
            if paras[-1].text.rstrip().endswith((mark, "/.")):
                return
            paras.pop()
        if not paras:
            return
        last = paras[-1]
        text = last.text.rstrip()
        if text.endswith(mark) or text.endswith("/."):
            return
        end = len(text)
        if text.endswith("."):
            fix = Fix(title=ctx.t(f"Thêm “{mark}”", f"Add “{mark}”"), replacement=mark, safe=True)
            start = end - 1
        else:
            fix = Fix(
                title=ctx.t(f"Thêm “{mark}”", f"Add “{mark}”"),
                replacement=text[-1:] + mark,
                safe=True,
            )
            start = end - 1
        tail = text[-30:]
        yield self.finding(
            ctx,
            vi=f"Nội dung kết thúc bằng “…{tail}”; phải kết thúc bằng “{mark}”.",
            en=f"The content ends with “…{tail}”; it should end with “{mark}”.",
            location=self.at(last, start, end),
            fix=fix,
            severity=self.sev(ctx, Severity.WARNING),
        )
