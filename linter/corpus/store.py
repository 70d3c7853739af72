"""The corpus store: reference documents and their n-gram index in one SQLite file.

Where it lives: ``--corpus PATH`` (the CLI) or the ``LINT_CORPUS`` environment variable, else
``$XDG_DATA_HOME/vblint/corpus.sqlite`` (``~/.local/share/vblint/corpus.sqlite``). The reference
documents shipped in ``corpus/reference/`` are added the first time a store is opened, and again
only when a shipped file changes (a document the user removed is not brought back).

The index maps each word 3-gram (hashed to 64 bits) of a document's body to the documents that
contain it (``post``: hash → df, packed document ids). It is updated on ``add`` and ``remove`` and
never rebuilt per lint; ``candidates()`` reads only the rows of the draft's own n-grams and skips
n-grams found in too many documents (stock phrases), so a lint does not scan the corpus.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import threading
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from linter.content.copy import NGRAM, Parent, ParentUnit, shingles
from linter.content.normalize import parse_reference, words
from linter.corpus.loader import (
    TYPE_LABELS,
    RefDoc,
    load_reference_file,
    reference_files,
)
from linter.lru import LRU

SCHEMA_VERSION = "1"
_CHUNK = 500  # SQLite host parameters per IN (...) query

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY,
    number TEXT, number_key TEXT, so TEXT, symbol TEXT,
    type TEXT, date TEXT, issuer TEXT, title TEXT,
    source TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT 'user',
    digest TEXT NOT NULL, added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_so ON docs (so);
CREATE TABLE IF NOT EXISTS units (
    doc_id INTEGER NOT NULL REFERENCES docs (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, clause TEXT, text TEXT NOT NULL,
    norm TEXT NOT NULL DEFAULT '',  -- normalised words, space-separated (linter.content.normalize)
    PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS post (h INTEGER PRIMARY KEY, df INTEGER NOT NULL, ids BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS seeded (name TEXT PRIMARY KEY, digest TEXT NOT NULL);
"""


def default_path() -> Path:
    """``LINT_CORPUS``, else the user's data directory (XDG)."""
    env = os.environ.get("LINT_CORPUS")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "vblint" / "corpus.sqlite"


def shingle_hash(g: Sequence[str]) -> int:
    """A stable signed 64-bit hash of one n-gram (stable across processes, unlike ``hash``)."""
    digest = hashlib.blake2b("\x1f".join(g).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def doc_hashes(paragraphs: Iterable[str], n: int = NGRAM) -> set[int]:
    out: set[int] = set()
    for text in paragraphs:
        out.update(shingle_hash(g) for g in shingles(words(text), n))
    return out


@dataclass(frozen=True, slots=True)
class DocInfo:
    id: int
    number: str | None
    doc_type: str | None
    date: dt.date | None
    issuer: str | None
    title: str | None
    source: str
    origin: str  # "reference" (shipped) | "user"
    added: str
    paragraphs: int = 0

    @property
    def label(self) -> str:
        name = TYPE_LABELS.get(self.doc_type or "", "")
        return f"{name} {self.number}".strip() if self.number else (name or f"#{self.id}")

    def to_dict(self) -> dict[str, object]:
        """The JSON shape shown by ``lint corpus list --format json`` and ``GET /v1/corpus``."""
        return {
            "id": self.id,
            "number": self.number,
            "type": self.doc_type,
            "date": self.date.isoformat() if self.date else None,
            "issuer": self.issuer,
            "title": self.title,
            "origin": self.origin,
            "paragraphs": self.paragraphs,
            "added": self.added,
            "source": self.source,
        }


# How long a process waits for another that holds the corpus (seeding a new store can take a
# few seconds on a loaded machine; several service workers open the same file at start-up).
BUSY_TIMEOUT_S = 120.0


@contextmanager
def _process_lock(path: str) -> Iterator[None]:
    """Hold an exclusive lock on ``<path>.lock`` (POSIX ``flock``) so that only one process at a
    time creates, migrates or seeds the store; elsewhere (Windows) SQLite's own busy wait is
    the only guard."""
    if path == ":memory:":
        yield
        return
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    with open(path + ".lock", "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class CorpusStore:
    """One SQLite corpus. Thread-safe for the API's thread pool (one lock per store); several
    processes may open the same file (a lock file serialises creation and seeding)."""

    def __init__(
        self,
        path: str | Path = ":memory:",
        *,
        seed: bool = True,
        reference_dir: Path | None = None,
    ) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_S
        )
        self._lock = threading.RLock()
        self._parents: LRU[int, Parent] = LRU(64)
        with _process_lock(self.path), self._lock:
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute(
                "PRAGMA journal_mode = WAL"
                if self.path != ":memory:"
                else "PRAGMA journal_mode = MEMORY"
            )
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.executescript(_SCHEMA)
            self._db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,)
            )
            if seed:
                self.seed(reference_dir)

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def seed(self, reference_dir: Path | None = None) -> int:
        """Add shipped reference documents not yet added (or changed since). Returns the count."""
        added = 0
        for path in reference_files(reference_dir):
            ref = load_reference_file(path)
            digest = ref.digest()
            row = self._db.execute(
                "SELECT digest FROM seeded WHERE name = ?", (path.name,)
            ).fetchone()
            if row and row[0] == digest:
                continue
            with self._lock:
                if row:  # the shipped file changed: replace the old shipped version
                    for info in self.lookup(ref.number or ""):
                        if info.origin == "reference":
                            self.remove(info.id)
                self.add(ref, origin="reference")
                self._db.execute(
                    "INSERT OR REPLACE INTO seeded (name, digest) VALUES (?, ?)",
                    (path.name, digest),
                )
            added += 1
        return added

    # -- writing ---------------------------------------------------------------------------

    def add(self, ref: RefDoc, *, origin: str = "user") -> int:
        """Store one document and index it. Returns its id."""
        return self.add_many([ref], origin=origin)[0]

    def add_many(self, refs: Sequence[RefDoc], *, origin: str = "user") -> list[int]:
        """Store and index several documents in one transaction (fast path for bulk loads)."""
        ids: list[int] = []
        postings: dict[int, list[int]] = {}
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self._lock:
            empty = self._db.execute("SELECT 1 FROM post LIMIT 1").fetchone() is None
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for ref in refs:
                    parsed = parse_reference(ref.number) if ref.number else None
                    cur = self._db.execute(
                        "INSERT INTO docs (number, number_key, so, symbol, type, date, issuer,"
                        " title, source, origin, digest, added)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            ref.number,
                            parsed.key if parsed else None,
                            parsed.so if parsed else None,
                            parsed.symbol if parsed else None,
                            ref.doc_type,
                            ref.date.isoformat() if ref.date else None,
                            ref.issuer,
                            ref.title,
                            ref.source,
                            origin,
                            ref.digest(),
                            now,
                        ),
                    )
                    doc_id = int(cur.lastrowid or 0)
                    ids.append(doc_id)
                    norms = [words(t) for t in ref.paragraphs]
                    self._db.executemany(
                        "INSERT INTO units (doc_id, ord, clause, text, norm)"
                        " VALUES (?, ?, ?, ?, ?)",
                        [
                            (doc_id, i, clause, text, " ".join(toks))
                            for i, (text, clause, toks) in enumerate(
                                zip(ref.paragraphs, ref.clauses, norms, strict=True)
                            )
                        ],
                    )
                    hashes = {shingle_hash(g) for toks in norms for g in shingles(toks)}
                    for h in hashes:
                        postings.setdefault(h, []).append(doc_id)
                existing: dict[int, array] = {}
                if not empty:
                    keys = list(postings)
                    for i in range(0, len(keys), _CHUNK):
                        chunk = keys[i : i + _CHUNK]
                        marks = ",".join("?" * len(chunk))
                        for h, blob in self._db.execute(
                            f"SELECT h, ids FROM post WHERE h IN ({marks})", chunk
                        ):
                            existing[h] = _unpack(blob)
                rows = []
                for h, new in postings.items():
                    arr = existing.get(h, array("q"))
                    arr.extend(new)
                    rows.append((h, len(arr), arr.tobytes()))
                self._db.executemany(
                    "INSERT OR REPLACE INTO post (h, df, ids) VALUES (?, ?, ?)", rows
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return ids

    def remove(self, doc_id: int) -> bool:
        """Delete one document and its index entries. False when there is no such id."""
        with self._lock:
            texts = [
                t
                for (t,) in self._db.execute(
                    "SELECT text FROM units WHERE doc_id = ? ORDER BY ord", (doc_id,)
                )
            ]
            if self._db.execute("SELECT 1 FROM docs WHERE id = ?", (doc_id,)).fetchone() is None:
                return False
            self._db.execute("BEGIN IMMEDIATE")
            try:
                keys = list(doc_hashes(texts))
                for i in range(0, len(keys), _CHUNK):
                    chunk = keys[i : i + _CHUNK]
                    marks = ",".join("?" * len(chunk))
                    rows = self._db.execute(
                        f"SELECT h, ids FROM post WHERE h IN ({marks})", chunk
                    ).fetchall()
                    for h, blob in rows:
                        arr = array("q", (d for d in _unpack(blob) if d != doc_id))
                        if arr:
                            self._db.execute(
                                "UPDATE post SET df = ?, ids = ? WHERE h = ?",
                                (len(arr), arr.tobytes(), h),
                            )
                        else:
                            self._db.execute("DELETE FROM post WHERE h = ?", (h,))
                self._db.execute("DELETE FROM units WHERE doc_id = ?", (doc_id,))
                self._db.execute("DELETE FROM docs WHERE id = ?", (doc_id,))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._parents.pop(doc_id)
        return True

    # -- reading ---------------------------------------------------------------------------

    _COLS = "id, number, type, date, issuer, title, source, origin, added"

    def _info(self, row: tuple) -> DocInfo:
        count = self._db.execute(
            "SELECT COUNT(*) FROM units WHERE doc_id = ?", (row[0],)
        ).fetchone()
        return DocInfo(
            id=row[0],
            number=row[1],
            doc_type=row[2],
            date=dt.date.fromisoformat(row[3]) if row[3] else None,
            issuer=row[4],
            title=row[5],
            source=row[6],
            origin=row[7],
            added=row[8],
            paragraphs=int(count[0]) if count else 0,
        )

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0])

    def list(self) -> list[DocInfo]:
        with self._lock:
            rows = self._db.execute(f"SELECT {self._COLS} FROM docs ORDER BY id").fetchall()
            return [self._info(r) for r in rows]

    def get(self, doc_id: int) -> DocInfo | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {self._COLS} FROM docs WHERE id = ?", (doc_id,)
            ).fetchone()
            return self._info(row) if row else None

    def lookup(self, number: str, doc_type: str | None = None) -> list[DocInfo]:
        """Documents whose number-symbol matches ("226-KL/TW" = "226 - KL/TW" = "Kết luận 226")."""
        ref = parse_reference(number)
        if ref is None:
            return []
        types = (doc_type,) if doc_type else ref.types
        with self._lock:
            rows = self._db.execute(
                f"SELECT {self._COLS}, symbol FROM docs WHERE so = ? ORDER BY id", (ref.so,)
            ).fetchall()
            out = []
            for row in rows:
                symbol = row[-1]
                if ref.symbol and symbol and symbol != ref.symbol:
                    continue
                if ref.symbol and not symbol:
                    continue
                if types and row[2] and row[2] not in types:
                    continue
                out.append(self._info(row[:-1]))
            return out

    def find(self, query: str) -> list[DocInfo]:
        """By id ("3", "#3") or by number-symbol."""
        q = query.strip().lstrip("#")
        if q.isdigit():
            info = self.get(int(q))
            if info is not None:
                return [info]
        return self.lookup(query)

    def paragraphs(self, doc_id: int) -> list[tuple[str, str | None]]:
        with self._lock:
            return [
                (t, c)
                for t, c in self._db.execute(
                    "SELECT text, clause FROM units WHERE doc_id = ? ORDER BY ord", (doc_id,)
                )
            ]

    def forget(self) -> None:
        """Drop the documents prepared for comparison: another process changed the store (a
        document removed, or replaced under the same ID)."""
        with self._lock:
            self._parents.clear()

    def parent(self, doc_id: int) -> Parent | None:
        """The document prepared for comparison (kept in a small cache)."""
        with self._lock:
            cached = self._parents.get(doc_id)
            if cached is not None:
                return cached
            info = self.get(doc_id)
            if info is None:
                return None
            rows = self._db.execute(
                "SELECT text, clause, norm FROM units WHERE doc_id = ? ORDER BY ord", (doc_id,)
            ).fetchall()
            units = tuple(
                ParentUnit(paragraph=i, clause=c, text=t, tokens=tuple(norm.split()))
                for i, (t, c, norm) in enumerate(rows)
            )
            parent = Parent(
                key=f"corpus:{doc_id}",
                number=info.number,
                title=info.title,
                doc_type=info.doc_type,
                units=units,
                label=info.label,
            )
            self._parents.put(doc_id, parent)
            return parent

    def candidates(
        self,
        hashes: Iterable[int],
        *,
        min_hits: int = 6,
        limit: int = 5,
        max_df: int | None = None,
    ) -> list[tuple[int, int]]:
        """Documents sharing at least ``min_hits`` of the given n-gram hashes, most first.

        A copied unit reproduces at least ``MIN_WORDS`` (8) words, i.e. 6 word 3-grams, so a
        document sharing fewer cannot be the source of a copy.

        N-grams found in more than ``max_df`` documents (default: 1 % of the corpus, at least
        50) are stock phrases and are skipped.
        """
        keys = list(set(hashes))
        if not keys:
            return []
        with self._lock:
            if max_df is None:
                total = int(self._db.execute("SELECT COUNT(*) FROM docs").fetchone()[0])
                max_df = max(50, total // 100)
            hits: Counter[int] = Counter()
            for i in range(0, len(keys), _CHUNK):
                chunk = keys[i : i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                for (blob,) in self._db.execute(
                    f"SELECT ids FROM post WHERE h IN ({marks}) AND df <= ?", (*chunk, max_df)
                ):
                    hits.update(_unpack(blob))
        return [(d, c) for d, c in hits.most_common(limit) if c >= min_hits]


def _unpack(blob: bytes) -> array:
    arr = array("q")
    arr.frombytes(blob)
    return arr


# -- the process-wide default store ------------------------------------------------------------

_OPEN: dict[str, CorpusStore] = {}
_OPEN_LOCK = threading.Lock()


def open_store(path: str | Path | None = None) -> CorpusStore:
    """Open (once per process) the store at ``path``, or the default store.

    With no path and no default file yet, linting does not create one in the user's data
    directory: it uses an in-memory store filled with the shipped reference documents.
    ``lint corpus`` commands create the file (``create=True`` in ``commands``).
    """
    if path is None:
        target = default_path()
        key = str(target) if target.exists() else ":memory:"
    else:
        key = str(Path(path).expanduser())
    with _OPEN_LOCK:
        store = _OPEN.get(key)
        if store is None:
            store = CorpusStore(key)
            _OPEN[key] = store
        return store


def resolve_store(corpus: object) -> CorpusStore | None:
    """What a rule makes of ``ctx.corpus``: a store, a path, or None (the default store)."""
    if isinstance(corpus, CorpusStore):
        return corpus
    try:
        if isinstance(corpus, str | Path):
            return open_store(corpus)
        return open_store(None)
    except (sqlite3.Error, OSError):
        return None


__all__ = [
    "CorpusStore",
    "DocInfo",
    "default_path",
    "doc_hashes",
    "open_store",
    "resolve_store",
    "shingle_hash",
]
