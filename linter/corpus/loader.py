"""Reading reference documents: the hand-editable ``corpus/reference/*.txt`` format and drafts.

A reference file is UTF-8 text: a TOML block between two ``+++`` lines, then the body, one
paragraph per line (blank lines ignored). See ``corpus/reference/README.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linter.content.copy import derive_clauses
from linter.content.normalize import TYPE_NAMES

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "corpus" / "reference"

# doc_type slug → Vietnamese name, for messages ("Kết luận 226-KL/TW").
TYPE_LABELS: dict[str, str] = {slug: name.capitalize() for name, slug in TYPE_NAMES.items()}

_KNOWN_KEYS = {"type", "number", "date", "issuer", "title", "clauses", "source"}


class CorpusError(Exception):
    """A reference document or a corpus command that cannot be used (exit code 2)."""

    def __init__(self, message: str, message_en: str = "") -> None:
        super().__init__(message_en or message)
        self.message = message
        self.message_en = message_en or message

    def text(self, lang: str = "vi") -> str:
        return self.message_en if lang == "en" else self.message


@dataclass
class RefDoc:
    """A reference document ready to be stored."""

    number: str | None
    doc_type: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    clauses: list[str | None] = field(default_factory=list)
    source: str = ""  # where it came from (file name, citation of the publication)

    def __post_init__(self) -> None:
        if not self.clauses:
            self.clauses = derive_clauses(self.paragraphs)

    @property
    def label(self) -> str:
        name = TYPE_LABELS.get(self.doc_type or "", "")
        return f"{name} {self.number}".strip() if self.number else (name or self.source)

    def digest(self) -> str:
        h = hashlib.sha256()
        for part in (self.number or "", self.title or "", *self.paragraphs):
            h.update(part.encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()


def parse_reference_text(text: str, *, source: str = "") -> RefDoc:
    """Parse the front-matter format. Raises CorpusError with the reason."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    lines = text.splitlines()
    meta: dict[str, Any] = {}
    body = lines
    if lines and lines[0].strip() == "+++":
        try:
            end = next(i for i in range(1, len(lines)) if lines[i].strip() == "+++")
        except StopIteration:
            raise CorpusError(
                f"{source}: thiếu dòng “+++” đóng khối thông tin văn bản.",
                f"{source}: the metadata block has no closing “+++” line.",
            ) from None
        try:
            meta = tomllib.loads("\n".join(lines[1:end]))
        except tomllib.TOMLDecodeError as exc:
            raise CorpusError(
                f"{source}: khối thông tin văn bản không đúng cú pháp TOML ({exc}).",
                f"{source}: the metadata block is not valid TOML ({exc}).",
            ) from None
        body = lines[end + 1 :]
    unknown = set(meta) - _KNOWN_KEYS
    if unknown:
        names = ", ".join(sorted(unknown))
        raise CorpusError(
            f"{source}: khóa không được hỗ trợ: {names}.", f"{source}: unknown keys: {names}."
        )
    paragraphs = [line.strip() for line in body if line.strip()]
    if not paragraphs:
        raise CorpusError(f"{source}: không có nội dung văn bản.", f"{source}: the body is empty.")
    date = meta.get("date")
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            raise CorpusError(
                f"{source}: ngày “{date}” không đúng dạng YYYY-MM-DD.",
                f"{source}: date “{date}” is not YYYY-MM-DD.",
            ) from None
    doc = RefDoc(
        number=meta.get("number"),
        doc_type=meta.get("type"),
        date=date if isinstance(date, dt.date) else None,
        issuer=meta.get("issuer"),
        title=meta.get("title"),
        paragraphs=paragraphs,
        source=meta.get("source") or source,
    )
    declared = meta.get("clauses")
    if declared is not None:
        found = list(dict.fromkeys(c for c in doc.clauses if c is not None))
        if [str(c) for c in declared] != found:
            raise CorpusError(
                f"{source}: các mục khai báo {declared} khác với các mục đánh số trong văn bản "
                f"{found}.",
                f"{source}: declared clauses {declared} differ from the numbered clauses {found}.",
            )
    return doc


def load_reference_file(path: Path) -> RefDoc:
    return parse_reference_text(path.read_text(encoding="utf-8"), source=path.name)


def reference_files(directory: Path | None = None) -> list[Path]:
    """The reference documents shipped with the product (sorted)."""
    directory = directory or REFERENCE_DIR
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob("*.txt") if p.is_file())


__all__ = [
    "REFERENCE_DIR",
    "TYPE_LABELS",
    "CorpusError",
    "RefDoc",
    "load_reference_file",
    "parse_reference_text",
    "reference_files",
]
