"""VB106: the line under the Tiêu ngữ is missing, not solid, or not as long as the motto."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import LineMessages, StateElementRule

_LINE = LineMessages(
    missing_vi="Không có đường kẻ ngang nét liền dưới Tiêu ngữ.",
    missing_en="No solid horizontal line under the motto.",
    dashed_vi="Đường kẻ dưới Tiêu ngữ là {what}, phải là đường kẻ nét liền.",
    dashed_en="The line under the motto is {style!r}; it must be a solid line.",
    length_vi="Đường kẻ dưới Tiêu ngữ dài khoảng {width:.0f} mm, dòng chữ dài khoảng "
    "{text_width:.0f} mm: đường kẻ phải dài bằng dòng chữ.",
    length_en="The line under the motto is about {width:.0f} mm long and the motto about "
    "{text_width:.0f} mm: the line must be as long as the text.",
)


class TieuNguRuleWrong(StateElementRule):
    """Đường kẻ dưới Tiêu ngữ thiếu, không phải nét liền, hoặc không dài bằng dòng chữ.
    (The line under the motto is missing, not solid, or not as long as the motto.)

    ## Kiểm tra gì (What it checks)
    Dưới Tiêu ngữ phải có đường kẻ ngang nét liền, dài bằng dòng chữ. Chấp nhận: đường kẻ vẽ
    (shape), viền dưới của đoạn, hoặc dòng gạch dưới “____”. Báo lỗi khi không có đường kẻ;
    cảnh báo khi đường kẻ là nét đứt hoặc gõ bằng “-----”, hoặc khi độ dài lệch rõ so với dòng
    chữ (độ dài chữ ước tính theo số đo phông Times New Roman).
    A solid line as long as the motto must sit under it: a drawn line, a paragraph border or a
    typed underscore line are accepted.

    ## Vì sao (Why)
    Phụ lục I, mục II.1.b: “phía dưới có đường kẻ ngang, nét liền, có độ dài bằng độ dài của
    dòng chữ”. Dòng “-------” gõ bằng tay là lỗi hay gặp trong văn bản thực tế.
    PL I, II.1.b; typed “-----” lines are a common real-world mistake.

    ## Ví dụ sai (Bad)
        Độc lập - Tự do - Hạnh phúc
        ---------------------------

    ## Ví dụ đúng (Good)
        Độc lập - Tự do - Hạnh phúc
        ───────────────────────────   (đường kẻ nét liền, dài bằng dòng chữ)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Độ dài chỉ kiểm tra được với đường kẻ vẽ hoặc gõ (viền đoạn dài theo cột, không đo được);
    độ dài và nét đứt chỉ là cảnh báo. Văn bản thuần, văn bản của Đảng, văn bản quy phạm pháp
    luật không áp dụng. Length is only measured for drawn or typed lines; plain-text, Party and
    normative documents are out of scope.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.b
    """

    code = "VB106"
    name = "tieu-ngu-rule-wrong"
    summary = "Dưới Tiêu ngữ phải có đường kẻ nét liền dài bằng dòng chữ"
    summary_en = "A solid line as long as the motto must be drawn under it"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1.b"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        el = self.element(ctx, "tieu_ngu")
        if el is None:
            return
        para = el.para
        ratio = self.data(ctx, "tieu_ngu").get("rule_length_ratio", [0.75, 1.35])
        spans = [(para, el.start, el.end)]
        yield from self.line_below(ctx, para, para, spans, ratio, el.location, _LINE)
