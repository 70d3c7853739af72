"""Every error of the API is ``{"error": {"code", "message"}}`` with a Vietnamese message.

Never FastAPI's default ``{"detail": ...}``, never a stack trace, never a bare 500: the handlers
installed by :func:`install` turn validation errors, HTTP errors and anything unexpected into
that shape (design.md, HTTP API). ``message_en`` is added for English-speaking integrators.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("api")


class ApiError(Exception):
    """An error answered to the client as JSON."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        message_en: str = "",
        *,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message_en or message)
        self.status = status
        self.code = code
        self.message = message
        self.message_en = message_en or message
        self.headers = headers

    def body(self) -> dict[str, Any]:
        return {
            "error": {"code": self.code, "message": self.message, "message_en": self.message_en}
        }

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


# -- the errors of the contract ---------------------------------------------------------------


def too_large(limit: int) -> ApiError:
    mb = limit / (1024 * 1024)
    shown = f"{mb:.0f} MB" if mb >= 1 else f"{limit} byte"
    return ApiError(
        413,
        "too_large",
        f"Tệp gửi lên quá lớn: dịch vụ chỉ nhận tối đa {shown} mỗi yêu cầu.",
        f"The upload is too large: at most {shown} per request.",
    )


def wrong_type(detail_vi: str, detail_en: str) -> ApiError:
    return ApiError(
        415,
        "unsupported_type",
        f"Chỉ nhận tệp Word .docx. {detail_vi}".strip(),
        f"Only Word .docx files are accepted. {detail_en}".strip(),
    )


def missing_field(name: str) -> ApiError:
    return ApiError(
        422,
        "missing_field",
        f"Thiếu trường “{name}” trong yêu cầu.",
        f"The field '{name}' is missing.",
    )


def invalid_field(name: str, vi: str, en: str) -> ApiError:
    return ApiError(
        422,
        "invalid_field",
        f"Trường “{name}” không hợp lệ: {vi}",
        f"Invalid field '{name}': {en}",
    )


def timeout(seconds: float) -> ApiError:
    return ApiError(
        503,
        "timeout",
        f"Quá thời gian xử lý cho phép ({seconds:g} giây). Vui lòng thử lại sau.",
        f"The request took longer than the limit ({seconds:g} s). Please retry later.",
        headers={"Retry-After": "5"},
    )


def busy() -> ApiError:
    return ApiError(
        503,
        "busy",
        "Dịch vụ đang bận (quá nhiều yêu cầu đang chờ). Vui lòng thử lại sau ít giây.",
        "The service is busy (too many requests waiting). Please retry in a few seconds.",
        headers={"Retry-After": "2"},
    )


def unauthorised() -> ApiError:
    return ApiError(
        401,
        "unauthorized",
        "Thiếu hoặc sai khóa truy cập (tiêu đề X-API-Key).",
        "Missing or wrong API key (header X-API-Key).",
        headers={"WWW-Authenticate": "X-API-Key"},
    )


_STATUS_VI = {
    400: ("bad_request", "Yêu cầu không hợp lệ.", "Bad request."),
    401: ("unauthorized", "Chưa xác thực.", "Not authenticated."),
    403: ("forbidden", "Không có quyền truy cập.", "Forbidden."),
    404: ("not_found", "Không tìm thấy địa chỉ này.", "Not found."),
    405: (
        "method_not_allowed",
        "Phương thức HTTP không được hỗ trợ ở địa chỉ này.",
        "Method not allowed here.",
    ),
    406: ("not_acceptable", "Không trả về được định dạng yêu cầu.", "Not acceptable."),
    413: ("too_large", "Yêu cầu quá lớn.", "Request too large."),
    415: ("unsupported_type", "Kiểu dữ liệu không được hỗ trợ.", "Unsupported media type."),
    422: ("invalid_field", "Dữ liệu gửi lên không hợp lệ.", "Invalid request data."),
    429: ("too_many_requests", "Quá nhiều yêu cầu.", "Too many requests."),
}


def _validation_message(exc: RequestValidationError) -> ApiError:
    errors = exc.errors()
    first = errors[0] if errors else {}
    loc = [str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path", "header")]
    name = ".".join(loc) or "?"
    if first.get("type") == "missing":
        return missing_field(name)
    return invalid_field(
        name,
        "giá trị không đúng kiểu hoặc ngoài phạm vi cho phép.",
        str(first.get("msg", "invalid value")),
    )


def install(app: FastAPI) -> None:
    """Register the handlers that keep every error in the contract's shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _validation_message(exc).response()

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, vi, en = _STATUS_VI.get(
            exc.status_code, ("error", "Yêu cầu không xử lý được.", "Request failed.")
        )
        status = exc.status_code if 400 <= exc.status_code < 600 else 400
        if status >= 500:
            status, code = 503, "unavailable"
            vi, en = (
                "Dịch vụ tạm thời không xử lý được yêu cầu.",
                "Service temporarily unavailable.",
            )
        return ApiError(status, code, vi, en, headers=getattr(exc, "headers", None)).response()

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log_unexpected(request.url.path, exc)
        return internal_error().response()


def internal_error() -> ApiError:
    # Not 500 (design.md): the service itself is fine; this request could not be completed.
    return ApiError(
        503,
        "internal",
        "Dịch vụ gặp lỗi nội bộ khi xử lý yêu cầu này; các yêu cầu khác vẫn được phục vụ. "
        "Vui lòng báo cho quản trị hệ thống.",
        "The service hit an internal error on this request; other requests are still served. "
        "Please tell the administrator.",
    )


def log_unexpected(path: str, exc: BaseException) -> None:
    """Log where it failed, not what it said: an exception's message may quote the draft."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in reversed(frames[-6:])
    )
    log.error("unexpected %s on %s at %s", type(exc).__name__, path, where)


__all__ = [
    "ApiError",
    "busy",
    "install",
    "internal_error",
    "invalid_field",
    "log_unexpected",
    "missing_field",
    "timeout",
    "too_large",
    "unauthorised",
    "wrong_type",
]
