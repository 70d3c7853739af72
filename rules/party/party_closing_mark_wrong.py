"""VB630 party-closing-mark-wrong."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._party import PartyRule, part_texts


class PartyClosingMarkWrong(PartyRule):
    """Nội dung văn bản của Đảng không kết thúc bằng dấu chấm, hoặc kết thúc “./.” kiểu Nhà nước.
    (Party document body not ending with a full stop, or ending with the State “./.”.)

    ## Kiểm tra gì (What it checks)
    Đoạn cuối phần nội dung kết thúc bằng dấu chấm “.”. Không có dấu chấm: cảnh báo; “./.” (dấu
    kết thúc của văn bản Nhà nước): gợi ý.
    The last body paragraph ends with “.”; none is a warning, the State “./.” is info.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.6.2: “kết thúc nội dung văn bản có dấu chấm (.)”; Hướng dẫn
    05-HD/VPTW, mục I.6.2.2 giữ nguyên. “./.” là cách kết thúc của Nghị định 30.
    HD 36 §II.1.6.2, HD 05 §I.6.2.2.

    ## Ví dụ sai (Bad)
        … báo cáo Ban Thường vụ Đảng ủy phường./.

    ## Ví dụ đúng (Good)
        … báo cáo Ban Thường vụ Đảng ủy phường.

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.closing_mark`.

    ## Ngoại lệ (When not to apply)
    Đoạn cuối nằm trong bảng; văn bản không có nội dung.
    A last paragraph inside a table; no body.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.6.2; Hướng dẫn 05-HD/VPTW, Phần II, mục I.6.2.2
    """

    code = "VB630"
    name = "party-closing-mark-wrong"
    summary = "Nội dung văn bản của Đảng kết thúc bằng dấu chấm (không “./.”)"
    summary_en = "A Party document body ends with a full stop (not “./.”)"
    severity = Severity.WARNING
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.6.2"
    table = "body"

    def check(self, ctx: Context) -> Iterator[Finding]:
        body = [pt for pt in part_texts(ctx, "noi_dung") if pt.nfc and pt.ref.story is None]
        if not body or body[-1].para.cell is not None:
            return
        last = body[-1]
        text = last.text.rstrip()
        mark = str(self.data(ctx).get("closing_mark", "."))
        end = last.start + len(text)
        if text.endswith("./."):
            yield self.report(
                ctx,
                vi="Nội dung kết thúc bằng “./.” (kiểu văn bản Nhà nước); văn bản của Đảng kết "
                "thúc bằng dấu chấm.",
                en="The body ends with “./.” (State style); a Party document ends with a full "
                "stop.",
                location=self.at(last.para, end - 3, end),
                severity=Severity.INFO,
            )
        elif not text.endswith(mark):
            yield self.report(
                ctx,
                vi=f"Nội dung văn bản không kết thúc bằng dấu chấm (đoạn cuối kết thúc "
                f"“{text[-1:]}”).",
                en=f"The body does not end with a full stop (it ends “{text[-1:]}”).",
                location=self.at(last.para, max(last.start, end - 1), end),
            )
