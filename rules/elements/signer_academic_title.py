"""VB162 signer-academic-title."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from linter.finding import Finding, Fix, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import PL1, UPPER, StateRule, part_paragraphs


@dataclass(frozen=True)
class Options:
    allow_titles: bool = False  # the sector head allows titles (armed forces, schools, hospitals)


class SignerAcademicTitle(StateRule):
    """Ghi học hàm, học vị, danh hiệu trước họ tên người ký.
    (Academic or honorary title before the signer's name.)

    ## Kiểm tra gì (What it checks)
    Trước họ tên người ký không ghi học hàm, học vị, danh hiệu ("GS.", "PGS.", "TS.", "ThS.",
    "NGND"…).
    No academic or honorary title before the signer's name.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7.c: "Trước họ tên của người ký, không ghi học
    hàm, học vị và các danh hiệu danh dự khác", trừ văn bản của lực lượng vũ trang và đơn vị sự
    nghiệp giáo dục, y tế, khoa học khi người đứng đầu ngành cho phép.
    ND 30 forbids them, except where the sector head allows it.

    ## Ví dụ sai (Bad)
        TS. Nguyễn Văn A

    ## Ví dụ đúng (Good)
        Nguyễn Văn A

    ## Tự sửa (Fix)
    Có, an toàn: bỏ học hàm, học vị đứng trước họ tên. (Yes, safe.)

    ## Tùy chọn (Options)
    `allow_titles` (bool, mặc định false): đặt true cho cơ quan thuộc trường hợp ngoại lệ.

    ## Ngoại lệ (When not to apply)
    Lực lượng vũ trang, đơn vị giáo dục, y tế, khoa học được người đứng đầu ngành cho phép (đặt
    `allow_titles`); văn bản quy phạm pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7.c
    """

    code = "VB162"
    name = "signer-academic-title"
    summary = "Không ghi học hàm, học vị trước họ tên người ký"
    summary_en = "No academic title before the signer's name"
    severity = Severity.ERROR
    fixable = True
    source = f"{PL1}, mục II.7.c"
    table = "signature"
    Options = Options

    def check(self, ctx: Context) -> Iterator[Finding]:
        titles = [str(t) for t in self.data(ctx).get("academic_titles", [])]
        if not titles or self.options.allow_titles:
            return
        alts = "|".join(re.escape(t.rstrip(".")) for t in sorted(titles, key=len, reverse=True))
        pattern = re.compile(r"^\s*((?:(?:" + alts + r")\.?\s*)+)(?=[" + UPPER + r"][a-zà-ỹđ])")
        for para in self._name_lines(ctx):
            m = pattern.match(para.text)
            if m is None:
                continue
            title = m.group(1).strip()
            yield self.finding(
                ctx,
                vi=f"Trước họ tên người ký có “{title}”; không ghi học hàm, học vị, danh hiệu "
                "trước họ tên.",
                en=f"“{title}” before the signer's name; no academic or honorary titles there.",
                location=self.at(para, m.start(1), m.end(1)),
                fix=Fix(
                    title=ctx.t(f"Bỏ “{title}”", f"Remove “{title}”"), replacement="", safe=True
                ),
            )

    @staticmethod
    def _name_lines(ctx: Context) -> list[Paragraph]:
        """The name line; when the anatomy found none (a title hides it), the lines below the
        signer's title in the same cell."""
        names = part_paragraphs(ctx, "ho_ten_ky")
        if names:
            return names
        titles = part_paragraphs(ctx, "chuc_vu_ky") or part_paragraphs(ctx, "quyen_han_ky")
        if not titles:
            return []
        last = titles[-1]
        below = ctx.doc.paragraphs[last.index + 1 : last.index + 10]
        return [p for p in below if p.stripped and p.cell == last.cell]
