"""Helpers of the capitalisation rules (Phụ lục II)."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Fix
from linter.model import Paragraph
from linter.rule import Context
from rules.layout._common import part_paragraphs


def write_fix(ctx: Context, right: str) -> Fix:
    """The safe fix that writes a word with its right capitals."""
    return Fix(title=ctx.t(f"Viết “{right}”", f"Write “{right}”"), replacement=right, safe=True)


def cited_text_paragraphs(ctx: Context) -> Iterator[Paragraph]:
    """The căn cứ and nội dung paragraphs, each once, whose text is NFC (match offsets then
    hold for the text as written; a decomposed text is VB301's)."""
    return _nfc_paragraphs(ctx, ("can_cu", "noi_dung"), tables=True)


def running_text_paragraphs(ctx: Context) -> Iterator[Paragraph]:
    """The trích yếu, căn cứ and nội dung paragraphs outside tables, each once, whose text is
    NFC (match offsets then hold for the text as written)."""
    return _nfc_paragraphs(ctx, ("trich_yeu", "can_cu", "noi_dung"), tables=False)


def _nfc_paragraphs(ctx: Context, names: tuple[str, ...], *, tables: bool) -> Iterator[Paragraph]:
    seen: set[int] = set()
    for name in names:
        for para in part_paragraphs(ctx, name):
            if para.index in seen or (para.cell is not None and not tables):
                continue
            if para.nfc != para.text:
                continue
            seen.add(para.index)
            yield para


def capitalised(word: str) -> str:
    """The word with its first letter in capitals, the rest as written."""
    return word[:1].upper() + word[1:]
