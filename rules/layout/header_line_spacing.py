"""VB217 header-line-spacing."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import PL1, StateRule, num, num_en, part_paragraphs, sizes

_PARTS = (
    ("quoc_hieu", "Quốc hiệu", "National title"),
    ("tieu_ngu", "Tiêu ngữ", "Motto"),
    ("co_quan_chu_quan", "tên cơ quan chủ quản", "parent body"),
    ("co_quan_ban_hanh", "tên cơ quan ban hành", "issuing body"),
)
_AUTO_MAX = 1.05  # lines: single spacing, with the rounding of Word's 240ths
_FIXED_FACTOR = 1.3  # "exactly"/"at least" up to 1.3 × the font size reads as single spacing


def _too_wide(para: Paragraph) -> tuple[str, str] | None:
    """The paragraph's line spacing in words when it is wider than single, else None."""
    fmt = para.format
    value, rule = fmt.line_spacing, fmt.line_rule
    if value is None or rule is None:
        return None
    if rule == "auto":
        if value <= _AUTO_MAX:
            return None
        lines = f"{value:.2f}".rstrip("0").rstrip(".")
        return f"{lines.replace('.', ',')} dòng", f"{lines} lines"
    size = max(sizes(para), default=None)
    if size is None or value <= size * _FIXED_FACTOR:
        return None
    word = "chính xác" if rule == "exact" else "tối thiểu"
    return f"{word} {num(value)} pt", f"{rule} {num_en(value)} pt"


class HeaderLineSpacing(StateRule):
    """Quốc hiệu, Tiêu ngữ, tên cơ quan giãn dòng hơn dòng đơn.
    (The header lines are spaced wider than single.)

    ## Kiểm tra gì (What it checks)
    Các dòng Quốc hiệu, Tiêu ngữ, tên cơ quan chủ quản và tên cơ quan ban hành trình bày cách
    nhau dòng đơn. Quy tắc báo đoạn có giãn dòng lớn hơn dòng đơn (ví dụ 1,15 hay 1,5 dòng;
    "chính xác" hay "tối thiểu" lớn hơn 1,3 lần cỡ chữ).
    The national title, motto and body names are set at single line spacing; reported when a
    paragraph is spaced wider (1.15 or 1.5 lines; an exact or at-least value above 1.3 × the
    font size).

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1: "Hai dòng chữ Quốc hiệu và Tiêu ngữ được
    trình bày cách nhau dòng đơn"; mục II.2: tên cơ quan chủ quản và tên cơ quan ban hành "cách
    nhau dòng đơn".
    ND 30, Appendix I, II.1 and II.2.

    ## Ví dụ sai (Bad)
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc  (giãn dòng 1,15)

    ## Ví dụ đúng (Good)
        Các dòng đầu văn bản giãn dòng đơn (Single)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Định dạng không xác định; văn bản quy phạm pháp luật. Mức cảnh báo: "dòng đơn" trong Nghị
    định nói về khoảng cách giữa hai dòng chữ, giãn dòng 1,15 chỉ làm khoảng cách rộng hơn
    một chút. A warning.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1 và II.2
    """

    code = "VB217"
    name = "header-line-spacing"
    summary = "Quốc hiệu, Tiêu ngữ, tên cơ quan: giãn dòng đơn"
    summary_en = "National title, motto, body names: single line spacing"
    severity = Severity.WARNING
    source = f"{PL1}, mục II.1, II.2"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        # one finding per spacing: the header block is usually spaced as a whole
        found: dict[tuple[str, str], list[tuple[Paragraph, str, str]]] = {}
        seen: set[int] = set()
        for name, what_vi, what_en in _PARTS:
            for para in part_paragraphs(ctx, name):
                if para.index in seen:
                    continue
                seen.add(para.index)
                wide = _too_wide(para)
                if wide is not None:
                    found.setdefault(wide, []).append((para, what_vi, what_en))
        for (vi, en), lines in found.items():
            first = min(lines, key=lambda x: x[0].index)[0]
            names_vi = ", ".join(dict.fromkeys(w for _, w, _ in lines))
            names_en = ", ".join(dict.fromkeys(w for _, _, w in lines))
            yield self.finding(
                ctx,
                vi=f"Dòng {names_vi} giãn dòng {vi}; các dòng đầu văn bản trình bày cách nhau "
                "dòng đơn.",
                en=f"{names_en[0].upper()}{names_en[1:]} spaced {en}; the header lines are set "
                "at single spacing.",
                location=self.at(first),
            )
