"""The ``lint`` command (design.md, CLI contract).

    lint FILE_OR_DIR...        lint .docx files (directories: every *.docx inside, recursively)
    lint inspect FILE          the anatomy          lint tasks FILE     the task table
    lint rules                 the rule list        lint explain CODE   a rule's documentation
    lint fix FILE -o OUT       safe fixes as tracked changes, into a new file
    lint serve                 the HTTP service     lint corpus ...     the reference documents

Subcommand names win over file names (``lint ./rules`` lints a folder called rules). Exit codes:
2 if an input could not be read or the call is wrong; else 1 if a finding is at or above
``--fail-on``; else 0. ``--exit-zero`` turns 1 into 0, never 2.

Importing this module imports no NLP library and no web framework: the subcommands that need
them import them when they run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import re
import sys
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, NoReturn, TextIO

from linter import __version__, i18n
from linter.config import Config, ConfigError, load_config, resolve_config, split_codes
from linter.engine import FileResult, exit_code
from linter.finding import Severity

SUBCOMMANDS = ("inspect", "tasks", "rules", "explain", "fix", "serve", "corpus")

_ARGPARSE_VI = [
    (r"^unrecognized arguments: (.*)$", "tham số không hợp lệ: {0}"),
    (
        r"^argument (\S+): invalid choice: (.*) \(choose from (.*)\)$",
        "tham số {0}: giá trị {1} không hợp lệ (chọn một trong: {2})",
    ),
    (r"^the following arguments are required: (.*)$", "thiếu tham số bắt buộc: {0}"),
    (r"^argument (\S+): expected one argument$", "tham số {0}: cần một giá trị"),
    (r"^argument (\S+): invalid (\w+) value: (.*)$", "tham số {0}: giá trị không hợp lệ {2}"),
]


class UsageError(Exception):
    """A wrong call: printed in the user's language, exit 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, with its error messages in Vietnamese (unless ``--lang en``) and exit 2."""

    lang = "vi"

    def error(self, message: str) -> NoReturn:
        if self.lang != "en":
            for pattern, template in _ARGPARSE_VI:
                m = re.match(pattern, message)
                if m:
                    message = template.format(*m.groups())
                    break
        self.print_usage(sys.stderr)
        word = i18n.t("error_prefix", self.lang)
        sys.stderr.write(f"{self.prog}: {word}: {message}\n")
        raise SystemExit(2)


def _peek_lang(argv: Sequence[str]) -> str:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "vi"
        if a.startswith("--lang="):
            return "en" if a.split("=", 1)[1] == "en" else "vi"
    return "vi"


def _parser(prog: str, description: str, lang: str) -> _Parser:
    p = _Parser(prog=prog, description=description, add_help=False)
    p.lang = lang
    p.add_argument(
        "-h", "--help", action="help", help="hiện trợ giúp này" if lang != "en" else "show help"
    )
    p.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ thông báo (vi|en)")
    return p


def _err(message: str, stream: TextIO | None = None) -> None:
    (stream or sys.stderr).write(message.rstrip("\n") + "\n")


def _fail(message: str, lang: str) -> int:
    _err(f"lint: {i18n.t('error_prefix', lang)}: {message}")
    return 2


def _today(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(value) from None


# -- optional components (other parts of the product, imported lazily) -------------------------


def _optional(module: str, attr: str, what: str, lang: str) -> Any:
    """``module.attr``, or a UsageError saying the component is not available yet."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            raise UsageError(i18n.t("not_available", lang, what=what)) from None
        raise
    if not hasattr(mod, attr):
        raise UsageError(i18n.t("not_available", lang, what=what))
    return getattr(mod, attr)


# -- collecting inputs -------------------------------------------------------------------------


def collect_inputs(args: Sequence[str]) -> list[tuple[Path, bool]]:
    """Each input as (path, exists). Directories give their *.docx files, sorted, recursively,
    skipping Word's ``~$`` lock files and hidden folders; an explicit file is taken as given."""
    out: list[tuple[Path, bool]] = []
    seen: set[Path] = set()
    for raw in args:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*.docx")
                if p.is_file()
                and not p.name.startswith("~$")
                and not any(part.startswith(".") for part in p.relative_to(path).parts[:-1])
            )
            for p in found:
                if p not in seen:
                    seen.add(p)
                    out.append((p, True))
        elif path.exists():
            if path not in seen:
                seen.add(path)
                out.append((path, True))
        else:
            out.append((path, False))
    return out


# -- the lint command ----------------------------------------------------------------------------


def _lint_parser(lang: str) -> _Parser:
    p = _parser(
        "lint",
        "Kiểm tra thể thức văn bản hành chính và văn bản của Đảng (.docx)."
        if lang != "en"
        else "Check Vietnamese State and Party documents (.docx).",
        lang,
    )
    p.add_argument("paths", nargs="*", metavar="FILE_OR_DIR", help="tệp .docx hoặc thư mục")
    p.add_argument("--format", choices=("text", "json", "sarif", "junit"), default="text")
    p.add_argument("--fail-on", choices=("error", "warning", "info"), default=None)
    p.add_argument("--exit-zero", action="store_true", help="mã thoát 1 thành 0 (không đổi mã 2)")
    p.add_argument("--select", action="append", default=[], metavar="CODES")
    p.add_argument("--ignore", action="append", default=[], metavar="CODES")
    p.add_argument("--config", metavar="FILE", help="tệp cấu hình (lint.toml hoặc pyproject.toml)")
    p.add_argument("--stage", choices=("draft", "issued"), default="draft")
    p.add_argument("--parent", action="append", default=[], metavar="FILE")
    p.add_argument("--corpus", metavar="PATH", help="kho văn bản tham chiếu")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="số tiến trình song song")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="ngày kiểm tra (mặc định: hôm nay)")
    p.add_argument("--version", action="version", version=f"vblint {__version__}")
    return p


@cache
def _read_parents(paths: tuple[str, ...]) -> tuple[Any, ...]:
    from linter.reader import read_path

    return tuple(read_path(p) for p in paths)


def _lint_one(job: tuple[str, str, Config, dict[str, Any], tuple[str, ...]]) -> FileResult:
    """Worker: lint one file (top-level so a process pool can pickle it)."""
    from linter.engine import lint_path

    path, shown, config, kwargs, parent_paths = job
    parents = _read_parents(parent_paths) if parent_paths else ()
    # The model stays in the worker: only the findings travel back.
    return lint_path(path, display=shown, config=config, parents=parents, **kwargs).without_model()


def _not_found(path: Path, lang: str) -> FileResult:
    from linter.engine import FileError

    return FileResult(
        path=str(path), error=FileError("VB001", i18n.t("not_found", lang, path=path))
    )


class _Progress:
    """A one-line progress bar on stderr, only on a terminal and only for batches."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled

    def step(self, name: str) -> None:
        if not self.enabled:
            return
        self.done += 1
        width = 30
        filled = width * self.done // self.total
        bar = "█" * filled + "░" * (width - filled)
        sys.stderr.write(f"\r{bar} {self.done}/{self.total} {name[-40:]:<40}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 80 + "\r")
            sys.stderr.flush()


def run_lint(ns: argparse.Namespace) -> tuple[list[FileResult], Severity]:
    """Lint every input of the command line; results in input order."""
    lang = ns.lang
    select, ignore = split_codes(ns.select), split_codes(ns.ignore)
    explicit = load_config(ns.config) if ns.config else None
    today = _today(ns.today)
    parent_paths = tuple(str(Path(p)) for p in ns.parent)
    if parent_paths:
        from linter.errors import ReadError

        for p in parent_paths:
            try:
                _read_parents((p,))
            except ReadError as exc:
                raise UsageError(
                    i18n.t("parent_unreadable", lang, path=p, message=exc.text(lang))
                ) from None
            except OSError as exc:
                raise UsageError(
                    i18n.t("parent_unreadable", lang, path=p, message=exc.strerror or str(exc))
                ) from None
    inputs = collect_inputs(ns.paths)
    if not inputs:
        raise UsageError(i18n.t("no_docx", lang, path=", ".join(ns.paths)))
    configs: dict[Path, Config] = {}
    jobs: list[tuple[str, str, Config, dict[str, Any], tuple[str, ...]] | None] = []
    results: list[FileResult | None] = []
    run_fail_on: Severity | None = None
    kwargs = {"stage": ns.stage, "lang": lang, "today": today, "corpus": ns.corpus}
    for path, exists in inputs:
        if not exists:
            results.append(_not_found(path, lang))
            jobs.append(None)
            continue
        if explicit is not None:
            base = explicit
        else:
            key = path.resolve().parent
            if key not in configs:
                configs[key] = resolve_config(path)
            base = configs[key]
        config = base.with_overrides(select=select, ignore=ignore, fail_on=ns.fail_on)
        run_fail_on = run_fail_on or config.fail_on
        results.append(None)
        jobs.append((str(path), str(path), config, kwargs, parent_paths))
    todo = [(i, job) for i, job in enumerate(jobs) if job is not None]
    progress = _Progress(len(todo), enabled=len(todo) > 1 and sys.stderr.isatty())
    n_jobs = ns.jobs if ns.jobs > 0 else (os.cpu_count() or 1)
    if n_jobs > 1 and len(todo) > 1:
        from concurrent.futures import ProcessPoolExecutor, as_completed

        with ProcessPoolExecutor(max_workers=min(n_jobs, len(todo))) as pool:
            futures = {pool.submit(_lint_one, job): i for i, job in todo}
            for fut in as_completed(futures):
                i = futures[fut]
                results[i] = fut.result()
                progress.step(results[i].path)  # type: ignore[union-attr]
    else:
        for i, job in todo:
            results[i] = _lint_one(job)
            progress.step(job[1])
    progress.close()
    final = [r for r in results if r is not None]
    fail_on = run_fail_on or (Severity(ns.fail_on) if ns.fail_on else Severity.ERROR)
    return final, fail_on


def _use_color(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def cmd_lint(argv: list[str], lang: str) -> int:
    ns = _lint_parser(lang).parse_args(argv)
    if not ns.paths:
        return _fail(i18n.t("no_input", ns.lang), ns.lang)
    results, fail_on = run_lint(ns)
    code = exit_code(results, fail_on, exit_zero=ns.exit_zero)
    from linter.report import render

    text = render(
        results,
        ns.format,
        lang=ns.lang,
        fail_on=fail_on,
        color=ns.format == "text" and _use_color(ns.color),
        exit_code=code,
    )
    sys.stdout.write(text)
    sys.stdout.flush()
    return code


# -- rules, explain ----------------------------------------------------------------------------


def cmd_rules(argv: list[str], lang: str) -> int:
    p = _parser("lint rules", "Danh sách quy tắc.", lang)
    p.add_argument("--format", choices=("text", "json"), default="text")
    ns = p.parse_args(argv)
    from linter.engine import all_meta

    metas = all_meta()
    if ns.format == "json":
        import json

        rows = [
            {
                "code": m.code,
                "name": m.name,
                "severity": m.severity.value,
                "summary": m.summary_en if ns.lang == "en" and m.summary_en else m.summary,
                "fixable": m.fixable,
                "source": m.source or None,
            }
            for m in metas
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    lines = [i18n.t("rules_header", ns.lang)]
    for m in metas:
        summary = m.summary_en if ns.lang == "en" and m.summary_en else m.summary
        sev = i18n.severity_word(m.severity, ns.lang)
        lines.append(f"{m.code:<6} {m.name:<37} {sev:<10} {summary}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def cmd_explain(argv: list[str], lang: str) -> int:
    p = _parser("lint explain", "Tài liệu của một quy tắc.", lang)
    p.add_argument("code", metavar="CODE")
    ns = p.parse_args(argv)
    from linter.engine import rule_meta

    meta = rule_meta(ns.code)
    if meta is None:
        return _fail(i18n.t("unknown_code", ns.lang, code=ns.code), ns.lang)
    sev = i18n.severity_word(meta.severity, ns.lang)
    head = f"{meta.code} {meta.name} ({sev})"
    sys.stdout.write(f"{head}\n{'=' * len(head)}\n\n{meta.doc}\n")
    return 0


# -- inspect, tasks ------------------------------------------------------------------------------


def _read_for_command(path: str, lang: str, today: dt.date | None) -> tuple[Any, Any]:
    from linter.errors import ReadError

    reader = _optional("linter.reader", "read_path", "đọc tệp .docx", lang)
    analyse = _optional("linter.anatomy", "analyse", "phân tích cấu trúc (anatomy)", lang)
    if not Path(path).exists():
        raise UsageError(i18n.t("not_found", lang, path=path))
    try:
        doc = reader(path)
    except ReadError as exc:
        raise UsageError(f"[{exc.code}] {exc.text(lang)}") from None
    return doc, analyse(doc, today=today)


def cmd_inspect(argv: list[str], lang: str) -> int:
    p = _parser("lint inspect", "Cấu trúc (các thành phần thể thức) của văn bản.", lang)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=("json", "text"), default="text")
    p.add_argument("--today", metavar="YYYY-MM-DD")
    ns = p.parse_args(argv)
    inspect_dict = _optional("linter.inspect", "inspect_dict", "lint inspect", ns.lang)
    render_text = _optional("linter.inspect", "render_text", "lint inspect", ns.lang)
    doc, anatomy = _read_for_command(ns.file, ns.lang, _today(ns.today))
    tasks = _tasks_or_none(doc, anatomy)
    if ns.format == "json":
        import json

        data = inspect_dict(doc, anatomy, tasks)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_call_render_text(render_text, doc, anatomy, tasks, ns.lang))
    return 0


def _tasks_or_none(doc: Any, anatomy: Any) -> list[Any] | None:
    try:
        extract = _optional("linter.content.tasks", "extract_tasks", "lint tasks", "vi")
    except UsageError:
        return None
    return list(extract(doc, anatomy))


def _call_render_text(
    render_text: Callable[..., str], doc: Any, anatomy: Any, tasks: Any, lang: str
) -> str:
    import inspect

    params = inspect.signature(render_text).parameters
    kwargs: dict[str, Any] = {}
    if "lang" in params:
        kwargs["lang"] = lang
    if "tasks" in params:
        kwargs["tasks"] = tasks
    text = render_text(doc, anatomy, **kwargs)
    return text if text.endswith("\n") else text + "\n"


def cmd_tasks(argv: list[str], lang: str) -> int:
    p = _parser("lint tasks", "Bảng nhiệm vụ (sáu rõ) trích từ văn bản.", lang)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.add_argument("--today", metavar="YYYY-MM-DD")
    ns = p.parse_args(argv)
    extract = _optional("linter.content.tasks", "extract_tasks", "lint tasks", ns.lang)
    render = _optional("linter.content.tasks", "render", "lint tasks", ns.lang)
    doc, anatomy = _read_for_command(ns.file, ns.lang, _today(ns.today))
    text = render(list(extract(doc, anatomy)), ns.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


# -- fix ------------------------------------------------------------------------------------------


def cmd_fix(argv: list[str], lang: str) -> int:
    p = _parser(
        "lint fix", "Ghi các chỉnh sửa an toàn vào một tệp mới, dạng theo dõi thay đổi.", lang
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--select", action="append", default=[], metavar="CODES")
    p.add_argument("--ignore", action="append", default=[], metavar="CODES")
    p.add_argument("--config", metavar="FILE")
    p.add_argument("--stage", choices=("draft", "issued"), default="draft")
    p.add_argument("--today", metavar="YYYY-MM-DD")
    ns = p.parse_args(argv)
    src, dst = Path(ns.file), Path(ns.output)
    if not src.exists():
        return _fail(i18n.t("not_found", ns.lang, path=src), ns.lang)
    if src.resolve() == dst.resolve() or (dst.exists() and dst.samefile(src)):
        return _fail(i18n.t("fix_same", ns.lang, path=dst), ns.lang)
    base = load_config(ns.config) if ns.config else resolve_config(src)
    config = base.with_overrides(select=split_codes(ns.select), ignore=split_codes(ns.ignore))
    from linter.engine import lint_path
    from linter.fixer import FixError, fix_file

    result = lint_path(src, config=config, stage=ns.stage, lang=ns.lang, today=_today(ns.today))
    if result.error is not None:
        return _fail(f"[{result.error.code}] {result.error.message}", ns.lang)
    try:
        report = fix_file(src, dst, result.findings, doc=result.doc)
    except FixError as exc:
        return _fail(str(exc), ns.lang)
    key = "fix_written" if report.applied else "fix_none"
    sys.stdout.write(i18n.t(key, ns.lang, n=report.applied, path=dst) + "\n")
    return 0


# -- serve, corpus ----------------------------------------------------------------------------


def cmd_serve(argv: list[str], lang: str) -> int:
    p = _parser("lint serve", "Chạy dịch vụ HTTP (API và trang bổ trợ Word).", lang)
    p.add_argument("--host", default=None, help="mặc định LINT_HOST hoặc 127.0.0.1")
    p.add_argument("--port", type=int, default=None, help="mặc định LINT_PORT hoặc 8000")
    ns = p.parse_args(argv)
    run = _optional("api.main", "run", "lint serve", ns.lang)
    return int(run(host=ns.host, port=ns.port) or 0)


def cmd_corpus(argv: list[str], lang: str) -> int:
    lang = _peek_lang(argv)
    run = _optional("linter.corpus.commands", "run", "lint corpus", lang)
    rest = [a for i, a in enumerate(argv) if not _is_lang_arg(argv, i)]
    return int(run(rest, lang=lang))


def _is_lang_arg(argv: Sequence[str], i: int) -> bool:
    a = argv[i]
    return a.startswith("--lang=") or a == "--lang" or (i > 0 and argv[i - 1] == "--lang")


_COMMANDS: dict[str, Callable[[list[str], str], int]] = {
    "inspect": cmd_inspect,
    "tasks": cmd_tasks,
    "rules": cmd_rules,
    "explain": cmd_explain,
    "fix": cmd_fix,
    "serve": cmd_serve,
    "corpus": cmd_corpus,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    lang = _peek_lang(args)
    try:
        if args and args[0] in _COMMANDS:
            return _COMMANDS[args[0]](args[1:], lang)
        return cmd_lint(args, lang)
    except ConfigError as exc:
        return _fail(exc.text(lang), lang)
    except UsageError as exc:
        return _fail(str(exc), lang)
    except argparse.ArgumentTypeError as exc:
        return _fail(
            f"ngày không hợp lệ (cần YYYY-MM-DD): {exc}"
            if lang != "en"
            else f"invalid date (YYYY-MM-DD expected): {exc}",
            lang,
        )
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
