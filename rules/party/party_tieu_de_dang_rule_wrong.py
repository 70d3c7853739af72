"""VB603 tieu-de-dang-rule-wrong."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import (
    container_width_mm,
    find_rule_below,
    line_text_width_mm,
    typed_line_width_mm,
)
from rules.party._party import PartyRule, first_part, location


class TieuDeDangRuleWrong(PartyRule):
    """Dưới tiêu đề Đảng không có đường kẻ ngang nét liền dài bằng tiêu đề.
    (No solid line as long as the Party heading under it.)

    ## Kiểm tra gì (What it checks)
    Dưới “ĐẢNG CỘNG SẢN VIỆT NAM” có đường kẻ ngang nét liền, dài bằng dòng tiêu đề (sai lệch
    quá 20 % thì cảnh báo). Đường kẻ có thể là hình vẽ, viền dưới đoạn hoặc dòng gạch dưới.
    A solid line as long as the heading (±20 %): a drawn line, a bottom border or underscores.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.1.2: “phía dưới có đường kẻ ngang ngăn cách với địa danh và
    ngày, tháng, năm ban hành văn bản; đường kẻ ngang nét liền, có độ dài bằng độ dài tiêu đề”.
    Không có bộ dàn trang nên độ dài chỉ ước lượng: mọi phát hiện ở mức cảnh báo.
    Lengths are estimated from font metrics, so findings are warnings.

    ## Ví dụ sai (Bad)
        ĐẢNG CỘNG SẢN VIỆT NAM   (không có đường kẻ, hoặc kẻ “- - - -”)

    ## Ví dụ đúng (Good)
        ĐẢNG CỘNG SẢN VIỆT NAM   (đường kẻ liền, dài bằng dòng chữ)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Tỷ lệ chấp nhận: `tieu_de.rule_length_ratio`.

    ## Ngoại lệ (When not to apply)
    Văn bản không có định dạng; tiêu đề bị xuống dòng (không biết độ dài in ra).
    Plain-text documents; a heading that wraps.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.1.2; Hướng dẫn 05-HD/VPTW, Phần II, mục I.1
    """

    code = "VB603"
    name = "tieu-de-dang-rule-wrong"
    summary = "Dưới tiêu đề Đảng có đường kẻ ngang nét liền dài bằng tiêu đề"
    summary_en = "A solid line as long as the Party heading below it"
    severity = Severity.WARNING
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.1.2"
    table = "tieu_de"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        td = first_part(ctx, "tieu_de_dang")
        if td is None:
            return
        loc = location(self, td)
        line = find_rule_below(ctx, td.para)
        if line.kind == "none":
            yield self.report(
                ctx,
                vi="Không thấy đường kẻ ngang nét liền dưới tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”.",
                en="No solid horizontal line under the Party heading.",
                location=loc,
            )
            return
        if not line.solid:
            yield self.report(
                ctx,
                vi=f"Đường kẻ dưới tiêu đề là “{line.style}”; phải là đường kẻ nét liền.",
                en=f"The line under the heading is {line.style!r}; it must be solid.",
                location=self.at(line.paragraph) if line.paragraph is not None else loc,
            )
            return
        width = line.width_mm if line.kind == "shape" else typed_line_width_mm(line)
        text_width = line_text_width_mm(td.para, td.start, td.end)
        if width is None or not text_width or text_width > container_width_mm(ctx, td.para):
            return
        lo, hi = self.data(ctx).get("rule_length_ratio", [0.8, 1.2])
        if not lo <= width / text_width <= hi:
            yield self.report(
                ctx,
                vi=f"Đường kẻ dưới tiêu đề dài khoảng {width:.0f} mm, tiêu đề dài khoảng "
                f"{text_width:.0f} mm: đường kẻ phải dài bằng tiêu đề.",
                en=f"The line under the heading is about {width:.0f} mm, the heading about "
                f"{text_width:.0f} mm: the line must be as long as the heading.",
                location=loc,
            )
