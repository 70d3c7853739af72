"""What the routes share: the bounded runner, the result cache, option parsing and the jobs.

The jobs call the core (``linter.engine``, ``linter.inspect``, ``linter.content.tasks``,
``linter.fixer``); nothing here re-implements a check.

Concurrency. Reading and checking a draft is CPU-bound Python. The routes are ``async`` (they
read the upload in memory, see ``api.uploads``) and hand the work to :class:`Runner`: slots
guarded by a semaphore, plus a waiting room of ``queue`` requests per slot. A burst waits for a
slot instead of piling up (a request beyond the waiting room gets 503 at once), and the event
loop stays free for health checks and other requests. A request over the time limit gets 503;
its check cannot be stopped, so it finishes in the background, keeps its slot until then, and
its result still lands in the cache for the retry.

With one worker (``LINT_WORKERS=1``) the checks run in ``concurrency`` threads of the service's
own process. With several, they run in that many checking processes, and the service's process
chooses one for each check. (Processes that each accept their own connections share the load
badly: a busy process still accepts, and its clients wait while another process idles.) Each
process loads the NLP model once when it starts, and keeps its own caches of the paragraphs it
has analysed; the result cache and the corpus generation stay in the service's process.

A draft goes back to the process that checked it last (see :func:`draft_key`), unless that
process has more than one check more in hand than the least busy one. The add-in sends a draft
again and again while it is edited, and a process that has seen it recomputes only the edited
paragraphs (about 35 ms of CPU for a three-page draft); a process that has not seen it checks
it in full (about 120 ms). Sent to whichever process was free, every draft was checked in full
once in every process, and those checks made the slowest twentieth of the answers.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import datetime as dt
import gc
import hashlib
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, TypeVar

from api import errors
from api.settings import Settings
from api.uploads import FilePart, Form
from linter.lru import LRU

T = TypeVar("T")
log = logging.getLogger("api")

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
    """Run CPU-bound jobs in a bounded pool with a waiting room and a time limit.

    ``processes`` > 1: the checks (:meth:`check`) run in that many processes, each with its own
    :class:`Engine` built from ``settings``; ``concurrency`` is then two per process (one
    running, one handed over). Other jobs (:meth:`run`: the corpus store) run in a thread
    either way."""

    # Drafts whose process is remembered (a key is a few hundred bytes).
    HOMES = 4096

    def __init__(
        self,
        concurrency: int,
        queue: int,
        timeout_s: float,
        *,
        processes: int = 1,
        settings: Settings | None = None,
    ) -> None:
        self.processes = processes if processes > 1 and settings is not None else 1
        self.settings = settings
        # With processes, two checks per process are handed over at once: the next one already
        # waits in the process's queue when it finishes (measured with 8 clients: 42 → 51
        # checks/s; one per process left each idle while the result and the next check crossed
        # the serving process).
        self.concurrency = self.processes * 2 if self.processes > 1 else concurrency
        self.queue = queue * self.processes
        self.timeout_s = timeout_s
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        # One single-process executor per checking process, so that a check can be sent to
        # the process of its choice; their checks in hand, and the process of each draft.
        self._procs: list[concurrent.futures.ProcessPoolExecutor | None] = [None] * self.processes
        self._jobs = [0] * self.processes
        self._homes: LRU[Hashable, int] = LRU(self.HOMES)
        self._lock = threading.Lock()
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiting = 0
        self.running = 0
        self.process_ids: list[int] = []  # of the checking processes, once started
        self._ready: Any = None

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

    def _process(self, i: int) -> concurrent.futures.ProcessPoolExecutor:
        """The executor of checking process ``i``, started (again) if need be."""
        procs = self._procs[i]
        if procs is None:
            import multiprocessing

            context = multiprocessing.get_context("spawn")
            if self._ready is None:
                self._ready = context.Value("i", 0)  # processes that have finished starting
            procs = self._procs[i] = concurrent.futures.ProcessPoolExecutor(
                max_workers=1,
                mp_context=context,
                initializer=_start_process,
                initargs=(self.settings, self._ready),
            )
        return procs

    def start_processes(self, timeout_s: float = 300.0) -> None:
        """Start every checking process now (each loads the model as it starts) and wait until
        they are ready: the first checks then wait for nobody's start-up."""
        if self.processes <= 1:
            return
        futures = [
            self._process(i).submit(_process_ready, self.processes, timeout_s)
            for i in range(self.processes)
        ]
        self.process_ids = [f.result(timeout=timeout_s + 5) for f in futures]

    def choose(self, draft: Hashable | None) -> int:
        """The process for a check of ``draft`` (``None``: a document of its own): the one that
        checked it last, unless that one has more than one check more in hand than the least
        busy; otherwise the least busy, which becomes the draft's process."""
        with self._lock:
            least = min(range(self.processes), key=self._jobs.__getitem__)
            home = self._homes.get(draft) if draft is not None else None
            near = home is not None and self._jobs[home] <= self._jobs[least] + 1
            chosen = home if near and home is not None else least
            if draft is not None:
                self._homes.put(draft, chosen)
            self._jobs[chosen] += 1
            return chosen

    def _finished(self, i: int) -> None:
        with self._lock:
            self._jobs[i] -= 1

    def _broken(self, i: int, pool: concurrent.futures.ProcessPoolExecutor) -> None:
        """Checking process ``i`` died (killed, out of memory): its executor refuses every job
        from then on, so it is replaced (once, however many checks it failed); the checks it
        held get 503 and can be sent again."""
        if self._procs[i] is not pool:
            return  # already replaced
        self._procs[i] = None
        log.error("a checking process stopped unexpectedly; starting a new one")
        pool.shutdown(wait=False, cancel_futures=True)

    async def check(
        self,
        engine: Engine,
        method: str,
        *args: Any,
        draft: Hashable | None = None,
        on_done: Callable[[Any], None] | None = None,
    ) -> Any:
        """``engine.<method>(*args)`` in a slot: in a thread, or in a checking process (chosen
        by :meth:`choose` for ``draft``; with the corpus generation, so that a process forgets
        what it knew of a changed corpus). ``on_done`` receives the result when the job
        finishes, even past the time limit."""
        if self.processes > 1:
            from concurrent.futures.process import BrokenProcessPool

            used: list[tuple[int, concurrent.futures.ProcessPoolExecutor]] = []

            def start() -> concurrent.futures.Future[Any]:
                i = self.choose(draft)  # when the slot is free: the loads of that moment
                try:
                    pool = self._process(i)
                    used.append((i, pool))
                    future = pool.submit(_process_call, engine.corpus_generation, method, args)
                except BaseException:
                    self._finished(i)
                    raise
                future.add_done_callback(lambda _: self._finished(i))
                return future

            try:
                return await self._submit(start, on_done)
            except BrokenProcessPool:
                if used:
                    self._broken(*used[0])
                raise errors.busy() from None
        return await self._submit(
            lambda: self._executor().submit(getattr(engine, method), *args), on_done
        )

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` in a thread of this process, in a slot."""
        return await self._submit(lambda: self._executor().submit(fn, *args), None)

    async def _submit(
        self,
        start: Callable[[], concurrent.futures.Future[Any]],
        on_done: Callable[[Any], None] | None,
    ) -> Any:
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
            future = start()
        except BaseException:
            self.running -= 1
            slots.release()
            raise
        if on_done is not None:

            def deliver(f: concurrent.futures.Future[Any]) -> None:
                if not f.cancelled() and f.exception() is None:
                    on_done(f.result())

            future.add_done_callback(deliver)
        future.add_done_callback(release)  # the slot is free only when the job is
        try:
            async with asyncio.timeout_at(deadline):
                return await asyncio.shield(asyncio.wrap_future(future))
        except TimeoutError:
            raise errors.timeout(self.timeout_s) from None

    def shutdown(self, *, wait: bool = False) -> None:
        """Stop the pools (queued jobs are cancelled; with ``wait``, the running ones are
        waited for and the processes have ended on return); a later request starts new ones."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        procs, self._procs = self._procs, [None] * self.processes
        for p in procs:
            if p is not None:
                p.shutdown(wait=wait, cancel_futures=True)
        if wait:
            self._ready = None  # its semaphore is released with them


# -- the pool processes -----------------------------------------------------------------------

_PROCESS_ENGINE: Engine | None = None
_PROCESS_GENERATION = 0
_PROCESS_READY: Any = None  # the pool's count of started processes (see Runner.start_processes)


def _start_process(settings: Settings, ready: Any) -> None:
    """Initializer of a pool process: its own engine, its corpus store, the NLP model."""
    global _PROCESS_ENGINE, _PROCESS_READY
    from api.main import configure_process_logging, load_engine, warm_engine

    _PROCESS_READY = ready
    configure_process_logging(settings.log_level)
    # A little below the serving process, which must hand over the next check and answer the
    # last one without waiting behind two busy checks on two CPUs (edited drafts at 8 clients,
    # alternating runs: p95 200–253 ms with it, 256–324 ms without).
    with contextlib.suppress(OSError):
        os.nice(5)
    threading.Thread(
        target=_exit_with_parent, args=(os.getppid(),), name="parent-watch", daemon=True
    ).start()
    _PROCESS_ENGINE = load_engine(settings)
    warm_engine(_PROCESS_ENGINE)
    with ready.get_lock():
        ready.value += 1


def _exit_with_parent(
    parent: int, interval_s: float = 2.0, exit: Callable[[int], object] = os._exit
) -> None:
    """End this pool process when the service's process is gone (killed, out of memory): an
    orphan would otherwise wait for jobs forever, holding its memory."""
    while os.getppid() == parent:
        time.sleep(interval_s)
    log.warning("worker %d: the service's process is gone; ending", os.getpid())
    exit(0)


def _process_ready(count: int, timeout_s: float) -> int:
    """Wait (up to ``timeout_s``) until ``count`` processes have started; this one's PID."""
    ready = _PROCESS_READY
    stop = time.monotonic() + timeout_s
    while ready is not None and ready.value < count and time.monotonic() < stop:
        time.sleep(0.02)
    return os.getpid()


def _process_call(generation: int, method: str, args: tuple[Any, ...]) -> Any:
    global _PROCESS_GENERATION
    engine = _PROCESS_ENGINE
    if engine is None:  # pragma: no cover - the initializer failed, and said why in the log
        raise RuntimeError("pool process without an engine")
    if generation != _PROCESS_GENERATION:
        _PROCESS_GENERATION = generation
        if engine.corpus is not None:
            engine.corpus.forget()  # a document may have been replaced under the same ID
    try:
        return getattr(engine, method)(*args)
    finally:
        _settle()


# A full collection once in this many checks (see ``_settle``).
FULL_COLLECTION_EVERY = 1000
_PROCESS_CALLS = 0


def _settle() -> None:
    """After each check in a checking process: collect the young generations (the check's own
    reference cycles, if any) and freeze what survives, mostly the entries it added to the
    caches of paragraphs, analyses and tasks.

    Frozen objects are freed as usual when nothing refers to them any more; the collector only
    stops walking them. Left in its generations, each check's survivors were walked again and
    again: every ~30 edited drafts a middle-generation pass of 30–60 ms, and on new drafts
    full passes of about 110 ms, landing on whichever check was running. Frozen after each
    check, they cost ~0.1 ms (an edited draft) to ~2 ms (a new one) there, and nothing later.
    Cycles that become garbage only once frozen (none was seen in checks of real or generated
    drafts) are caught by a full collection once in ``FULL_COLLECTION_EVERY`` checks."""
    global _PROCESS_CALLS
    _PROCESS_CALLS += 1
    if _PROCESS_CALLS % FULL_COLLECTION_EVERY == 0:
        gc.unfreeze()
        gc.collect()
    else:
        gc.collect(1)
    gc.freeze()


# -- the result cache -------------------------------------------------------------------------


class ResultCache(LRU[Hashable, Any]):
    """A small LRU of finished results (JSON-ready dicts), keyed by file hash + options, that
    counts its hits and misses."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, default: Any = None) -> Any | None:  # type: ignore[override]
        if self.size <= 0:
            return None
        value = super().get(key)
        if value is None:
            self.misses += 1
            return default
        self.hits += 1
        return value


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# The author and the creation time of docProps/core.xml: Word writes them when a document is
# made and keeps them through edits and saves (the time of the last save, the revision and
# the last author change).
_CORE_IDENTITY = re.compile(
    rb"<dc:creator>([^<]{0,256})</dc:creator>|<dcterms:created\b[^>]{0,128}>([^<]{0,64})<"
)


def draft_key(data: bytes, name: str) -> tuple[str, bytes]:
    """Which draft an upload is a version of, as far as a look at a few hundred bytes can tell
    (the process a check goes to, see :meth:`Runner.choose`): its name, with the author and
    creation time of its docProps/core.xml. Two versions of one draft share them; drafts of
    one name (the add-in calls an unsaved document "van-ban.docx") differ by creation time.
    An upload without that part, or not a zip at all, is known by its name only."""
    from linter.errors import ReadError
    from linter.reader import read_part

    try:
        core = read_part(data, "docProps/core.xml", name=name) or b""
    except ReadError:
        core = b""  # not a zip, damaged: the check itself will say so
    identity = b"|".join(a + b for a, b in _CORE_IDENTITY.findall(core[:65536]))
    return name, identity


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

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a pool process, re-raised here
        return (type(self), (self.code, self.message, self.message_en))


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

    def lint_body(
        self, data: bytes, name: str, opts: LintOptions, parents: list[FilePart]
    ) -> dict[str, Any]:
        """The one-file JSON + gate (what /v1/lint answers)."""
        return self.lint(data, name, opts, parents)[0]

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
