"""Plain-text reader: a ``Document`` with one paragraph per non-blank line.

Used for corpus documents that exist only as text (e.g. extracted from PDF). The model is the
same as for .docx, without formatting (``has_formatting=False``).

Indexes: blank lines (empty or only whitespace) do not become paragraphs, and the paragraphs are
numbered 0, 1, 2, ... in order, so ``doc.paragraphs[i].index == i`` always holds, as for .docx.
A paragraph's index is therefore *not* its line number; use :func:`line_numbers` to map back.
Each paragraph's text is the line as written (leading indentation kept, since columns of a
two-column header are laid out with spaces), without the line break and trailing whitespace.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from linter.model import Document, Paragraph, Run, RunFormat, Story

_NO_FORMAT = RunFormat()


def _lines(text: str) -> list[str]:
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Form feeds separate pages in text extracted from PDF: treat them as line breaks.
    return text.replace("\f", "\n").split("\n")


def line_numbers(text: str) -> list[int]:
    """0-based source line number of each paragraph ``read_text(text)`` makes, in order."""
    return [n for n, line in enumerate(_lines(text)) if line.strip()]


def read_text(text: str, *, name: str = "") -> Document:
    """Build a formatting-free ``Document`` from plain text (UTF-8 BOM and CRLF accepted)."""
    paragraphs: list[Paragraph] = []
    for line in _lines(text):
        line = line.rstrip()
        if not line.strip():
            continue
        paragraphs.append(
            Paragraph(
                index=len(paragraphs),
                text=line,
                runs=(Run(text=line, start=0, format=_NO_FORMAT),),
                story=Story.BODY,
                nfc=unicodedata.normalize("NFC", line),
            )
        )
    return Document(paragraphs=tuple(paragraphs), has_formatting=False, source_name=name)


def read_text_file(path: str | Path) -> Document:
    """Read a UTF-8 text file (BOM allowed) into a ``Document``."""
    p = Path(path)
    return read_text(p.read_bytes().decode("utf-8", errors="replace"), name=p.name)


__all__ = ["line_numbers", "read_text", "read_text_file"]
