"""Errors the core raises for inputs it cannot use.

``ReadError`` is the only exception the readers raise for bad input: the CLI reports it as
VB001 with exit code 2, the API as HTTP 422. ``message`` is Vietnamese, ``message_en`` English.
"""

from __future__ import annotations


class ReadError(Exception):
    """A file that cannot be read as a document (code VB001)."""

    def __init__(self, message: str, message_en: str = "", *, code: str = "VB001") -> None:
        super().__init__(message_en or message)
        self.code = code
        self.message = message
        self.message_en = message_en or message

    def text(self, lang: str = "vi") -> str:
        """The message in the user's language."""
        return self.message_en if lang == "en" else self.message

    def to_dict(self, lang: str = "vi") -> dict[str, str]:
        """The JSON error object of design.md: ``{"code", "message"}``."""
        return {"code": self.code, "message": self.text(lang)}

    def __repr__(self) -> str:
        return f"ReadError({self.code!r}, {self.message_en!r})"
