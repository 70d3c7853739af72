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

import re
import string
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"

# Old-style tone placement on the first vowel of "oa", "oe", "uy" at the end of a syllable.
_OLD_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_OLD_RE = re.compile(
    r"(?<![qQ])("
    + "|".join(
        list(_OLD_TONES) + [k.upper() for k in _OLD_TONES] + [k.capitalize() for k in _OLD_TONES]
    )
    + r")(?!\w)"
)


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


@dataclass(frozen=True, slots=True)
class Tok:
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


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon or pattern match over syllable tokens ``[start, end)``."""

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
    # ``starts`` per label, filled on first use (an analysis is not changed once returned)
    _starts: dict[str, frozenset[int]] = field(default_factory=dict, repr=False, compare=False)

    def of(self, label: str) -> list[Hit]:
        return self.hits.get(label, [])

    def starts(self, label: str) -> frozenset[int]:
        got = self._starts.get(label)
        if got is None:
            got = self._starts[label] = frozenset(h.start for h in self.hits.get(label, ()))
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


def _syllables(text: str) -> list[str]:
    return _SYLLABLE.findall(normalise(text).lower())


# Per-token flags for the actor patterns, written into native token attributes (much faster to
# match than custom ``._`` extensions): NORM holds the starts ("h" head of a named body, "p"
# person title, "u" class noun), TAG the name-continuation flag, LEMMA the class-continuation flag.
_HS = {"NORM": {"IN": ["h", "hp", "hu", "hpu"]}}
_PERSON = {"NORM": {"IN": ["p", "hp", "pu", "hpu"]}}
_UNIT = {"NORM": {"IN": ["u", "hu", "pu", "hpu"]}}
_NAME_STAR = {"TAG": "n", "OP": "*"}
_CLS_STAR = {"LEMMA": "c", "OP": "*"}
_FLAG_ATTRS = ["NORM", "TAG", "LEMMA"]


@cache
def _matchers() -> tuple[Any, Any]:
    """PhraseMatcher over the lexicons and Matcher for actors, built once."""
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc

    nlp = get_nlp()
    vocab = nlp.vocab
    phrases = PhraseMatcher(vocab, attr="LOWER")
    lex = lexicon()
    for label, group, key in _GROUPS:
        docs = [Doc(vocab, words=_syllables(p)) for p in lex[group][key]]
        phrases.add(label, [d for d in docs if len(d)])
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
    return phrases, actors


# Recently segmented paragraphs (normalised text → tokens): a sentence or clause of one of them
# reuses its tokens instead of running pyvi again (see ``prime``).
_PRIMED: dict[str, list[Tok] | None] = {}
_PRIMED_MAX = 16


def prime(text: str) -> None:
    """Segment a whole paragraph once; later analyses of parts of it reuse the segmentation."""
    norm = normalise(text)
    if norm in _PRIMED:
        return
    if len(_PRIMED) >= _PRIMED_MAX:
        _PRIMED.pop(next(iter(_PRIMED)))
    _PRIMED[norm] = None  # segmented on first use (an analysis may already be cached)


def _tokenise(text: str) -> list[Tok]:
    """Syllable tokens of ``text`` with the pyvi word each belongs to."""
    for block, cached in reversed(_PRIMED.items()):
        at = block.find(text)
        if at >= 0:
            toks = cached if cached is not None else _segment(block)
            _PRIMED[block] = toks
            if at == 0 and len(text) == len(block):
                return list(toks)  # the whole paragraph: same tokens, nothing to shift
            end = at + len(text)
            return [
                Tok(t.text, t.lower, t.start - at, t.end - at, t.word)
                for t in toks
                if t.start >= at and t.end <= end
            ]
    return _segment(text)


@cache
def _pyvi() -> tuple[Any, Any, set[str], set[str]]:
    """spaCy's pyvi syllabiser, pyvi's CRF model and its bigram/trigram sets, loaded once."""
    from pyvi.ViTokenizer import ViTokenizer

    tokenizer = get_nlp().tokenizer
    return tokenizer, ViTokenizer.model, ViTokenizer.bi_grams, ViTokenizer.tri_grams


def _features(words: list[str], bi: set[str], tri: set[str]) -> list[dict[str, Any]]:
    """pyvi's ``sent2features(words, False)``, computing each word's flags once."""
    low = [w.lower() for w in words]
    up = [w.isupper() for w in words]
    title = [w.istitle() for w in words]
    n = len(words)
    out: list[dict[str, Any]] = []
    for i, word in enumerate(words):
        f: dict[str, Any] = {
            "bias": 1.0,
            "word.lower()": low[i],
            "word.isupper()": up[i],
            "word.istitle()": title[i],
            "word.isdigit()": word.isdigit(),
        }
        if i > 0:
            w1 = words[i - 1]
            f["-1:word.lower()"] = low[i - 1]
            f["-1:word.istitle()"] = title[i - 1]
            f["-1:word.isupper()"] = up[i - 1]
            f["-1:word.bi_gram()"] = f"{w1} {word}".lower() in bi
            if i > 1:
                f["-2:word.tri_gram()"] = f"{words[i - 2]} {w1} {word}".lower() in tri
        if i < n - 1:
            w1 = words[i + 1]
            f["+1:word.lower()"] = low[i + 1]
            f["+1:word.istitle()"] = title[i + 1]
            f["+1:word.isupper()"] = up[i + 1]
            f["+1:word.bi_gram()"] = f"{word} {w1}".lower() in bi
            if i < n - 2:
                f["+2:word.tri_gram()"] = f"{word} {w1} {words[i + 2]}".lower() in tri
        out.append(f)
    return out


_PUNCT = frozenset(string.punctuation)


def _pyvi_words(text: str) -> list[str]:
    """The words of spaCy's Vietnamese tokenizer (``pyvi_tokenize``), without building a Doc."""
    if not text:
        return []
    if text.isspace():
        return [text]
    tokenizer, model, bi, tri = _pyvi()
    segs = tokenizer.pyvi_sylabelize_with_ws(text)
    words: list[str] = []
    preceding_ws: list[str] = []
    for i, token in enumerate(segs):
        if not token.isspace():
            words.append(token)
            preceding_ws.append("" if (i == 0 or not segs[i - 1].isspace()) else segs[i - 1])
    labels = model.predict_single(_features(words, bi, tri))
    token = words[0]
    tokens: list[str] = []
    for i in range(1, len(labels)):
        if (
            labels[i] == "I_W"
            and words[i] not in _PUNCT
            and words[i - 1] not in _PUNCT
            and not words[i][0].isdigit()
            and not words[i - 1][0].isdigit()
            and not (words[i][0].istitle() and not words[i - 1][0].istitle())
        ):
            token = token + preceding_ws[i] + words[i]
        else:
            tokens.append(token)
            token = words[i]
    tokens.append(token)
    return tokens


def _segment(text: str) -> list[Tok]:
    # Word numbers only tell whether two neighbouring syllables share a pyvi word.
    toks: list[Tok] = []
    pos = 0
    for w, word in enumerate(_pyvi_words(text)):
        for syl in _SYLLABLE.findall(word):
            at = text.find(syl, pos)
            if at < 0:  # pyvi changed the text (should not happen); resynchronise
                continue
            toks.append(Tok(syl, syl.lower(), at, at + len(syl), w))
            pos = at + len(syl)
    return toks


@lru_cache(maxsize=2048)
def analyse(text: str) -> Analysis:
    """Tokenise ``text`` (normalised) and find lexicon hits and actors (cached: do not mutate)."""
    from spacy.tokens import Doc

    nfc = unicodedata.normalize("NFC", text)
    norm = normalise(nfc)
    toks = _tokenise(norm)
    result = Analysis(norm, toks, original=nfc)
    if not toks:
        return result
    phrases, actor_matcher = _matchers()
    doc = Doc(get_nlp().vocab, words=[t.text for t in toks])
    hits: dict[str, list[Hit]] = {}
    vocab_strings = doc.vocab.strings
    for match_id, s, e in phrases(doc):
        # A hit must not cut a pyvi word whose other part is lower case ("Giao" in "Giao
        # thông", "ban" in "ban hành", "giao" in "bàn giao"). pyvi also merges across names
        # ("Giao Sở") and runs of words ("tham mưu kế hoạch", "kết quả thực hiện"): only
        # single syllables, the ambiguous ones, are checked.
        nxt = toks[e] if e < len(toks) else None
        if (
            e - s == 1
            and nxt is not None
            and nxt.word == toks[e - 1].word
            and nxt.is_word
            and not nxt.is_title
        ):
            continue
        prv = toks[s - 1] if s > 0 else None
        if (
            e - s == 1
            and prv is not None
            and prv.word == toks[s].word
            and prv.is_word
            and not toks[s].is_title
            and not prv.is_title
        ):
            continue
        label = vocab_strings[match_id]
        hits.setdefault(label, []).append(
            Hit(label, s, e, nfc[toks[s].start : toks[e - 1].end], toks[s].start, toks[e - 1].end)
        )
    for label in hits:
        hits[label].sort(key=lambda h: (h.start, -(h.end - h.start)))
    result.hits = hits
    _set_flags(doc, result)
    found: list[Actor] = []
    for match_id, s, e in actor_matcher(doc):
        kind = {"NAMED": "named", "CLASS": "class", "PERSON": "person"}[vocab_strings[match_id]]
        s2, e2 = s, _trim(toks, e, s)
        if e2 <= s2:
            continue
        bare = (
            kind in ("named", "person")
            and e2 - s2 == _head_len(result, s2)
            and s2 not in result.starts("STANDALONE")
        )
        # a bare head ("Sở", "Ban") with no name is not a named body, unless standalone
        if bare and not (e2 < len(toks) and toks[e2].text == ":"):
            continue
        found.append(
            Actor(kind, s2, e2, nfc[toks[s2].start : toks[e2 - 1].end], toks[s2].start,
                  toks[e2 - 1].end)
        )  # fmt: skip
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[Actor] = []
    last_end = -1
    for a in found:
        if a.start >= last_end:
            kept.append(a)
            last_end = a.end
    result.actors = kept
    return result


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


@cache
def _flag_hash(flag: str) -> int:
    return int(get_nlp().vocab.strings.add(flag))


def _set_flags(doc: Any, result: Analysis) -> None:
    """Per-token flags the actor patterns read (NORM, TAG and LEMMA, written in one go)."""
    import numpy

    toks = result.toks
    n = len(toks)
    head_start = result.starts("HEAD") | result.starts("STANDALONE")
    in_head: set[int] = set()
    for label in ("HEAD", "STANDALONE", "PERSON"):
        for h in result.of(label):
            in_head.update(range(h.start + 1, h.end))
    unit_start = result.starts("UNIT")
    # unit tokens that continue a class only after a connector: "các sở, ban, ngành"
    in_unit_joined: set[int] = set()
    for h in result.of("UNIT"):
        if h.start > 0 and toks[h.start - 1].lower in (",", "và", "các"):
            in_unit_joined.update(range(h.start, h.end))
        else:
            in_unit_joined.update(range(h.start + 1, h.end))
    level: set[int] = set()
    for h in result.of("LEVEL"):
        level.update(range(h.start, h.end))
    person_start = result.starts("PERSON")
    verbs: set[int] = set()
    for label in ("GIVE", "ASK", "LEADV", "COORD", "RESP", "ACTION"):
        verbs.update(h.start for h in result.of(label))

    def title_non_head(i: int) -> bool:
        return i < n and toks[i].is_title and i not in head_start and i not in person_start

    def unit_next(i: int) -> bool:
        return i < n and (i in unit_start or (toks[i].lower == "các" and i + 1 in unit_start))

    norms: list[int] = []
    tags: list[int] = []
    lemmas: list[int] = []
    for i, t in enumerate(toks):
        norms.append(
            _flag_hash(
                (
                    ("h" if i in head_start else "")
                    + ("p" if i in person_start else "")
                    + ("u" if i in unit_start else "")
                )
                or "-"
            )
        )
        prev_word_same = i > 0 and toks[i - 1].word == t.word
        name = False
        if i in in_head or (
            t.is_word
            and (t.is_title or t.text.isupper())
            and not (i in verbs and (i == 0 or toks[i - 1].text in (".", ":", ";", ")")))
        ):
            name = True
        elif t.is_word and prev_word_same and toks[i - 1].is_title:
            name = True  # "Nội vụ", "Tư pháp": lower-case syllable in a capitalised word
        elif (
            (i in level and t.lower not in ("các", "của", "thuộc", "trực thuộc"))
            or (t.lower in ("các",) and unit_next(i + 1))
            or (
                t.lower in ("thuộc", "trực")
                and i + 1 < n
                and (toks[i + 1].is_title or toks[i + 1].lower in ("thuộc", "trung", "sở"))
            )
            or (t.text in (",", "và", "-", "&") and title_non_head(i + 1))
        ):
            name = True
        elif (
            t.text in (",", "và")
            and i + 1 < n
            and toks[i + 1].lower in _PLACES
            and i > 0
            and toks[i - 1].lower in _PLACES
        ):
            name = True  # "UBND các xã, phường"
        elif (t.text == "(" and i + 2 < n and toks[i + 1].lower in ("cũ", "mới")) or (
            t.text == ")" and i > 1 and toks[i - 1].lower in ("cũ", "mới")
        ):
            name = True
        tags.append(_flag_hash("n" if name else "-"))
        cls = False
        if (
            i in in_unit_joined
            or (i in level and t.lower not in ("của", "các"))
            or (t.lower == "các" and unit_next(i + 1))
            or (t.text in (",", "và") and unit_next(i + 1))
            or (
                t.is_title
                and t.is_word
                and i not in verbs
                and (
                    i not in head_start
                    or (i > 0 and (toks[i - 1].lower == "thuộc" or toks[i - 1].is_title))
                )
            )
            or (t.is_word and prev_word_same and toks[i - 1].is_title)
            or (t.lower in ("thuộc",) and i + 1 < n and toks[i + 1].is_title)
        ):
            cls = True
        lemmas.append(_flag_hash("c" if cls else "-"))
    if toks:
        doc.from_array(_FLAG_ATTRS, numpy.array([norms, tags, lemmas], dtype="uint64").T)


__all__ = ["Actor", "Analysis", "Hit", "Tok", "analyse", "get_nlp", "lexicon", "normalise"]
