"""VB213 body-first-line-indent."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule, body_text_paragraphs, cap


def _cm(mm: float) -> str:
    text = f"{mm / 10:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + " cm"


class BodyFirstLineIndent(FamilyRule):
    """Dòng đầu đoạn nội dung không lùi vào 1 cm hoặc 1,27 cm.
    (First line of a body paragraph not indented 1 cm or 1.27 cm.)

    ## Kiểm tra gì (What it checks)
    Chữ đầu dòng của mỗi đoạn lời văn lùi vào đúng một trong các mức của chế độ (Nghị định 30:
    1 cm hoặc 1,27 cm), tính từ lề trái (thụt trái + thụt dòng đầu).
    The first line of each body paragraph starts at one of the regime's indents
    (ND 30: 1 cm or 1.27 cm) from the left margin.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e: "khi xuống dòng, chữ đầu dòng lùi vào 1 cm
    hoặc 1,27 cm".
    ND 30 fixes the first-line indent.

    ## Ví dụ sai (Bad)
        Đoạn văn không thụt đầu dòng, hoặc thụt 2 cm

    ## Ví dụ đúng (Good)
        Thụt đầu dòng 1 cm (567 twip) hoặc 1,27 cm (720 twip)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) `body.first_line_mm` (các mức cho phép) và
    `body.first_line_tolerance_mm`.

    ## Ngoại lệ (When not to apply)
    Đoạn đánh số tự động của Word (lùi dòng do danh sách quyết định), tiêu đề, bảng, thụt lề
    không đọc được; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.e
    """

    code = "VB213"
    name = "body-first-line-indent"
    summary = "Chữ đầu dòng lùi vào 1 cm hoặc 1,27 cm"
    summary_en = "First-line indent 1 cm or 1.27 cm"
    severity = Severity.ERROR
    source = f"{PL1}, mục II.6.e"
    table = "body"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        data = self.data(ctx)
        allowed = [float(v) for v in data.get("first_line_mm", [])]
        if not allowed:
            return
        tol = float(data.get("first_line_tolerance_mm", 0.5))
        yield from cap(ctx, self._scan(ctx, allowed, tol))

    def _scan(self, ctx: Context, allowed: list[float], tol: float) -> Iterator[Finding]:
        want_vi = " hoặc ".join(_cm(v) for v in allowed)
        want_en = " or ".join(_cm(v).replace(",", ".") for v in allowed)
        for para in body_text_paragraphs(ctx):
            if para.label or para.text.startswith("\t"):
                continue  # auto-numbered, or indented with a tab (default stop 1.27 cm)
            fmt = para.format
            if fmt.first_line_mm is None and fmt.indent_left_mm is None:
                continue
            pos = (fmt.indent_left_mm or 0.0) + (fmt.first_line_mm or 0.0)
            if any(abs(pos - v) <= tol for v in allowed):
                continue
            yield self.finding(
                ctx,
                vi=f"Dòng đầu đoạn lùi vào {_cm(pos)}; phải lùi vào {want_vi}.",
                en=f"First line indented {_cm(pos).replace(',', '.')}; must be {want_en}.",
                location=self.at(para),
                severity=self.sev(ctx),
            )
