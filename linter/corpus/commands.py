"""``lint corpus add|list|show|remove``: manage the reference documents.

``run(argv, lang=...)`` returns the exit code: 0 on success, 2 on any error (design.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from linter.content.normalize import TYPE_NAMES
from linter.corpus.loader import TYPE_LABELS, CorpusError, RefDoc, parse_reference_text
from linter.corpus.store import CorpusStore, DocInfo, default_path


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise CorpusError(f"Lệnh không hợp lệ: {message}", f"Invalid command: {message}")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lint corpus", description="Kho văn bản tham chiếu (văn bản cấp trên).")
    p.add_argument("--corpus", help="tệp kho (SQLite); mặc định LINT_CORPUS hoặc thư mục dữ liệu")
    sub = p.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="thêm văn bản (.docx hoặc .txt)")
    add.add_argument("file")
    add.add_argument("--number", help="số, ký hiệu, ví dụ 226-KL/TW")
    add.add_argument("--type", dest="doc_type", help="loại văn bản, ví dụ ket_luan")
    add.add_argument("--date", help="ngày ban hành YYYY-MM-DD")
    add.add_argument("--issuer", help="cơ quan ban hành")
    add.add_argument("--title", help="trích yếu")
    add.add_argument("--replace", action="store_true", help="thay văn bản cùng số, ký hiệu")
    lst = sub.add_parser("list", help="liệt kê")
    lst.add_argument("--format", choices=("text", "json"), default="text")
    show = sub.add_parser("show", help="xem một văn bản (ID hoặc số, ký hiệu)")
    show.add_argument("ref")
    show.add_argument("--format", choices=("text", "json"), default="text")
    rm = sub.add_parser("remove", help="xóa một văn bản (ID hoặc số, ký hiệu)")
    rm.add_argument("ref")
    return p


def run(
    argv: Sequence[str],
    *,
    lang: str = "vi",
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run one corpus command; 0 on success, 2 on error."""
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(argv)
    try:
        args = _parser().parse_args(argv)
        path = Path(args.corpus).expanduser() if args.corpus else default_path()
        with CorpusStore(path) as store:
            if args.command == "add":
                return _add(store, args, out, lang)
            if args.command == "list":
                return _list(store, args.format, out, lang)
            if args.command == "show":
                return _show(store, args.ref, args.format, out, lang)
            return _remove(store, args.ref, out, lang)
    except CorpusError as exc:
        print(("Lỗi: " if lang != "en" else "Error: ") + exc.text(lang), file=err)
        return 2
    except OSError as exc:
        msg = f"không mở được kho văn bản: {exc}"
        msg_en = f"cannot open the corpus: {exc}"
        print(("Lỗi: " + msg) if lang != "en" else ("Error: " + msg_en), file=err)
        return 2


def _t(lang: str, vi: str, en: str) -> str:
    return en if lang == "en" else vi


def read_refdoc(path: Path) -> RefDoc:
    """A reference document from a .txt (front-matter format or plain text) or a .docx file."""
    if not path.is_file():
        raise CorpusError(f"không tìm thấy tệp {path}.", f"file not found: {path}.")
    suffix = path.suffix.lower()
    if suffix == ".txt":
        text = path.read_text(encoding="utf-8-sig")
        if text.lstrip().startswith("+++"):
            return parse_reference_text(text, source=path.name)
        from linter.textreader import read_text

        doc = read_text(text, name=path.name)
    elif suffix == ".docx":
        from linter.errors import ReadError
        from linter.reader import read_docx

        try:
            doc = read_docx(path, name=path.name)
        except ReadError as exc:
            raise CorpusError(exc.message, exc.message_en) from None
    else:
        raise CorpusError(
            f"{path.name}: chỉ nhận tệp .docx hoặc .txt.", f"{path.name}: only .docx or .txt."
        )
    from linter.corpus.resolve import refdoc_from_document

    return refdoc_from_document(doc, source=path.name)


def _add(store: CorpusStore, args: argparse.Namespace, out: TextIO, lang: str) -> int:
    ref = read_refdoc(Path(args.file))
    if args.number:
        ref.number = args.number.strip()
    if args.doc_type:
        slug = TYPE_NAMES.get(args.doc_type.strip().lower(), args.doc_type.strip())
        ref.doc_type = slug
    if args.date:
        try:
            ref.date = dt.date.fromisoformat(args.date)
        except ValueError:
            raise CorpusError(
                f"ngày “{args.date}” không đúng dạng YYYY-MM-DD.",
                f"date “{args.date}” is not YYYY-MM-DD.",
            ) from None
    if args.issuer:
        ref.issuer = args.issuer
    if args.title:
        ref.title = args.title
    if not ref.number:
        raise CorpusError(
            f"{Path(args.file).name}: không xác định được số, ký hiệu văn bản; hãy ghi rõ bằng "
            "--number (ví dụ --number 226-KL/TW).",
            f"{Path(args.file).name}: no number-symbol found; give it with --number.",
        )
    same = [
        d
        for d in store.lookup(ref.number)
        if not ref.doc_type or d.doc_type in (None, ref.doc_type)
    ]
    if same and not args.replace:
        raise CorpusError(
            f"kho đã có {same[0].label} (ID {same[0].id}); dùng --replace để thay.",
            f"the corpus already holds {same[0].label} (ID {same[0].id}); use --replace.",
        )
    for d in same:
        store.remove(d.id)
    doc_id = store.add(ref)
    print(
        _t(
            lang,
            f"Đã thêm {ref.label} (ID {doc_id}, {len(ref.paragraphs)} đoạn) vào kho {store.path}.",
            f"Added {ref.label} (ID {doc_id}, {len(ref.paragraphs)} paragraphs) to {store.path}.",
        ),
        file=out,
    )
    return 0


def _line(info: DocInfo) -> str:
    date = info.date.strftime("%d/%m/%Y") if info.date else "—"
    kind = TYPE_LABELS.get(info.doc_type or "", info.doc_type or "—")
    title = (info.title or "").strip()
    if len(title) > 60:
        title = title[:59] + "…"
    return f"{info.id:>5}  {info.number or '—':<18} {kind:<12} {date:<10}  {title}"


def _list(store: CorpusStore, fmt: str, out: TextIO, lang: str) -> int:
    docs = store.list()
    if fmt == "json":
        json.dump([d.to_dict() for d in docs], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    head = _t(
        lang,
        "   ID  Số, ký hiệu        Loại         Ngày        Trích yếu",
        "   ID  Number             Type         Date        Title",
    )
    print(head, file=out)
    for d in docs:
        print(_line(d), file=out)
    print(
        _t(
            lang,
            f"{len(docs)} văn bản trong kho {store.path}.",
            f"{len(docs)} document(s) in {store.path}.",
        ),
        file=out,
    )
    return 0


def _one(store: CorpusStore, ref: str) -> DocInfo:
    found = store.find(ref)
    if not found:
        raise CorpusError(
            f"không có văn bản “{ref}” trong kho.", f"no document “{ref}” in the corpus."
        )
    if len(found) > 1:
        ids = ", ".join(str(d.id) for d in found)
        raise CorpusError(
            f"“{ref}” khớp nhiều văn bản (ID {ids}); hãy dùng ID.",
            f"“{ref}” matches several documents (IDs {ids}); use the ID.",
        )
    return found[0]


def _show(store: CorpusStore, ref: str, fmt: str, out: TextIO, lang: str) -> int:
    info = _one(store, ref)
    paras = store.paragraphs(info.id)
    if fmt == "json":
        data = info.to_dict()
        data["body"] = [{"clause": c, "text": t} for t, c in paras]
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    rows = [
        (_t(lang, "ID", "ID"), str(info.id)),
        (_t(lang, "Số, ký hiệu", "Number"), info.number or "—"),
        (_t(lang, "Loại", "Type"), TYPE_LABELS.get(info.doc_type or "", info.doc_type or "—")),
        (_t(lang, "Ngày", "Date"), info.date.strftime("%d/%m/%Y") if info.date else "—"),
        (_t(lang, "Cơ quan ban hành", "Issuer"), info.issuer or "—"),
        (_t(lang, "Trích yếu", "Title"), info.title or "—"),
        (_t(lang, "Nguồn", "Source"), info.source or "—"),
        (_t(lang, "Đoạn", "Paragraphs"), str(info.paragraphs)),
    ]
    for k, v in rows:
        print(f"{k}: {v}", file=out)
    clauses = list(dict.fromkeys(c for _, c in paras if c))
    if clauses:
        print(_t(lang, "Các mục: ", "Clauses: ") + ", ".join(clauses), file=out)
    print(file=out)
    for text, clause in paras:
        print(f"[{clause or '-'}] {text}", file=out)
    return 0


def _remove(store: CorpusStore, ref: str, out: TextIO, lang: str) -> int:
    info = _one(store, ref)
    store.remove(info.id)
    print(
        _t(
            lang,
            f"Đã xóa {info.label} (ID {info.id}) khỏi kho.",
            f"Removed {info.label} (ID {info.id}) from the corpus.",
        ),
        file=out,
    )
    return 0


__all__ = ["read_refdoc", "run"]
