"""VB204 font-not-times-new-roman."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import PL1, FamilyRule, cap, letter_runs


def _key(font: str) -> str:
    return "".join(font.lower().split())


class FontNotTimesNewRoman(FamilyRule):
    """Chữ không dùng phông Times New Roman.
    (Text not set in Times New Roman.)

    ## Kiểm tra gì (What it checks)
    Mọi đoạn chữ (kể cả trong bảng và khung văn bản) phải hiển thị bằng phông Times New Roman,
    tính theo phông thực tế sau khi Word áp kiểu (style), mặc định và phông chủ đề (theme).
    Every run with text must resolve to Times New Roman after style, default and theme
    resolution.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4: "Phông chữ trình bày văn bản trên máy vi tính
    là phông chữ tiếng Việt Times New Roman". Chữ dán từ web hay PDF thường mang theo phông Arial,
    Calibri (phông chủ đề) hoặc "TimesNewRomanPSMT".
    Pasted text often brings Arial, Calibri (theme font) or "TimesNewRomanPSMT".

    ## Ví dụ sai (Bad)
        Đoạn nội dung ở phông Arial hoặc Calibri (+Body)

    ## Ví dụ đúng (Good)
        Toàn bộ văn bản ở phông Times New Roman

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Tên phông đọc từ `font.name` trong dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Ký tự không phải chữ, số (gạch đầu dòng, ký hiệu); phông 8-bit .VnTime, VNI (báo ở VB300);
    phông không xác định được; văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4
    """

    code = "VB204"
    name = "font-not-times-new-roman"
    summary = "Chữ phải dùng phông Times New Roman"
    summary_en = "Text must be in Times New Roman"
    severity = Severity.ERROR
    source = f"{PL1}, mục I.4"
    table = "font"
    needs_formatting = True

    def check(self, ctx: Context) -> Iterator[Finding]:
        want = self.data(ctx).get("name")
        if not want:
            return
        legacy = {_key(f) for f in ctx.doc.legacy_fonts}
        paras: list[Paragraph] = [*ctx.doc.paragraphs, *ctx.doc.textboxes]
        yield from cap(ctx, self._scan(ctx, paras, str(want), legacy))

    def _scan(
        self, ctx: Context, paras: list[Paragraph], want: str, legacy: set[str]
    ) -> Iterator[Finding]:
        for para in paras:
            bad = [
                r
                for r in letter_runs(para)
                if r.format.font
                and _key(r.format.font) != _key(want)
                and _key(r.format.font) not in legacy
            ]
            if not bad:
                continue
            fonts = ", ".join(dict.fromkeys(r.format.font or "" for r in bad))
            first, last = bad[0], bad[-1]
            # A variant name ("Times New Roman Bold", "TimesNewRomanPSMT") may still print as
            # Times New Roman where the variant is installed: warn, do not fail.
            variant = all(_key(want) in _key(r.format.font or "") for r in bad)
            yield self.finding(
                ctx,
                vi=f"Phông chữ “{fonts}”; phải là {want}.",
                en=f"Font “{fonts}”; must be {want}.",
                location=self.at(para, first.start, last.end),
                severity=Severity.WARNING if variant else self.sev(ctx),
            )
