"""What the routes share: the bounded runner, the result cache, option parsing and the jobs.

The jobs call the core (``linter.engine``, ``linter.inspect``, ``linter.content.tasks``,
``linter.fixer``); nothing here re-implements a check.

Concurrency. Reading and checking a draft is CPU-bound Python. The routes are ``async`` (they
read the upload in memory, see ``api.uploads``) and hand the work to :class:`Runner`: a thread
pool of ``concurrency`` threads guarded by a semaphore, plus a waiting room of ``queue``
requests. A burst waits for a slot instead of piling up (a request beyond the waiting room gets
503 at once), and the event loop stays free for health checks and other requests. A request over
the time limit gets 503; its check cannot be killed (a thread), so it finishes in the background,
keeps its slot until then, and its result still lands in the cache for the retry.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, TypeVar

from api import errors
from api.settings import Settings
from api.uploads import FilePart, Form

T = TypeVar("T")

DOCX_TYPES = {
    "",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/octet-stream",
    "application/zip",
    "application/x-zip-compressed",
    "binary/octet-stream",
}
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc, or a password-protected .docx


# -- the bounded runner -----------------------------------------------------------------------


class Runner:
    """Run CPU-bound jobs in a bounded pool with a waiting room and a time limit."""

    def __init__(self, concurrency: int, queue: int, timeout_s: float) -> None:
        self.concurrency = concurrency
        self.queue = queue
        self.timeout_s = timeout_s
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiting = 0
        self.running = 0

    @property
    def waiting(self) -> int:
        return self._waiting

    def _semaphore(self, loop: asyncio.AbstractEventLoop) -> asyncio.Semaphore:
        # Bound to the loop that uses it; an app served again on a new loop (a test client
        # entered twice) starts with fresh slots.
        if self._slots is None or self._loop is not loop:
            self._slots = asyncio.Semaphore(self.concurrency)
            self._loop = loop
            self._waiting = 0
        return self._slots

    def _executor(self) -> concurrent.futures.ThreadPoolExecutor:
        if self._pool is None:
            self._pool = concurrent.futures.ThreadPoolExecutor(
                max_workers=self.concurrency, thread_name_prefix="lint"
            )
        return self._pool

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout_s
        slots = self._semaphore(loop)
        if slots.locked() and self._waiting >= self.queue:
            raise errors.busy()
        self._waiting += 1
        try:
            try:
                async with asyncio.timeout_at(deadline):
                    await slots.acquire()
            except TimeoutError:
                raise errors.timeout(self.timeout_s) from None
        finally:
            self._waiting -= 1
        self.running += 1

        def release(_: object) -> None:
            def _release() -> None:
                self.running -= 1
                slots.release()

            try:
                loop.call_soon_threadsafe(_release)
            except RuntimeError:  # that loop is closed: the app was shut down meanwhile
                self.running = max(0, self.running - 1)

        try:
            future = self._executor().submit(fn, *args)
        except BaseException:
            self.running -= 1
            slots.release()
            raise
        future.add_done_callback(release)  # the slot is free only when the thread is
        try:
            async with asyncio.timeout_at(deadline):
                return await asyncio.shield(asyncio.wrap_future(future))
        except TimeoutError:
            raise errors.timeout(self.timeout_s) from None

    def shutdown(self) -> None:
        """Stop the pool (queued jobs are cancelled); a later request starts a new one."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


# -- the result cache -------------------------------------------------------------------------


class ResultCache:
    """A small LRU of finished results (JSON-ready dicts), keyed by file hash + options."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> Any | None:
        if self.size <= 0:
            return None
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: Hashable, value: Any) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# -- checking the upload ----------------------------------------------------------------------


def require_docx(form: Form, name: str = "file") -> FilePart:
    """The uploaded .docx of field ``name``: 422 when missing, 415 when clearly not a .docx.

    A file named ``.docx`` goes to the reader even when its bytes are wrong, so a damaged or
    password-protected draft gets the reader's own VB001 explanation (422). Without a ``.docx``
    name (the add-in sends a blob), the content must look like a Word file.
    """
    part = form.file(name)
    if part is None:
        if form.text(name) is not None:
            raise errors.invalid_field(
                name, "cần gửi một tệp, không phải một chuỗi.", "a file is expected, not text."
            )
        raise errors.missing_field(name)
    check_docx(part)
    return part


def check_docx(part: FilePart) -> None:
    suffix = PurePath(part.filename).suffix.lower() if part.filename else ""
    if suffix == ".docx":
        return
    if suffix == ".doc":
        raise errors.wrong_type(
            f"“{part.filename}” là tệp Word 97-2003 (.doc): hãy mở bằng Word và lưu lại "
            "thành .docx.",
            f"'{part.filename}' is a Word 97-2003 file: open it in Word and save it as .docx.",
        )
    # Names that say nothing about the content (a blob, a client that names a zip by its bytes:
    # a .docx is a zip) are judged by content, like a nameless upload.
    if suffix and suffix not in (".blob", ".bin", ".tmp", ".zip"):
        raise errors.wrong_type(
            f"Tệp “{part.filename}” có đuôi {suffix}.", f"'{part.filename}' ends in {suffix}."
        )
    media = part.content_type.split(";")[0].strip()
    if media not in DOCX_TYPES:
        raise errors.wrong_type(f"Kiểu dữ liệu gửi lên là {media}.", f"The upload is {media}.")
    if not (part.data.startswith(ZIP_MAGIC) or part.data.startswith(OLE_MAGIC)):
        raise errors.wrong_type(
            "Nội dung gửi lên không phải tệp Word.", "The content is not a Word file."
        )


def check_parent(part: FilePart) -> None:
    """A parent (extra file) is a .docx or a plain-text .txt: 415 otherwise, naming it."""
    if display_name(part).lower().endswith(".txt"):
        return
    try:
        check_docx(part)
    except errors.ApiError as exc:
        name = display_name(part)
        raise errors.ApiError(
            415,
            exc.code,
            f"Tệp căn cứ (parent) “{name}”: chỉ nhận .docx hoặc .txt. {exc.message}",
            f"Parent file '{name}': only .docx or .txt. {exc.message_en}",
        ) from None


def display_name(part: FilePart) -> str:
    """The file name to show in results: the base name, never a client's path."""
    name = PurePath(part.filename.replace("\\", "/")).name if part.filename else ""
    return name or "document.docx"


# -- options ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LintOptions:
    stage: str = "draft"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    lang: str = "vi"
    today: dt.date | None = None

    def key(self) -> tuple[Any, ...]:
        today = self.today or dt.date.today()
        return (self.stage, self.select, self.ignore, self.fail_on, self.lang, today.isoformat())


def _choice(form: Form, name: str, choices: tuple[str, ...], default: str | None) -> str | None:
    value = form.text(name)
    if value is None:
        return default
    if value.lower() not in choices:
        allowed = ", ".join(choices)
        raise errors.invalid_field(
            name, f"“{value}” (chỉ nhận: {allowed}).", f"'{value}' (accepted: {allowed})."
        )
    return value.lower()


def _codes(form: Form, name: str) -> tuple[str, ...]:
    from linter.config import Config, ConfigError, split_codes

    codes = split_codes(form.texts(name))
    if not codes:
        return ()
    try:
        if name == "select":
            Config().with_overrides(select=codes)
        else:
            Config().with_overrides(ignore=codes)
    except ConfigError as exc:
        raise errors.invalid_field(name, exc.message, exc.message_en) from None
    return tuple(codes)


def parse_lang(form: Form) -> str:
    return _choice(form, "lang", ("vi", "en"), "vi") or "vi"


def parse_today(form: Form) -> dt.date | None:
    value = form.text("today")
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise errors.invalid_field(
            "today", f"“{value}” không đúng dạng YYYY-MM-DD.", f"'{value}' is not YYYY-MM-DD."
        ) from None


def parse_lint_options(form: Form) -> LintOptions:
    return LintOptions(
        stage=_choice(form, "stage", ("draft", "issued"), "draft") or "draft",
        select=_codes(form, "select"),
        ignore=_codes(form, "ignore"),
        fail_on=_choice(form, "fail_on", ("error", "warning", "info"), None),
        lang=parse_lang(form),
        today=parse_today(form),
    )


# -- the jobs (run in the pool) ---------------------------------------------------------------


class Unreadable(Exception):
    """The reader refused the upload: carried back to the event loop as a 422."""

    def __init__(self, code: str, message: str, message_en: str) -> None:
        super().__init__(message_en)
        self.code, self.message, self.message_en = code, message, message_en


def unreadable_error(exc: Unreadable, what: str = "") -> errors.ApiError:
    prefix_vi = f"{what}: " if what else ""
    return errors.ApiError(422, exc.code, prefix_vi + exc.message, prefix_vi + exc.message_en)


def read_document(data: bytes, name: str) -> Any:
    from linter.errors import ReadError
    from linter.reader import read_docx

    try:
        return read_docx(data, name=name)
    except ReadError as exc:
        raise Unreadable(exc.code or "VB001", exc.message, exc.message_en) from None


def read_parent(part: FilePart) -> Any:
    """A parent (extra file): a .docx, or a plain-text .txt (one paragraph per line)."""
    name = display_name(part)
    if name.lower().endswith(".txt"):
        from linter.textreader import read_text

        try:
            text = part.data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise Unreadable(
                "VB001",
                f"“{name}” không phải văn bản UTF-8.",
                f"'{name}' is not UTF-8 text.",
            ) from None
        return read_text(text, name=name)
    return read_document(part.data, name)


@dataclass
class Engine:
    """The service's view of the core: configuration, corpus store, and the jobs."""

    settings: Settings
    config: Any  # linter.config.Config
    corpus: Any = None  # linter.corpus.store.CorpusStore, or None (the default store)
    corpus_generation: int = 0  # bumped on every corpus change (part of the cache key)

    def store(self) -> Any:
        """The corpus store (opened on first use: the configured path, else the default)."""
        if self.corpus is None:
            from linter.corpus.store import CorpusStore, default_path

            self.corpus = CorpusStore(self.settings.corpus_path or default_path())
        return self.corpus

    def corpus_changed(self) -> None:
        self.corpus_generation += 1

    def _config(self, opts: LintOptions) -> Any:
        return self.config.with_overrides(
            select=list(opts.select), ignore=list(opts.ignore), fail_on=opts.fail_on
        )

    def lint(
        self, data: bytes, name: str, opts: LintOptions, parents: list[FilePart]
    ) -> tuple[dict[str, Any], Any]:
        """The one-file JSON + gate; also the FileResult (for /v1/fix)."""
        from linter.engine import lint_document

        doc = read_document(data, name)
        parent_docs = []
        for part in parents:
            try:
                parent_docs.append(read_parent(part))
            except Unreadable as exc:
                raise Unreadable(
                    exc.code,
                    f"Tệp căn cứ (parent) “{display_name(part)}”: {exc.message}",
                    f"Parent file '{display_name(part)}': {exc.message_en}",
                ) from None
        config = self._config(opts)
        result = lint_document(
            doc,
            config=config,
            stage=opts.stage,
            lang=opts.lang,
            today=opts.today,
            parents=parent_docs,
            corpus=self.corpus,
            path=name,
        )
        body = result.to_dict()
        body["gate"] = {"pass": not result.fails(config.fail_on), "fail_on": config.fail_on.value}
        return body, result

    def inspect(self, data: bytes, name: str, today: dt.date | None) -> dict[str, Any]:
        from linter.anatomy import analyse
        from linter.content.tasks import extract_tasks
        from linter.inspect import inspect_dict

        doc = read_document(data, name)
        anatomy = analyse(doc, today=today, profile=self.config.profile)
        return inspect_dict(doc, anatomy, list(extract_tasks(doc, anatomy)))

    def tasks(self, data: bytes, name: str, today: dt.date | None) -> list[dict[str, Any]]:
        from linter.anatomy import analyse
        from linter.content.tasks import extract_tasks

        doc = read_document(data, name)
        anatomy = analyse(doc, today=today, profile=self.config.profile)
        return [t.to_dict() for t in extract_tasks(doc, anatomy)]

    def fix(self, data: bytes, name: str, opts: LintOptions) -> tuple[bytes, int, int]:
        from linter.fixer import FixError, apply_fixes

        _, result = self.lint(data, name, opts, [])
        try:
            report = apply_fixes(data, result.findings, doc=result.doc)
        except FixError:
            raise Unreadable(
                "VB001",
                f"Không ghi được bản sửa của “{name}”.",
                f"Cannot write the fixed copy of '{name}'.",
            ) from None
        return report.data, report.applied, report.skipped


__all__ = [
    "Engine",
    "LintOptions",
    "ResultCache",
    "Runner",
    "Unreadable",
    "check_docx",
    "check_parent",
    "digest",
    "display_name",
    "parse_lang",
    "parse_lint_options",
    "parse_today",
    "read_parent",
    "require_docx",
    "unreadable_error",
]
