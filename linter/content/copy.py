"""The copy check: which passages of a draft copy, or lightly reword, a higher-level document.

Kết luận 226-KL/TW, mục 2.1: "không ban hành văn bản mang tính sao chép lại nội dung văn bản của
cấp trên". This module compares a draft with its parent documents; the rules in
``rules/content`` decide what to report.

Method (chosen by measurement on ``tests/data/copy_pairs.jsonl``, see ``bench/bench_copy.py``):

* Units. The draft body is split into paragraphs, then into sentences / clauses at ``.``, ``;``,
  ``!``, ``?`` and a heading colon. Parents are kept as paragraphs, each tagged with the clause it
  belongs to ("2.1", "Điều 5") from the numbering labels.
* Normalisation (``linter.content.normalize.words``): NFC, lower case, tone placement unified,
  punctuation and numbering labels removed.
* Measure: **coverage** — the share of a unit's words that lie inside at least one word
  ``n``-gram also found in the parent (``n`` = 3). It is a containment measure (the parent is much
  longer than the unit), and a changed word costs only that word, so light paraphrase still
  scores high, while a sentence that merely shares stock phrases ("tổ chức triển khai thực hiện")
  stays low.
* Exclusions: the parent's own title quoted as a name and the citation itself never count as
  copied words; a copy must reproduce at least ``MIN_WORDS`` words (stock phrases such as "trong
  đó tập trung vào một số nội dung sau" are too short to be a copy).
* Location: the parent clause that holds most of the matched n-grams.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import is_
from typing import TYPE_CHECKING, Any, cast

from linter.content.normalize import _lower_token, number_key, strip_label, words

if TYPE_CHECKING:
    from linter.model import Document
    from linter.parts import Anatomy

# Defaults chosen on the development pairs (bench/bench_copy.py --tune prints the grid).
NGRAM = 3
THRESHOLD = 0.6  # coverage at or above which a unit is a copy
MIN_WORDS = 8  # a copy must reproduce at least this many words of the parent
# A corpus document the draft does not cite is compared only when it shares a large part of the
# draft's wording: administrative prose shares many stock 3-grams ("các cơ quan, đơn vị có liên
# quan") with any directive, and on the real drafts a bare count of shared 3-grams picked KL 226
# as the "parent" of 44 unrelated documents (0.06–0.13 of their 3-grams), while the công văn that
# really copies it shares 0.30.
DISCOVER_MIN_SHARE = 0.2
DISCOVER_MIN_HITS = 20
TITLE_RUN = 8  # a run of this many title words (or the whole title) is a quoted name

Shingle = tuple[str, ...]

# Unit boundaries: spaces after ``.;!?…:``, found from the mark (a pattern that starts with a
# character set is searched much faster than one that starts with a look-behind).
_BOUNDARY = re.compile(r"[.;!?…:]\s+")
# ``normalize._WORD`` with its branches swapped (the same matches: "%" is no word character); a
# pattern that starts with a literal is searched much faster.
_PIECES = re.compile(r"(%|[^\W_]+)")
_CLAUSE_NUM = re.compile(r"^\s*((?:\d{1,3}\.)*\d{1,3})\.?(?=\s)")
_ARTICLE = re.compile(r"^\s*(Điều\s+\d+[a-zđ]?)\b", re.IGNORECASE)
_ROMAN = re.compile(r"^\s*([IVXLC]{1,6})\.(?=\s)")


def shingles(tokens: Sequence[str], n: int = NGRAM) -> list[Shingle]:
    """Word n-grams of a token list; one shorter shingle when the list is shorter than n."""
    if not tokens:
        return []
    if len(tokens) < n:
        return [tuple(tokens)]
    return list(zip(*(tokens[k:] for k in range(n)), strict=False))


# -- parents ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParentUnit:
    """One paragraph of a parent document."""

    paragraph: int  # index among the parent's body paragraphs
    clause: str | None  # "2.1", "Điều 5", or None before the first numbered clause
    text: str
    tokens: tuple[str, ...]


def derive_clauses(paragraphs: Iterable[str]) -> list[str | None]:
    """The clause each paragraph belongs to, from numbering labels ("2.1.", "Điều 5.", "II.")."""
    out: list[str | None] = []
    current: str | None = None
    article: str | None = None
    roman: str | None = None
    for text in paragraphs:
        text = unicodedata.normalize("NFC", text)
        a = _ARTICLE.match(text)
        m = _CLAUSE_NUM.match(text)
        r = _ROMAN.match(text)
        if a:
            article = " ".join(a.group(1).split()).capitalize()
            current = article
        elif m:
            num = m.group(1)
            if article:
                current = f"{article}, khoản {num}"
            elif roman and "." not in num:
                current = f"{roman}.{num}"
            else:
                current = num
        elif r:
            roman = r.group(1)
            current = roman
        out.append(current)
    return out


@dataclass
class Parent:
    """A parent document prepared for comparison (from the corpus or from ``--parent``)."""

    key: str  # corpus id or file name: identifies it within one check
    number: str | None  # "226-KL/TW"
    title: str | None
    doc_type: str | None
    units: tuple[ParentUnit, ...]
    label: str = ""  # how messages name it: "Kết luận 226-KL/TW"
    n: int = NGRAM
    _index: dict[Shingle, list[int]] = field(default_factory=dict, repr=False)
    _title: frozenset[Shingle] = field(default_factory=frozenset, repr=False)

    def __post_init__(self) -> None:
        index: dict[Shingle, list[int]] = {}
        for i, unit in enumerate(self.units):
            for g in set(shingles(unit.tokens, self.n)):
                hit = index.get(g)
                if hit is None:
                    index[g] = [i]
                else:
                    hit.append(i)
        self._index = index
        title_tokens = words(self.title or "", strip_numbering=False)
        self._title = frozenset(shingles(title_tokens, self.n)) if title_tokens else frozenset()
        self._title_len = len(title_tokens)

    @classmethod
    def from_paragraphs(
        cls,
        paragraphs: Sequence[str],
        *,
        key: str,
        number: str | None = None,
        title: str | None = None,
        doc_type: str | None = None,
        label: str = "",
        clauses: Sequence[str | None] | None = None,
    ) -> Parent:
        texts = [unicodedata.normalize("NFC", p).strip() for p in paragraphs]
        kept = [t for t in texts if t]
        tags = list(clauses) if clauses is not None else derive_clauses(kept)
        units = tuple(
            ParentUnit(paragraph=i, clause=tags[i], text=t, tokens=tuple(words(t)))
            for i, t in enumerate(kept)
        )
        return cls(
            key=key,
            number=number,
            title=title,
            doc_type=doc_type,
            units=units,
            label=label or (number or key),
        )

    def contains(self, g: Shingle) -> bool:
        return g in self._index

    def units_of(self, g: Shingle) -> Sequence[int]:
        """Indexes of the parent paragraphs containing ``g``."""
        return self._index.get(g, ())

    def title_shingle(self, g: Shingle) -> bool:
        return g in self._title

    @property
    def title_len(self) -> int:
        return self._title_len


# -- draft units -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DraftUnit:
    """A sentence or clause of a draft paragraph; offsets into the paragraph's NFC text."""

    paragraph: int
    start: int
    end: int
    tokens: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # character span of each token


def split_units(paragraph: int, text: str) -> list[DraftUnit]:
    """Sentences / clauses of one paragraph (a leading numbering label is left out)."""
    return [
        DraftUnit(paragraph=paragraph, start=u[0], end=u[1], tokens=u[2], spans=u[3])
        for u in _split(text)
    ]


_Raw = tuple[int, int, tuple[str, ...], tuple[tuple[int, int], ...]]


@lru_cache(maxsize=1024)  # a draft checked again while it is edited keeps most paragraphs
def _split(text: str) -> tuple[_Raw, ...]:
    """(start, end, tokens, spans) of each unit of a paragraph."""
    text = unicodedata.normalize("NFC", text)
    label, rest = strip_label(text)
    offset = len(text) - len(rest) if label else 0
    # One split of the paragraph at its words (a word never spans a unit boundary: the
    # boundaries are punctuation and spaces): pieces alternate gap, word, gap, …, gap, and
    # their running lengths give the words' offsets without a match object per word.
    pieces = _PIECES.split(rest if offset else text)
    if len(pieces) == 1:
        return ()
    ends = list(accumulate(map(len, pieces), initial=offset))
    spans = list(zip(ends[1:-1:2], ends[2::2], strict=True))
    tokens = tuple(map(_lower_token, pieces[1::2]))
    # A unit ends after ``.;!?…:`` followed by spaces (the spaces belong to no unit).
    cuts = [m.start() + 1 for m in _BOUNDARY.finditer(text, offset)]
    if not cuts:
        return ((spans[0][0], spans[-1][1], tokens, tuple(spans)),)
    units: list[_Raw] = []
    first = 0
    for cut in cuts:
        last = bisect_left(spans, (cut,), first)
        if last > first:
            units.append(
                (spans[first][0], spans[last - 1][1], tokens[first:last], tuple(spans[first:last]))
            )
        first = last
    if first < len(spans):
        units.append((spans[first][0], spans[-1][1], tokens[first:], tuple(spans[first:])))
    return tuple(units)


@lru_cache(maxsize=1024)
def _paragraph_hashes(text: str) -> frozenset[int]:
    """The corpus-index hashes of a paragraph's n-grams (what the discovery looks up)."""
    from linter.corpus.store import shingle_hash

    grams: list[Shingle] = []
    for u in _split(text):
        tokens = u[2]
        if len(tokens) >= NGRAM:
            grams += zip(*(tokens[k:] for k in range(NGRAM)), strict=False)
        elif tokens:
            grams.append(tokens)
    known = _GRAM_HASHES
    hashes = list(map(known.get, grams))
    out = set(hashes)
    if None in out:  # hash the n-grams not met before, visiting only those
        out.discard(None)
        for g in compress(grams, map(is_, hashes, repeat(None))):
            if len(known) >= 16384:
                known.clear()
            h = known[g] = shingle_hash(g)
            out.add(h)
    return frozenset(cast("set[int]", out))  # None discarded


# n-gram → its corpus-index hash: stock phrases recur in every paragraph and every draft
_GRAM_HASHES: dict[Shingle, int] = {}


def clear_caches() -> None:
    """Forget the paragraphs' units and n-gram hashes kept between checks."""
    _split.cache_clear()
    _paragraph_hashes.cache_clear()
    _GRAM_HASHES.clear()
    _GRAMS.clear()


# -- comparison ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UnitScore:
    """How much of one draft unit is found in one parent."""

    unit: DraftUnit
    parent: Parent
    coverage: float  # share of the unit's words inside an n-gram also found in the parent
    judged: int  # words of the unit
    covered: int
    clause: str | None  # parent clause holding most matched n-grams
    parent_paragraph: int | None


_GRAMS: dict[tuple[tuple[str, ...], int], list[Shingle]] = {}


def _grams(unit: DraftUnit, n: int) -> list[Shingle]:
    """The unit's n-grams, computed once per unit while it is compared with several parents."""
    key = (unit.tokens, n)
    grams = _GRAMS.get(key)
    if grams is None:
        if len(_GRAMS) > 4096:
            _GRAMS.clear()
        grams = _GRAMS[key] = shingles(unit.tokens, n)
    return grams


def score_unit(
    unit: DraftUnit,
    parent: Parent,
    *,
    n: int | None = None,
    excluded: Sequence[tuple[int, int]] = (),
) -> UnitScore:
    """Coverage of ``unit`` by ``parent``; tokens inside ``excluded`` spans are not judged."""
    n = n or parent.n
    toks = unit.tokens
    m = len(toks)
    grams = _grams(unit, n)
    # Fast path: a unit that shares no n-gram with the parent needs no masks or votes.
    hit_lists = [parent.units_of(g) for g in grams]
    if not any(hit_lists):
        return UnitScore(unit, parent, 0.0, m, 0, None, None)
    masked = (
        [any(s < e2 and e > s2 for s2, e2 in excluded) for (s, e) in unit.spans]
        if excluded
        else [False] * m
    )
    # A quoted title of the parent is a name, not copied content.
    if parent.title_len:
        run_need = min(TITLE_RUN, parent.title_len)
        in_title = [False] * m
        for i, g in enumerate(grams):
            if parent.title_shingle(g):
                for j in range(i, min(i + n, m)):
                    in_title[j] = True
        i = 0
        while i < m:
            if in_title[i]:
                j = i
                while j < m and in_title[j]:
                    j += 1
                if j - i >= run_need:
                    for k in range(i, j):
                        masked[k] = True
                i = j
            else:
                i += 1
    covered = [False] * m
    votes: Counter[int] = Counter()
    for i, g in enumerate(grams):
        span = range(i, min(i + len(g), m))
        if all(masked[j] for j in span):
            continue
        hits = hit_lists[i]
        if hits:
            for j in span:
                covered[j] = True
            votes.update(hits)
    # Excluded words (citations, the quoted title) stay in the unit but never count as copied.
    judged = m
    cov = sum(1 for k in range(m) if covered[k] and not masked[k])
    best = votes.most_common(1)[0][0] if votes else None
    return UnitScore(
        unit=unit,
        parent=parent,
        coverage=(cov / judged) if judged else 0.0,
        judged=judged,
        covered=cov,
        clause=parent.units[best].clause if best is not None else None,
        parent_paragraph=best,
    )


def best_score(
    unit: DraftUnit,
    parents: Sequence[Parent],
    *,
    excluded: Sequence[tuple[int, int]] = (),
) -> UnitScore | None:
    """The parent that covers most of ``unit``."""
    best: UnitScore | None = None
    for parent in parents:
        s = score_unit(unit, parent, excluded=excluded)
        if best is None or s.coverage > best.coverage:
            best = s
    return best


def is_copy(
    score: UnitScore | None, *, threshold: float = THRESHOLD, min_words: int = MIN_WORDS
) -> bool:
    return score is not None and score.covered >= min_words and score.coverage >= threshold


# -- a whole draft ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CopiedParagraph:
    """A draft paragraph with at least one copied unit."""

    paragraph: int
    units: tuple[UnitScore, ...]  # the copied units, in reading order
    parent: Parent  # the parent it copies most
    clause: str | None  # the parent clause it copies most (all units of the paragraph vote)

    @property
    def words(self) -> int:
        return sum(u.judged for u in self.units)

    @property
    def coverage(self) -> float:
        judged = sum(u.judged for u in self.units)
        return sum(u.covered for u in self.units) / judged if judged else 0.0

    @property
    def start(self) -> int:
        return self.units[0].unit.start

    @property
    def end(self) -> int:
        return self.units[-1].unit.end


def _primary(scores: Sequence[UnitScore]) -> tuple[Parent, str | None]:
    """The (parent, clause) that the paragraph's units reproduce most, by covered words."""
    votes: Counter[tuple[str, str | None]] = Counter()
    by_key: dict[str, Parent] = {}
    for s in scores:
        if s.covered:
            votes[(s.parent.key, s.clause)] += s.covered
            by_key[s.parent.key] = s.parent
    (key, clause), _ = votes.most_common(1)[0]
    return by_key[key], clause


@dataclass(frozen=True)
class CopyReport:
    """Everything the copy rules need about one draft."""

    parents: tuple[Parent, ...]
    missing: tuple[Any, ...]  # citations (linter.parts.Citation) the corpus does not hold
    copied: tuple[CopiedParagraph, ...]
    body_words: int  # words judged in the body
    copied_words: int

    @property
    def share(self) -> float:
        return self.copied_words / self.body_words if self.body_words else 0.0


def analyse_copies(
    doc: Document,
    anatomy: Anatomy | None,
    parents: Sequence[Parent],
    *,
    store: Any = None,
    missing: Sequence[Any] = (),
    threshold: float = THRESHOLD,
    min_words: int = MIN_WORDS,
    candidates: int = 5,
) -> CopyReport:
    """Compare the body of ``doc`` with ``parents`` and, through the index of ``store``, with
    any other corpus document that shares a large part of its wording (``DISCOVER_MIN_SHARE``
    of the draft's 3-grams)."""
    from linter.corpus.resolve import body_paragraphs, own_number_key

    body = body_paragraphs(doc, anatomy)
    cites: dict[int, list[tuple[int, int]]] = {}
    for cit in anatomy.citations if anatomy is not None else ():
        cites.setdefault(cit.paragraph, []).append((cit.start, cit.end))
    units_by_para = [(i, split_units(i, doc.paragraphs[i].text)) for i in body]
    pool = list(parents)
    if store is not None and candidates:
        hashes: set[int] = set()
        for i in body:
            hashes |= _paragraph_hashes(doc.paragraphs[i].text)
        known = {p.key for p in pool}
        own = own_number_key(anatomy)
        floor = max(DISCOVER_MIN_HITS, int(DISCOVER_MIN_SHARE * len(hashes)))
        for doc_id, _hits in store.candidates(hashes, limit=candidates, min_hits=floor):
            parent = store.parent(doc_id)
            if (
                parent is not None
                and own is not None
                and parent.number
                and number_key(parent.number) == own
            ):
                continue  # the reference copy of the document itself
            if parent is not None and parent.key not in known:
                pool.append(parent)
                known.add(parent.key)
    copied: list[CopiedParagraph] = []
    body_words = copied_words = 0
    for i, units in units_by_para:
        excluded = cites.get(i, ())
        hits: list[UnitScore] = []
        all_scores: list[UnitScore] = []
        for unit in units:
            score = best_score(unit, pool, excluded=excluded) if pool else None
            if score is not None:
                all_scores.append(score)
            judged = score.judged if score is not None else len(unit.tokens)
            body_words += judged
            if score is not None and is_copy(score, threshold=threshold, min_words=min_words):
                hits.append(score)
                copied_words += score.judged
        if hits:
            parent, clause = _primary(all_scores)
            copied.append(
                CopiedParagraph(paragraph=i, units=tuple(hits), parent=parent, clause=clause)
            )
    return CopyReport(
        parents=tuple(pool),
        missing=tuple(missing),
        copied=tuple(copied),
        body_words=body_words,
        copied_words=copied_words,
    )


def copy_report(ctx: Any) -> CopyReport:
    """The copy analysis of the document in a rule Context, computed once and shared."""

    def build() -> CopyReport:
        from linter.corpus.resolve import resolve

        res = resolve(ctx.anatomy, parents=ctx.parents, corpus=ctx.corpus)
        return analyse_copies(
            ctx.doc, ctx.anatomy, res.parents, store=res.store, missing=res.missing
        )

    return ctx.memo("copy", build)


# -- concretisation ----------------------------------------------------------------------------

_LEAD = re.compile(
    r"\b(?:[Gg]iao\s+(?:cho\s+)?[A-ZĐ]|chủ trì|(?:có|chịu) trách nhiệm|[Đđ]ầu mối)",
)
_DEADLINE = re.compile(
    r"(?:trước ngày|chậm nhất|hạn chót|hoàn thành (?:trước|trong)|trong (?:quý|tháng|năm)\s+[\dIV]"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b|quý\s+[IV]+/\d{4}|tháng\s+\d{1,2}/\d{4}|năm\s+20\d\d"
    r"|[Đđ]ịnh kỳ|[Hh]ằng (?:quý|tháng|tuần))",
)
_PRODUCT = re.compile(
    r"(?:(?:xây dựng|ban hành|trình|lập|gửi|hoàn thành|ký|có)\s+(?:\w+\s+){0,2}?"
    r"(?:báo cáo|kế hoạch|đề án|dự thảo|quyết định|quy chế|quy định|danh mục|danh sách|chương trình"
    r"|bộ tiêu chí|phần mềm|hướng dẫn|tờ trình)|\bbáo cáo (?:kết quả|rà soát|tổng hợp|đánh giá)"
    r"|\d+(?:[.,]\d+)?\s*%)",
)


@dataclass(frozen=True, slots=True)
class Concretisation:
    """Which of lead, deadline and product a copied paragraph adds of its own."""

    lead: bool
    deadline: bool
    product: bool
    source: str  # "tasks" (the task extraction) or "local" (this module's patterns)

    @property
    def complete(self) -> bool:
        return self.lead and self.deadline and self.product

    @property
    def any(self) -> bool:
        return self.lead or self.deadline or self.product

    @property
    def missing(self) -> list[str]:
        return [
            n
            for n, v in (
                ("lead", self.lead),
                ("deadline", self.deadline),
                ("product", self.product),
            )
            if not v
        ]


def _own(text: str | None, parent: Parent) -> bool:
    """True when ``text`` is not itself taken from the parent (its n-grams are not all there)."""
    if not text:
        return False
    grams = shingles(words(text), parent.n)
    return bool(grams) and not all(parent.contains(g) for g in grams)


def _in(text: str, haystack: Sequence[str]) -> bool:
    """True when the words of ``text`` occur, in order and together, in ``haystack``."""
    needle = words(text, strip_numbering=False)
    k = len(needle)
    return bool(k) and any(
        list(haystack[i : i + k]) == needle for i in range(len(haystack) - k + 1)
    )


def _uncovered(copied: CopiedParagraph) -> list[tuple[int, int]]:
    """Character spans of the paragraph's words that are not found in the parent."""
    out: list[tuple[int, int]] = []
    for score in copied.units:
        toks, spans = score.unit.tokens, score.unit.spans
        grams = shingles(toks, copied.parent.n)
        covered = [False] * len(toks)
        for i, g in enumerate(grams):
            if copied.parent.contains(g):
                for j in range(i, min(i + len(g), len(toks))):
                    covered[j] = True
        out.extend(sp for sp, c in zip(spans, covered, strict=True) if not c)
    return out


def _own_match(pattern: re.Pattern[str], text: str, own: list[tuple[int, int]]) -> bool:
    """A match of ``pattern`` whose words (or the few words after it) are the draft's own."""
    for m in pattern.finditer(text):
        lo, hi = m.start(), min(len(text), m.end() + 30)
        if any(s < hi and e > lo for s, e in own):
            return True
    return False


def concretisation(ctx: Any, copied: CopiedParagraph) -> Concretisation:
    """Lead, deadline and product the paragraph adds, from the task extraction when available."""
    para = ctx.doc.paragraphs[copied.paragraph]
    tasks = _tasks(ctx)
    if tasks is not None:
        para_words = words(para.text, strip_numbering=False)
        lead = deadline = product = False
        for task in tasks:
            if getattr(task, "paragraph", None) != copied.paragraph:
                continue
            # A lead counts when the paragraph names it itself: the addressees of the opening
            # ("các Chi bộ"), inherited by every item, do not concretise a copied item.
            leads = getattr(task, "leads", None) or []
            lead = lead or any(_in(x, para_words) and _own(x, copied.parent) for x in leads)
            dl = getattr(task, "deadline", None)
            kind = getattr(dl, "kind", None) if dl is not None else None
            if kind in ("date", "period", "recurring"):
                deadline = deadline or _own(getattr(dl, "text", None) or "x", copied.parent)
            product = product or _own(getattr(task, "product", None), copied.parent)
        return Concretisation(lead, deadline, product, "tasks")
    text = unicodedata.normalize("NFC", para.text)
    own = _uncovered(copied)
    return Concretisation(
        lead=_own_match(_LEAD, text, own),
        deadline=_own_match(_DEADLINE, text, own),
        product=_own_match(_PRODUCT, text, own),
        source="local",
    )


def _tasks(ctx: Any) -> list[Any] | None:
    try:
        from linter.content.tasks import extract_tasks
    except ImportError:  # the task extraction is not installed: use the local patterns
        return None
    return ctx.memo("tasks", lambda: extract_tasks(ctx.doc, ctx.anatomy))


__all__ = [
    "MIN_WORDS",
    "NGRAM",
    "THRESHOLD",
    "Concretisation",
    "CopiedParagraph",
    "CopyReport",
    "DraftUnit",
    "Parent",
    "ParentUnit",
    "UnitScore",
    "analyse_copies",
    "best_score",
    "concretisation",
    "copy_report",
    "derive_clauses",
    "is_copy",
    "score_unit",
    "shingles",
    "split_units",
]
