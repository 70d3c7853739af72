"""VB151 structure-heading-format."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Fix, Severity
from linter.model import Alignment, Paragraph
from linter.rule import Context
from rules.layout._common import (
    PL1,
    StateRule,
    all_fmt,
    cap,
    content_paragraphs,
    is_upper_text,
    letter_runs,
)

_LABEL = re.compile(r"^(Phần|Chương|Mục|Tiểu mục)\s+([IVXLC]+|\d+)$", re.IGNORECASE)
_DIEU = re.compile(r"^(Điều\s+\d+[a-z]?)\s*([.:])?")
_ROMAN = re.compile(r"^([IVXLC]+)\.\s+\S")
# Lines that open the next unit rather than title a label: a khoản "1.", a điểm "a)", a dash item.
_ITEM = re.compile(r"^(\d+(\.\d+)*\.|[a-zđ]\)|[-–+•])\s")
_TITLE_MAX = 200  # a title is a heading, not a paragraph of running text

# Letter-like types whose "I. …" lines are list labels rather than section headings.
_LETTER_TYPES = {"cong_van", "giay_moi", "giay_gioi_thieu", "giay_nghi_phep", "cong_dien"}
_NAMES_EN = {"phần": "Part", "chương": "Chapter", "mục": "Section", "tiểu mục": "Subsection"}
# Types whose Điều lines carry the article's content rather than a title (Mẫu 1.1, 1.2: "Điều 1.
# Thành lập …"): a bare "Điều N." there breaks the template's layout rather than a title rule we
# can be sure of, so it is a warning.
_CONTENT_ARTICLE_TYPES = {"quyet_dinh", "nghi_quyet"}


def _not_a_title(para: Paragraph) -> bool:
    """The line after a label opens the next unit (a Điều, a label, a numbered item) or is
    running text, so the label has no title."""
    text = para.stripped
    return bool(
        _DIEU.match(text)
        or _LABEL.match(text)
        or _ROMAN.match(text)
        or _ITEM.match(text)
        or len(text) > _TITLE_MAX
        or text.endswith("/.")
    )


class StructureHeadingFormat(StateRule):
    """Tiêu đề phần, chương, mục, điều trình bày sai.
    (Part, chapter, section or article heading laid out wrongly.)

    ## Kiểm tra gì (What it checks)
    - Dòng "Phần I", "Chương I", "Mục 1", "Tiểu mục 1": dòng riêng, canh giữa, chữ in thường,
      đậm; tiêu đề ngay dưới: canh giữa, in hoa, đậm. Không có tiêu đề (dòng tiếp theo là
      "Điều 1. …", một nhãn khác, một khoản "1." hay đoạn văn) thì báo thiếu tiêu đề, không
      coi dòng tiếp theo là tiêu đề.
    - "Điều 1." : số Ả Rập, sau số có dấu chấm, chữ "Điều" và số in đậm; sau nhãn phải có
      tiêu đề trên cùng dòng ("Điều 2." đứng một mình là thiếu tiêu đề).
    - Mục đánh số La Mã "I. …" (văn bản chia phần, mục): in hoa, đậm (cảnh báo).
    Labels on their own centred bold line in lower case with an upper-case bold title below
    (a label followed directly by a Điều, another label, a numbered item or running text is
    reported as having no title);
    "Điều N." bold with a period and followed by its title on the same line; Roman-numbered
    sections upper case and bold.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.đ và bảng V, dòng 6a, 6b quy định kiểu chữ của
    từng cấp. Tiêu đề trình bày tùy tiện làm khó đọc và khó trích dẫn.
    Mục II.6.d: văn bản bố cục theo phần, chương, mục, tiểu mục, điều thì phần, chương, mục,
    tiểu mục, điều phải có tiêu đề.
    ND 30 sets the case, weight and position of each heading level, and requires a title for
    each part, chapter, section and subsection.

    ## Ví dụ sai (Bad)
        CHƯƠNG I (in hoa)  |  Điều 1: Phạm vi điều chỉnh (dấu hai chấm, không đậm)
        Chương I / Điều 1. Phạm vi điều chỉnh   (chương không có tiêu đề)
        Điều 2.   (không có tiêu đề, khoản 1 ở dòng dưới)

    ## Ví dụ đúng (Good)
        Chương I / QUY ĐỊNH CHUNG  |  **Điều 1.** Phạm vi điều chỉnh

    ## Tự sửa (Fix)
    Có, an toàn, chỉ với dấu sau số điều: "Điều 1:" → "Điều 1.". Các lỗi định dạng khác: không.
    (Yes, safe, for the article's punctuation only.)

    ## Tùy chọn (Options)
    Không có. (None.)

    ## Ngoại lệ (When not to apply)
    Dòng nằm trong bảng; định dạng không xác định; văn bản quy phạm pháp luật. Lỗi của mục đánh
    số La Mã chỉ là cảnh báo vì dòng "I. …" không phải lúc nào cũng là tiêu đề mục. Trong quyết
    định, nghị quyết (cá biệt), dòng "Điều 1. …" mang nội dung điều chứ không phải tiêu đề (mẫu
    1.1, 1.2): nội dung đó không bị xét như tiêu đề, và "Điều N." đứng một mình chỉ là cảnh báo.
    In a quyết định or nghị quyết the Điều line carries the article's content (Mẫu 1.1, 1.2): a
    bare "Điều N." there is a warning; elsewhere an error.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6.c, II.6.d, II.6.đ; mục V (bảng, dòng 6a, 6b)
    """

    code = "VB151"
    name = "structure-heading-format"
    summary = "Tiêu đề phần, chương, mục, điều trình bày đúng kiểu chữ"
    summary_en = "Part, chapter, section and article headings in the prescribed style"
    severity = Severity.ERROR
    fixable = True
    source = f"{PL1}, mục II.6.đ"

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        paras = content_paragraphs(ctx)
        fmt = ctx.doc.has_formatting
        for i, para in enumerate(paras):
            text = para.stripped
            if m := _LABEL.match(text):
                yield from self._label(ctx, para, m.group(1), fmt)
                nxt = paras[i + 1] if i + 1 < len(paras) else None
                if nxt is None or _not_a_title(nxt):
                    yield self._missing_title(ctx, para, m.group(1), nxt)
                elif nxt.index <= para.index + 2:
                    yield from self._title(ctx, nxt, fmt)
            elif m := _DIEU.match(para.text.lstrip()):
                yield from self._dieu(ctx, para, m, fmt)
            elif _ROMAN.match(text) and fmt and ctx.anatomy.doc_type not in _LETTER_TYPES:
                yield from self._roman(ctx, para)

    def _label(self, ctx: Context, para: Paragraph, word: str, fmt: bool) -> Iterator[Finding]:
        problems_vi, problems_en = [], []
        if is_upper_text(word):
            problems_vi.append("in hoa")
            problems_en.append("upper case")
        if fmt and all_fmt(para, "bold") is False:
            problems_vi.append("không đậm")
            problems_en.append("not bold")
        if fmt and para.format.alignment not in (None, Alignment.CENTER):
            problems_vi.append("không canh giữa")
            problems_en.append("not centred")
        if problems_vi:
            en_word = _NAMES_EN.get(word.lower(), word)
            yield self.finding(
                ctx,
                vi=f"Dòng “{para.stripped}” {', '.join(problems_vi)}; phải là dòng riêng, canh "
                "giữa, chữ in thường, đậm (ví dụ “Chương I”).",
                en=f"{en_word} label “{para.stripped}” is {', '.join(problems_en)}; it must be "
                "its own centred line, lower case, bold (e.g. “Chương I”).",
                location=self.at(para),
            )

    def _missing_title(
        self, ctx: Context, para: Paragraph, word: str, nxt: Paragraph | None
    ) -> Finding:
        en_word = _NAMES_EN.get(word.lower(), word)
        label = para.stripped
        if nxt is None:
            after_vi, after_en = "không có dòng nào sau nó", "nothing follows it"
        else:
            after_vi = f"dòng tiếp theo là “{nxt.stripped[:40]}”"
            after_en = f"the next line is “{nxt.stripped[:40]}”"
        return self.finding(
            ctx,
            vi=f"“{label}” không có tiêu đề: {after_vi}. Phần, chương, mục, tiểu mục phải có "
            "tiêu đề riêng ngay dưới, canh giữa, in hoa, đậm.",
            en=f"{en_word} “{label}” has no title: {after_en}. A part, chapter, section or "
            "subsection needs its own title directly below it, centred, upper case, bold.",
            location=self.at(para),
        )

    def _title(self, ctx: Context, para: Paragraph, fmt: bool) -> Iterator[Finding]:
        problems_vi, problems_en = [], []
        if not is_upper_text(para.stripped):
            problems_vi.append("không in hoa")
            problems_en.append("not upper case")
        if fmt and all_fmt(para, "bold") is False:
            problems_vi.append("không đậm")
            problems_en.append("not bold")
        if fmt and para.format.alignment not in (None, Alignment.CENTER):
            problems_vi.append("không canh giữa")
            problems_en.append("not centred")
        if problems_vi:
            yield self.finding(
                ctx,
                vi=f"Tiêu đề “{para.stripped[:40]}” {', '.join(problems_vi)}; tiêu đề phần, "
                "chương, mục phải canh giữa, in hoa, đậm.",
                en=f"Heading title “{para.stripped[:40]}” is {', '.join(problems_en)}; it must "
                "be centred, upper case, bold.",
                location=self.at(para),
            )

    def _dieu(
        self, ctx: Context, para: Paragraph, m: re.Match[str], fmt: bool
    ) -> Iterator[Finding]:
        offset = len(para.text) - len(para.text.lstrip())
        label_end = offset + m.end(1)
        punct = m.group(2)
        if not para.text[offset + m.end() :].strip(" \t.:;,-–"):
            yield self._article_without_title(ctx, para, m.group(1), offset, label_end)
        if punct is None:
            return
        if punct == ":":
            pos = offset + m.start(2)
            yield self.finding(
                ctx,
                vi=f"“{m.group(1)}:” dùng dấu hai chấm; sau số điều phải là dấu chấm "
                f"(“{m.group(1)}.”).",
                en=f"“{m.group(1)}:” uses a colon; the article number is followed by a period.",
                location=self.at(para, pos, pos + 1),
                fix=Fix(
                    title=ctx.t("Đổi “:” thành “.”", "Change “:” to “.”"),
                    replacement=".",
                    safe=True,
                ),
            )
        if not fmt:
            return
        label_runs = [r for r in letter_runs(para) if r.start < label_end]
        if label_runs and not all(r.format.bold for r in label_runs):
            yield self.finding(
                ctx,
                vi=f"“{m.group(1)}” không in đậm; chữ “Điều” và số điều phải in đậm.",
                en=f"“{m.group(1)}” is not bold; the article label must be bold.",
                location=self.at(para, offset, label_end),
            )

    def _article_without_title(
        self, ctx: Context, para: Paragraph, label: str, start: int, end: int
    ) -> Finding:
        """ "Điều N." alone on its line: no title (PL I, II.6.d)."""
        if ctx.anatomy.doc_type in _CONTENT_ARTICLE_TYPES:
            return self.finding(
                ctx,
                vi=f"“{label}.” đứng một mình trên dòng, không có tiêu đề hay nội dung: điều phải "
                f"có tiêu đề (Phụ lục I, mục II.6.d); trong quyết định, nghị quyết, nội dung điều "
                f"viết tiếp ngay sau “{label}.” trên cùng dòng (mẫu 1.1, 1.2).",
                en=f"“{label}.” stands alone on its line with no title or text: an article has a "
                f"title (PL I, II.6.d); in a quyết định or nghị quyết the article's text follows "
                f"“{label}.” on the same line (Mẫu 1.1, 1.2).",
                location=self.at(para, start, end),
                severity=Severity.WARNING,
            )
        return self.finding(
            ctx,
            vi=f"“{label}.” không có tiêu đề: điều phải có tiêu đề, viết cùng dòng sau số điều "
            f"(ví dụ “{label}. Phạm vi điều chỉnh”; Phụ lục I, mục II.6.d).",
            en=f"“{label}.” has no title: an article has a title on the same line after its "
            f"number (e.g. “{label}. Phạm vi điều chỉnh”; PL I, II.6.d).",
            location=self.at(para, start, end),
        )

    def _roman(self, ctx: Context, para: Paragraph) -> Iterator[Finding]:
        problems_vi, problems_en = [], []
        body = para.stripped.split(".", 1)[1]
        if not is_upper_text(body):
            problems_vi.append("không in hoa")
            problems_en.append("not upper case")
        if all_fmt(para, "bold") is False:
            problems_vi.append("không đậm")
            problems_en.append("not bold")
        if problems_vi:
            yield self.finding(
                ctx,
                vi=f"Tiêu đề mục “{para.stripped[:40]}” {', '.join(problems_vi)}; số thứ tự "
                "La Mã và tiêu đề mục phải in hoa, đậm.",
                en=f"Section heading “{para.stripped[:40]}” is {', '.join(problems_en)}; it "
                "must be upper case and bold.",
                location=self.at(para),
                severity=Severity.WARNING,
            )
