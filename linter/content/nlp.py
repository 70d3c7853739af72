"""The NLP layer: spaCy's Vietnamese language class (pyvi word segmentation) plus matchers.

Loaded lazily, once per process (``functools.cache``): importing this module costs nothing;
the first call to :func:`analyse` pays the one-time load of spaCy and pyvi (about 4 s on the
development machine, see ``bench/bench_content.py``).

How the text is matched. pyvi segments words ("Văn phòng", "Nội vụ", "chủ trì") but not
always the same way inside a name ("Phòng" "Hành chính" - "Tổ chức"), so the patterns run on
*syllables*: every pyvi word is split at its spaces into syllable tokens of a second spaCy
``Doc``, and each syllable remembers the pyvi word it came from. The word boundaries are still
used where they matter: a lexicon hit must start and end on a word boundary (so "Giao" in
"Giao thông vận tải" is not the verb "giao"), and a lower-case syllable continues a name only
inside the same pyvi word as a capitalised one ("Nội vụ", "Tư pháp").

- ``PhraseMatcher`` (attr ``LOWER``) finds the lexicon entries of ``data/lexicon.toml``: heads
  of named bodies, class nouns, assignment verbs, action verbs, products, resources, slogans.
- ``Matcher`` finds actors with token patterns over per-token flags computed from those hits
  (a head followed by name tokens; "các" + unit noun + more units; a person title + name).

Text is normalised before matching: NFC and new-style tone placement ("uỷ" → "ủy",
"hoá" → "hóa"), which keeps the length, so offsets stay valid for the NFC text.
"""

from __future__ import annotations

import logging
import re
import string
import threading
import tomllib
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from linter.content import crf

DATA_DIR = Path(__file__).parent / "data"
log = logging.getLogger(__name__)

# Old-style tone placement on the first vowel of "oa", "oe", "uy" at the end of a syllable.
_OLD_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
# The pairs as written in lower case, in capitals or capitalised, grouped by their first letter
# into character sets, and the look-behind ("not after q") put after the pair: a pattern that
# starts with a set of letters is searched much faster than one that starts with a look-behind
# (the matches are the same: the pair is two characters, so "the character before the pair" is
# the third one back from its end).
_OLD_PAIRS: dict[str, set[str]] = {}
for _k in list(_OLD_TONES) + [k.upper() for k in _OLD_TONES] + [k.capitalize() for k in _OLD_TONES]:
    _OLD_PAIRS.setdefault(_k[0], set()).add(_k[1])
_OLD_RE = re.compile(
    "(?:"
    + "|".join(f"{a}[{''.join(sorted(b))}]" for a, b in sorted(_OLD_PAIRS.items()))
    + r")(?<![qQ]..)(?!\w)"
)


@lru_cache(maxsize=2048)  # every layer normalises the same paragraphs, check after check
def normalise(text: str) -> str:
    """NFC with new-style tone placement; same length as the NFC text."""
    text = unicodedata.normalize("NFC", text)

    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        new = _OLD_TONES[s.lower()]
        if s.isupper():
            return new.upper()
        if s[0].isupper():
            return new.capitalize()
        return new

    return _OLD_RE.sub(repl, text)


@cache
def lexicon() -> dict[str, Any]:
    """The lexicons (``data/lexicon.toml``), normalised."""
    with (DATA_DIR / "lexicon.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def get_nlp() -> Any:
    """spaCy's blank Vietnamese pipeline (pyvi segmentation), loaded once per process."""
    import spacy

    return spacy.blank("vi")


_SYLLABLE = re.compile(r"\w+|[^\w\s]")


class Tok(NamedTuple):
    """A syllable token (a named tuple: a document has thousands, built many times faster)."""

    text: str
    lower: str
    start: int  # character offsets in the analysed (normalised) text
    end: int
    word: int  # index of the pyvi word this syllable belongs to

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


class Hit(NamedTuple):
    """A lexicon or pattern match over syllable tokens ``[start, end)`` (a named tuple)."""

    label: str
    start: int
    end: int
    text: str
    char_start: int
    char_end: int


@dataclass(frozen=True, slots=True)
class Actor:
    kind: str  # "named" | "class" | "person"
    start: int  # token range
    end: int
    text: str
    char_start: int
    char_end: int


@dataclass
class Analysis:
    text: str
    toks: list[Tok]
    hits: dict[str, list[Hit]] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)
    original: str = ""  # the NFC text as written (``text`` has new-style tone placement)
    # ``starts`` per label or group of labels, filled on first use (an analysis is not changed
    # once returned)
    _starts: dict[str | tuple[str, ...], frozenset[int]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def of(self, label: str) -> list[Hit]:
        return self.hits.get(label, [])

    def starts(self, label: str | tuple[str, ...]) -> frozenset[int]:
        """Token indexes where a hit of ``label`` (or of any of several labels) starts."""
        got = self._starts.get(label)
        if got is None:
            labels = (label,) if isinstance(label, str) else label
            got = self._starts[label] = frozenset(
                h.start for lab in labels for h in self.hits.get(lab, ())
            )
        return got

    def hit_at(self, label: str, i: int) -> Hit | None:
        for h in self.of(label):
            if h.start == i:
                return h
        return None

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)`` as written."""
        if start >= end:
            return ""
        return (self.original or self.text)[self.toks[start].start : self.toks[end - 1].end]

    def actor_at(self, i: int) -> Actor | None:
        for a in self.actors:
            if a.start == i:
                return a
        return None


# Lexicon groups → matcher labels.
_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("HEAD", "actors", "heads"),
    ("STANDALONE", "actors", "standalone"),
    ("UNIT", "actors", "units"),
    ("PERSON", "actors", "persons"),
    ("LEVEL", "actors", "levels"),
    ("GIVE", "verbs", "give"),
    ("ASK", "verbs", "ask"),
    ("LEADV", "verbs", "lead"),
    ("COORD", "verbs", "coordinate"),
    ("RESP", "verbs", "responsible"),
    ("ACTION", "verbs", "action"),
    ("GENERIC", "verbs", "generic"),
    ("PRODUCT", "products", "nouns"),
    ("PRODUCT_GENERIC", "products", "generic"),
    ("RESOURCE", "resources", "words"),
    ("SLOGAN", "slogans", "phrases"),
    ("REPORT_OBJ", "reports", "objects"),
    ("ESCALATION", "reports", "escalation"),
    ("CHANNEL", "reports", "channels"),
    ("CLOSING", "closing", "objects"),
)


# The labels of the verbs that assign or describe work (the task layer reads them too).
VERB_LABELS = ("GIVE", "ASK", "LEADV", "COORD", "RESP", "ACTION")


def _syllables(text: str) -> list[str]:
    return _SYLLABLE.findall(normalise(text).lower())


# Per-token flags for the actor patterns, written into native token attributes (much faster to
# match than custom ``._`` extensions or set predicates), one attribute per flag: NORM "h" the
# start of a named body's head, ENT_ID "p" a person title, ENT_KB_ID "u" a class noun, TAG "n"
# a name continuation, LEMMA "c" a class continuation; "-" elsewhere.
_HS = {"NORM": "h"}
_PERSON = {"ENT_ID": "p"}
_UNIT = {"ENT_KB_ID": "u"}
_NAME_STAR = {"TAG": "n", "OP": "*"}
_CLS_STAR = {"LEMMA": "c", "OP": "*"}
_FLAG_ATTRS = ["NORM", "ENT_ID", "ENT_KB_ID", "TAG", "LEMMA"]


# The word that stands, in the matcher's Doc, for every syllable no pattern names (see
# ``_matchers``): a sign no lexicon entry or pattern can hold.
_OTHER = "\u2063"


@cache
def _matchers() -> tuple[Any, Any, frozenset[str]]:
    """PhraseMatcher over the lexicons and Matcher for actors, built once; and the lower-case
    syllables the patterns name.

    A syllable outside that set can match no pattern token (the phrase patterns compare LOWER,
    the actor patterns LOWER "các" and the per-token flags): ``analyse`` gives spaCy ``_OTHER``
    in its place. The matches are the same, and the vocabulary, which keeps every word it is
    given for the life of the process, stops growing with each new name and number a
    long-running service sees.
    """
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc

    nlp = get_nlp()
    vocab = nlp.vocab
    phrases = PhraseMatcher(vocab, attr="LOWER")
    lex = lexicon()
    named: set[str] = {"các"}
    for label, group, key in _GROUPS:
        docs = [Doc(vocab, words=_syllables(p)) for p in lex[group][key]]
        phrases.add(label, [d for d in docs if len(d)])
        named.update(t.lower_ for d in docs for t in d)
    if _OTHER in named:
        raise ValueError("a lexicon entry holds the placeholder sign")
    actors = Matcher(vocab)
    actors.add(
        "NAMED",
        [[_HS, _NAME_STAR]],
        greedy="LONGEST",
    )
    actors.add(
        "CLASS",
        [[{"LOWER": "các"}, _UNIT, _CLS_STAR]],
        greedy="LONGEST",
    )
    actors.add(
        "PERSON",
        [
            [_PERSON, _NAME_STAR],
            [
                _PERSON,
                _NAME_STAR,
                {"LOWER": "các"},
                _UNIT,
                _CLS_STAR,
            ],
        ],
        greedy="LONGEST",
    )
    return phrases, actors, frozenset(named)


# Recently segmented paragraphs (normalised text → tokens with their start and end offsets): a
# sentence or clause of one of them reuses its tokens instead of running pyvi again (see
# ``prime``). One table per thread: the service's threads check different documents, and a
# sentence must never be segmented inside another request's paragraph.
_LOCAL = threading.local()
_PRIMED_MAX = 16


def _primed() -> dict[str, tuple[list[Tok], list[int], list[int]] | None]:
    table = getattr(_LOCAL, "primed", None)
    if table is None:
        table = _LOCAL.primed = {}
    return table


def prime(text: str) -> None:
    """Segment a whole paragraph once; later analyses of parts of it reuse the segmentation."""
    norm = normalise(text)
    primed = _primed()
    if norm in primed:
        return
    if len(primed) >= _PRIMED_MAX:
        primed.pop(next(iter(primed)))
    primed[norm] = None  # segmented on first use (an analysis may already be cached)


def clear_caches(*, syllables: bool = True) -> None:
    """Forget every analysis and primed paragraph (the next analyses are cold).

    ``syllables`` also forgets the per-syllable tables (``_PIECES``, ``_FEATS``, the CRF
    weights of each syllable), which a running process keeps: they depend on no document,
    only on the syllables seen so far.
    """
    analyse.cache_clear()
    normalise.cache_clear()
    _primed().clear()
    if syllables:
        _PIECES.clear()
        _FEATS.clear()
        if _crf.cache_info().currsize:
            model = _crf()
            if model is not None:
                model.clear()


def _tokenise(text: str) -> list[Tok]:
    """Syllable tokens of ``text`` with the pyvi word each belongs to."""
    primed = _primed()
    for block, cached in reversed(tuple(primed.items())):
        at = block.find(text)
        if at >= 0:
            if cached is None:
                toks = _segment(block)
                cached = primed[block] = (toks, [t.start for t in toks], [t.end for t in toks])
            toks, starts, ends = cached
            if at == 0 and len(text) == len(block):
                return list(toks)  # the whole paragraph: same tokens, nothing to shift
            # the tokens inside [at, end): a contiguous run (tokens are ordered, disjoint)
            end = at + len(text)
            lo = bisect_left(starts, at)
            hi = bisect_right(ends, end)
            new = tuple.__new__
            return [new(Tok, (t[0], t[1], t[2] - at, t[3] - at, t[4])) for t in toks[lo:hi]]
    return _segment(text)


@cache
def _pyvi() -> tuple[Any, Any, set[str], set[str]]:
    """spaCy's pyvi syllabiser, the CRF tagger of pyvi's model and its n-gram sets, loaded once.

    The tagger is python-crfsuite's ``Tagger`` behind pyvi's ``sklearn_crfsuite.CRF``: called
    directly with the features as attribute strings (see ``_features``) when the model's
    weights cannot be read for :mod:`linter.content.crf` (see ``_crf``).
    """
    from pyvi.ViTokenizer import ViTokenizer

    tokenizer = get_nlp().tokenizer
    return tokenizer, ViTokenizer.model.tagger_, ViTokenizer.bi_grams, ViTokenizer.tri_grams


@cache
def _crf() -> crf.Model | None:
    """pyvi's model read from the file its tagger was opened from (crfsuite's labels, computed
    here: see :mod:`linter.content.crf`); None, and crfsuite tags, if that fails."""
    from pyvi.ViTokenizer import ViTokenizer

    try:
        return crf.Model.read(ViTokenizer.model.modelfile.name)
    except (AttributeError, TypeError, OSError, ValueError) as exc:
        log.warning("pyvi's model read by crfsuite only (%s)", exc)
        return None


def _word_features(
    word: str,
) -> tuple[str, tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...]]:
    return _FEATS.get(word) or _piece_features(word)


# Per piece of the syllabiser: its lower case and its attributes as the current item, as the
# previous item ("-1:…") and as the next item ("+1:…"), each in pyvi's order, UTF-8 encoded
# (python-crfsuite takes bytes as they are and encodes str: the same attribute, sooner).
_FEATS: dict[str, tuple[str, tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...]]] = {}
# Both per-syllable tables are emptied past this size: a few thousand syllables make up almost
# all administrative text; numbers and names would otherwise grow them in a long-running service.
_TABLE_MAX = 20_000


def _piece_features(
    word: str,
) -> tuple[str, tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...]]:
    low = word.lower()
    enc = low.encode()
    up, title = word.isupper(), word.istitle()
    own = [b"bias", b"word.lower():" + enc]
    if up:
        own.append(b"word.isupper()")
    if title:
        own.append(b"word.istitle()")
    if word.isdigit():
        own.append(b"word.isdigit()")
    prev = [b"-1:word.lower():" + enc]
    if title:
        prev.append(b"-1:word.istitle()")
    if up:
        prev.append(b"-1:word.isupper()")
    nxt = [b"+1:word.lower():" + enc]
    if title:
        nxt.append(b"+1:word.istitle()")
    if up:
        nxt.append(b"+1:word.isupper()")
    if len(_FEATS) > _TABLE_MAX:
        _FEATS.clear()
    got = _FEATS[word] = (low, tuple(own), tuple(prev), tuple(nxt))
    return got


def _features(words: list[str], bi: set[str], tri: set[str]) -> list[list[bytes]]:
    """pyvi's ``sent2features(words, False)`` as crfsuite attribute strings.

    python-crfsuite turns ``{"key": "value"}`` into the attribute ``"key:value"`` with weight
    1.0, ``True`` / ``1.0`` into ``"key"`` with weight 1.0, and ``False`` into ``"key"`` with
    weight 0.0, which adds nothing to any score: those are left out. The attributes keep pyvi's
    order, so the scores are summed in the same order and the labels are the same. pyvi looks
    up ``" ".join(pair).lower()`` in its n-gram sets: the same string as the lower-case pieces
    joined by spaces (lower-casing depends on the context only for a final sigma, and a space
    ends that context).
    """
    n = len(words)
    get = _FEATS.get
    feats = [get(w) or _piece_features(w) for w in words]
    low = [f[0] for f in feats]
    # bigram/trigram flags starting at each position (each used by two syllables)
    bg = [f"{low[i]} {low[i + 1]}" in bi for i in range(n - 1)]
    tg = [f"{low[i]} {low[i + 1]} {low[i + 2]}" in tri for i in range(n - 2)]
    out: list[list[bytes]] = []
    for i in range(n):
        f = list(feats[i][1])
        if i > 0:
            f += feats[i - 1][2]
            if bg[i - 1]:
                f.append(b"-1:word.bi_gram()")
            if i > 1 and tg[i - 2]:
                f.append(b"-2:word.tri_gram()")
        if i < n - 1:
            f += feats[i + 1][3]
            if bg[i]:
                f.append(b"+1:word.bi_gram()")
            if i < n - 2 and tg[i]:
                f.append(b"+2:word.tri_gram()")
        out.append(f)
    return out


_PUNCT = frozenset(string.punctuation)

# The pieces of spaCy's Vietnamese syllabiser (``pyvi_sylabelize_with_ws``, adapted from pyvi),
# compiled once, without its first alternative ``\s+``: no other alternative matches a space, so
# the scan meets the same pieces at the same offsets and only skips the whitespace between them.
_PYVI_PIECE = re.compile(
    "|".join(
        (
            r"[A-ZĐ]+\.",
            r"Tp\.",
            r"Mr\.",
            r"Mrs\.",
            r"Ms\.",
            r"Dr\.",
            r"ThS\.",
            r"==>",
            r"->",
            r"\.\.\.",
            r">>",
            r"\w+://[^\s]+",
            r"([a-zA-Z0-9_.+-]+@([a-zA-Z0-9-]+\.)+[a-zA-Z0-9-]+)",
            r"\d+([\.,_]\d+)+",
            r"[^\w\s]",
            r"\w+",
        )
    )
)


_CHUNK = re.compile(r"\S+")


def _pyvi_pieces(text: str) -> tuple[list[str], list[int]]:
    """The non-space pieces of spaCy's syllabiser and their offsets.

    No piece holds a space, so the text is scanned a run of non-space characters at a time; a
    run of letters and digits only (``str.isalnum``: the characters of ``\\w`` but "_") meets no
    alternative before ``\\w+`` (each needs one of ``. , _ : @ = - >`` or a sign) and is one
    piece; any other run is scanned with the syllabiser's pattern.
    """
    words: list[str] = []
    starts: list[int] = []
    piece = _PYVI_PIECE.finditer
    for m in _CHUNK.finditer(text):
        chunk = m.group()
        if chunk.isalnum():
            words.append(chunk)
            starts.append(m.start())
        else:
            for x in piece(text, m.start(), m.end()):
                words.append(x.group())
                starts.append(x.start())
    return words, starts


# Syllables of each piece of spaCy's syllabiser: (offset in the piece, syllable, lower case)
_PIECES: dict[str, tuple[tuple[int, str, str], ...]] = {}


def _pieces(piece: str) -> tuple[tuple[int, str, str], ...]:
    got = _PIECES.get(piece)
    if got is None:
        if len(_PIECES) > _TABLE_MAX:
            _PIECES.clear()
        got = _PIECES[piece] = tuple(
            (m.start(), m.group(), m.group().lower()) for m in _SYLLABLE.finditer(piece)
        )
    return got


def _segment(text: str) -> list[Tok]:
    """Syllable tokens of ``text``, numbered by the pyvi word they belong to.

    The words are those of spaCy's Vietnamese tokenizer (``pyvi_tokenize``), found without
    building a Doc: spaCy's syllabiser keeps every character (its pieces, whitespace included,
    concatenate to ``text``) and a pyvi word joins consecutive pieces with the whitespace
    between them, so each word is one slice of ``text``. A word's syllables (``_SYLLABLE``) are
    those of its pieces, unless two of its pieces touch without whitespace (a run of word
    characters may then cross them): such a word is split again as a whole.
    """
    if not text or text.isspace():
        return []  # (a blank text is one word with no syllables)
    _tokenizer, tagger, bi, tri = _pyvi()
    words, starts = _pyvi_pieces(text)
    model = _crf()
    if model is not None:
        continues = model.continues(words, _word_features, bi, tri)
    else:
        continues = [label == "I_W" for label in tagger.tag(_features(words, bi, tri))]
    punct = _PUNCT
    new = tuple.__new__
    pieces = _PIECES.get
    toks: list[Tok] = []
    w = 0
    word_tok = 0  # index in toks of the current word's first syllable
    glued = False  # two pieces of the current word touch
    for i, piece in enumerate(words):
        if i > 0:
            w1 = words[i - 1]
            if (
                continues[i]
                and piece not in punct
                and w1 not in punct
                and not piece[0].isdigit()
                and not w1[0].isdigit()
                and not (piece[0].istitle() and not w1[0].istitle())
            ):
                if starts[i] == starts[i - 1] + len(w1):
                    glued = True
            else:
                if glued:
                    _resplit(text, toks, word_tok, starts[i - 1] + len(w1), w)
                    glued = False
                w += 1
                word_tok = len(toks)
        at = starts[i]
        for off, syl, low in pieces(piece) or _pieces(piece):
            s = at + off
            toks.append(new(Tok, (syl, low, s, s + len(syl), w)))
    if glued:
        _resplit(text, toks, word_tok, starts[-1] + len(words[-1]), w)
    return toks


def _resplit(text: str, toks: list[Tok], first: int, end: int, w: int) -> None:
    """Split word ``w`` (its syllables ``toks[first:]``, ending at ``end``) as a whole."""
    begin = toks[first].start
    del toks[first:]
    for m in _SYLLABLE.finditer(text, begin, end):
        syl = m.group()
        toks.append(Tok(syl, syl.lower(), m.start(), m.end(), w))


@lru_cache(maxsize=512)
def analyse(text: str) -> Analysis:
    """Tokenise ``text`` (normalised) and find lexicon hits and actors (cached: do not mutate)."""
    from spacy.tokens import Doc

    nfc = unicodedata.normalize("NFC", text)
    norm = normalise(nfc)
    toks = _tokenise(norm)
    result = Analysis(norm, toks, original=nfc)
    if not toks:
        return result
    phrases, actor_matcher, named = _matchers()
    n = len(toks)
    # the token columns, transposed in one go (a syllable is never empty: its first character)
    texts, lowers, _, _, words = map(list, zip(*toks, strict=True))
    first = list(map(_FIRST, texts))
    view = _View(texts, lowers, words, list(map(str.isupper, first)), list(map(str.isalnum, first)))
    word, title, isword = view.word, view.title, view.isword
    other = _OTHER
    doc = Doc(
        get_nlp().vocab,
        words=[t if low in named else other for t, low in zip(texts, lowers, strict=True)],
    )
    hits: dict[str, list[Hit]] = {}
    vocab_strings = doc.vocab.strings
    labels = _LABELS
    for match_id, s, e in phrases(doc):
        # A hit must not cut a pyvi word whose other part is lower case ("Giao" in "Giao
        # thông", "ban" in "ban hành", "giao" in "bàn giao"). pyvi also merges across names
        # ("Giao Sở") and runs of words ("tham mưu kế hoạch", "kết quả thực hiện"): only
        # single syllables, the ambiguous ones, are checked.
        if e - s == 1 and (
            (e < n and word[e] == word[s] and isword[e] and not title[e])
            or (
                s > 0
                and word[s - 1] == word[s]
                and isword[s - 1]
                and not title[s]
                and not title[s - 1]
            )
        ):
            continue
        label = labels.get(match_id) or labels.setdefault(match_id, vocab_strings[match_id])
        c0, c1 = toks[s].start, toks[e - 1].end
        got = hits.get(label)
        if got is None:
            got = hits[label] = []
        got.append(Hit(label, s, e, nfc[c0:c1], c0, c1))
    for got in hits.values():
        got.sort(key=_hit_order)
    result.hits = hits
    span = _set_flags(doc, result, view)
    if span is None:
        return result  # no token can start an actor
    lo, hi = span
    found: list[Actor] = []
    kinds = _ACTOR_KINDS
    for match_id, s, e in actor_matcher(doc[lo:hi] if lo or hi < n else doc):
        s += lo
        e += lo
        kind = kinds[vocab_strings[match_id]]
        s2, e2 = s, _trim(toks, e, s)
        if e2 <= s2 or e2 - s2 < _head_len(result, s2):
            continue  # (nothing left, or a head cut short: "cơ quan thường | trực")
        bare = (
            kind in ("named", "person")
            and e2 - s2 == _head_len(result, s2)
            and s2 not in result.starts("STANDALONE")
        )
        # a bare head ("Sở", "Ban") with no name is not a named body, unless standalone
        if bare and not (e2 < n and texts[e2] == ":"):
            continue
        c0, c1 = toks[s2].start, toks[e2 - 1].end
        found.append(Actor(kind, s2, e2, nfc[c0:c1], c0, c1))
    found.sort(key=_hit_order)
    kept: list[Actor] = []
    last_end = -1
    for x in found:
        if x.start >= last_end:
            kept.append(x)
            last_end = x.end
    result.actors = kept
    return result


_ACTOR_KINDS = {"NAMED": "named", "CLASS": "class", "PERSON": "person"}
_FIRST = itemgetter(0)
_LABELS: dict[int, str] = {}  # matcher label hash → label


def _hit_order(h: Hit | Actor) -> tuple[int, int]:
    return (h.start, h.start - h.end)


@dataclass(frozen=True, slots=True)
class _View:
    """Per-token columns of an analysis (plain lists: faster than reading each ``Tok``)."""

    text: list[str]
    lower: list[str]
    word: list[int]
    title: list[bool]
    isword: list[bool]


def _head_len(result: Analysis, i: int) -> int:
    best = 0
    for label in ("HEAD", "STANDALONE", "PERSON"):
        for h in result.of(label):
            if h.start == i:
                best = max(best, h.end - h.start)
    return best


_PLACES = {"xã", "phường", "thị", "đặc", "huyện", "quận", "thành", "tỉnh"}
_TRAILING = {",", "và", "-", "các", "của", "thuộc", "trực", ";", ":", "(", "/"}


def _trim(toks: list[Tok], end: int, start: int) -> int:
    while end > start + 1 and toks[end - 1].lower in _TRAILING:
        end -= 1
    # an unmatched "(" inside the span: cut before it
    opened = [i for i in range(start, end) if toks[i].text == "("]
    closed = [i for i in range(start, end) if toks[i].text == ")"]
    if len(opened) > len(closed):
        end = opened[-1]
        while end > start + 1 and toks[end - 1].lower in _TRAILING:
            end -= 1
    return end


# Words and signs some flag clause of ``_set_flags`` names (any other lower-case token is plain)
_FLAG_WORDS = frozenset({"các", "thuộc", "trực", ",", "và", "-", "&", "(", ")"})


@cache
def _flag_hash(flag: str) -> int:
    return int(get_nlp().vocab.strings.add(flag))


def _set_flags(doc: Any, result: Analysis, view: _View) -> tuple[int, int] | None:
    """Per-token flags the actor patterns read (see ``_FLAG_ATTRS``), written in one go.

    Returns the token range ``[lo, hi)`` the actor matcher needs to see: from the first token
    that can start an actor to the end of the run of tokens an actor can extend over after the
    last one (every match lies inside it, and no match is found outside it, so matching the span
    gives the same matches in the same order). None, writing nothing, when no token can start an
    actor.
    """
    head_start = result.starts("HEAD") | result.starts("STANDALONE")
    person_start = result.starts("PERSON")
    unit_start = result.starts("UNIT")
    texts, lows, word, title, isword = view.text, view.lower, view.word, view.title, view.isword
    n = len(texts)
    # "các" followed by a class noun (``unit_next``), where the class pattern starts
    cac_unit = {i - 1 for i in unit_start if i > 0 and lows[i - 1] == "các"}
    starts = head_start | person_start | cac_unit
    if not starts:
        return None
    import numpy

    in_head: set[int] = set()
    for label in ("HEAD", "STANDALONE", "PERSON"):
        for h in result.of(label):
            in_head.update(range(h.start + 1, h.end))
    # unit tokens that continue a class only after a connector: "các sở, ban, ngành"
    in_unit_joined: set[int] = set()
    for h in result.of("UNIT"):
        if h.start > 0 and lows[h.start - 1] in (",", "và", "các"):
            in_unit_joined.update(range(h.start, h.end))
        else:
            in_unit_joined.update(range(h.start + 1, h.end))
    level: set[int] = set()
    for h in result.of("LEVEL"):
        level.update(range(h.start, h.end))
    verbs = result.starts(VERB_LABELS)
    head_or_person = head_start | person_start
    unit_next = unit_start | cac_unit
    special = in_head | level | in_unit_joined
    special_words = _FLAG_WORDS

    dash, yes_n, yes_c = _flag_hash("-"), _flag_hash("n"), _flag_hash("c")
    array = numpy.full((n, 5), dash, dtype="uint64")
    for col, flag, where in ((0, "h", head_start), (1, "p", person_start), (2, "u", unit_start)):
        if where:
            array[sorted(where), col] = _flag_hash(flag)
    names: list[int] = []
    classes: list[int] = []
    places = _PLACES
    # The tokens the loop below has to look at, a superset of those that pass its first test
    # (the others are plain lower-case words or signs), found by C-level scans of the columns:
    # capitalised tokens, the token after each (a syllable inside a capitalised word), tokens
    # in hits, flag words and all-capital tokens.
    every = range(n)
    looked = set(compress(every, title))
    looked.update([i + 1 for i in looked])
    looked |= special
    looked.update(compress(every, map(special_words.__contains__, lows)))
    looked.update(compress(every, map(str.isupper, texts)))
    looked.discard(n)
    for i in sorted(looked):
        t = texts[i]
        low = lows[i]
        w = isword[i]
        ti = title[i]
        # a lower-case syllable inside a capitalised pyvi word ("Nội vụ", "Tư pháp")
        in_title_word = w and i > 0 and word[i - 1] == word[i] and title[i - 1]
        if (
            not ti
            and not in_title_word
            and i not in special
            and low not in special_words
            and not (w and t.isupper())
        ):
            continue  # a plain lower-case word or sign: no clause below can hold
        nxt = i + 1 < n
        if (
            i in in_head
            or (
                w
                and (ti or t.isupper())
                and not (i in verbs and (i == 0 or texts[i - 1] in (".", ":", ";", ")")))
            )
            or in_title_word
            or (i in level and low not in ("các", "của", "thuộc", "trực thuộc"))
            or (low == "các" and i + 1 in unit_next)
            or (
                low in ("thuộc", "trực")
                and nxt
                and (title[i + 1] or lows[i + 1] in ("thuộc", "trung", "sở"))
            )
            or (t in (",", "và", "-", "&") and nxt and title[i + 1] and i + 1 not in head_or_person)
            or (
                t in (",", "và")
                and nxt
                and lows[i + 1] in places
                and i > 0
                and lows[i - 1] in places
            )  # "UBND các xã, phường"
            or (t == "(" and i + 2 < n and lows[i + 1] in ("cũ", "mới"))
            or (t == ")" and i > 1 and lows[i - 1] in ("cũ", "mới"))
        ):
            names.append(i)
        if (
            i in in_unit_joined
            or (i in level and low not in ("của", "các"))
            or (low == "các" and i + 1 in unit_next)
            or (t in (",", "và") and i + 1 in unit_next)
            or (
                ti
                and w
                and i not in verbs
                and (i not in head_start or (i > 0 and (lows[i - 1] == "thuộc" or title[i - 1])))
            )
            or in_title_word
            or (low == "thuộc" and nxt and title[i + 1])
        ):
            classes.append(i)
    if names:
        array[names, 3] = yes_n
    if classes:
        array[classes, 4] = yes_c
    doc.from_array(_FLAG_ATTRS, array)
    ok = set(starts) | unit_start | set(names) | set(classes)
    ok.update(compress(every, map("các".__eq__, lows)))
    hi = max(starts) + 1
    while hi < n and hi in ok:
        hi += 1
    return min(starts), hi


__all__ = ["Actor", "Analysis", "Hit", "Tok", "analyse", "get_nlp", "lexicon", "normalise"]
