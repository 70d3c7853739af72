"""Read a multipart/form-data body into memory, never onto disk.

Starlette's own form parser spools every upload over 1 MB to a temporary file; drafts are
confidential (design.md), so the API reads the body itself with python-multipart, in memory, and
stops as soon as the body passes the size limit (413). A ``Content-Length`` over the limit is
refused before a byte is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from api import errors

MAX_FIELD_BYTES = 64 * 1024  # a text field (stage, select, ...)
MAX_PARTS = 64


@dataclass
class FilePart:
    field: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class Form:
    fields: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, list[FilePart]] = field(default_factory=dict)

    def text(self, name: str) -> str | None:
        """The last value of a text field, stripped; None when absent or blank."""
        values = self.fields.get(name)
        if not values:
            return None
        value = values[-1].strip()
        return value or None

    def texts(self, name: str) -> list[str]:
        return [v for v in self.fields.get(name, []) if v.strip()]

    def file(self, name: str) -> FilePart | None:
        found = self.files.get(name)
        return found[0] if found else None


def _bad_body(vi: str, en: str) -> errors.ApiError:
    return errors.ApiError(
        400, "bad_request", f"Dữ liệu gửi lên không hợp lệ: {vi}", f"Bad body: {en}"
    )


class _Collector:
    """python-multipart callbacks that build a :class:`Form`."""

    def __init__(self) -> None:
        self.form = Form()
        self.parts = 0
        self._header_field = bytearray()
        self._header_value = bytearray()
        self._headers: dict[bytes, bytes] = {}
        self._data = bytearray()
        self._name = ""
        self._filename: str | None = None
        self._type = ""

    # parser callbacks -----------------------------------------------------------------------

    def on_part_begin(self) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            raise _bad_body("quá nhiều trường.", "too many parts.")
        self._headers = {}
        self._data = bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        self._headers[bytes(self._header_field).lower()] = bytes(self._header_value)
        self._header_field.clear()
        self._header_value.clear()

    def on_headers_finished(self) -> None:
        disposition = self._headers.get(b"content-disposition")
        if disposition is None:
            raise _bad_body(
                "một phần thiếu Content-Disposition.", "a part has no Content-Disposition."
            )
        _, options = parse_options_header(disposition)
        self._name = _decode(options.get(b"name", b""))
        raw_filename = options.get(b"filename")
        self._filename = _decode(raw_filename) if raw_filename is not None else None
        self._type = _decode(self._headers.get(b"content-type", b"")).strip().lower()
        if self._filename is None and self._type and not self._type.startswith("text/"):
            self._filename = ""  # binary content without a file name is still a file

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        self._data += data[start:end]
        if self._filename is None and len(self._data) > MAX_FIELD_BYTES:
            raise _bad_body(f"trường “{self._name}” quá dài.", f"field '{self._name}' too long.")

    def on_part_end(self) -> None:
        if self._filename is None:
            try:
                text = self._data.decode("utf-8")
            except UnicodeDecodeError:
                raise errors.invalid_field(
                    self._name, "không phải văn bản UTF-8.", "not UTF-8 text."
                ) from None
            self.form.fields.setdefault(self._name, []).append(text)
        else:
            part = FilePart(self._name, self._filename, self._type, bytes(self._data))
            self.form.files.setdefault(self._name, []).append(part)
        self._data = bytearray()


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


async def _read_urlencoded(request: Request, max_bytes: int) -> Form:
    """A form without files (what a browser sends when no file was picked)."""
    from urllib.parse import parse_qsl

    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > min(max_bytes, MAX_FIELD_BYTES * MAX_PARTS):
            raise errors.too_large(max_bytes)
    form = Form()
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_PARTS)
    except (UnicodeDecodeError, ValueError):
        raise _bad_body("form không đọc được.", "unreadable form.") from None
    for name, value in pairs:
        form.fields.setdefault(name, []).append(value)
    return form


async def read_form(request: Request, max_bytes: int) -> Form:
    """The multipart form of ``request``, in memory. Errors: 413, 415, 400."""
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    if content_type == b"application/x-www-form-urlencoded":
        return await _read_urlencoded(request, max_bytes)
    if content_type != b"multipart/form-data":
        raise errors.wrong_type(
            "Hãy gửi tệp theo dạng multipart/form-data, trường “file”.",
            "Send the file as multipart/form-data, field 'file'.",
        )
    boundary = options.get(b"boundary")
    if not boundary:
        raise _bad_body("thiếu boundary của multipart.", "multipart boundary missing.")
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            length = int(declared)
        except ValueError:
            raise _bad_body("Content-Length sai.", "bad Content-Length.") from None
        if length > max_bytes:
            raise errors.too_large(max_bytes)
    collector = _Collector()
    callbacks = {
        name: getattr(collector, name)
        for name in (
            "on_part_begin",
            "on_part_data",
            "on_part_end",
            "on_header_field",
            "on_header_value",
            "on_header_end",
            "on_headers_finished",
        )
    }
    try:
        parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
    except (ValueError, MultipartParseError):
        raise _bad_body("boundary sai.", "bad boundary.") from None
    received = 0
    try:
        async for chunk in request.stream():
            received += len(chunk)
            if received > max_bytes:
                raise errors.too_large(max_bytes)
            if chunk:
                parser.write(chunk)
        parser.finalize()
    except MultipartParseError:
        raise _bad_body("multipart hỏng.", "malformed multipart.") from None
    return collector.form


__all__ = ["FilePart", "Form", "read_form"]
