"""pyvi's word-segmentation model, scored here from its weights instead of by crfsuite.

pyvi tags every syllable B_W (starts a word) or I_W (continues one) with a linear-chain CRF
run by python-crfsuite. Handing crfsuite a sentence means building, per syllable, a list of
some fifteen attribute strings (its own, its neighbours', the n-gram flags), which crfsuite then
looks up one by one; that was two thirds of the segmentation time of a new draft. Here the
weights of a syllable's attributes are looked up once per syllable and kept
(:meth:`Model.syllable`), and a sentence costs a few additions per syllable and a two-label
Viterbi pass.

The labels are crfsuite's, bit for bit: a state score is the sum of the weights of the
syllable's attributes added one by one from 0.0 in the order crfsuite adds them (the order of
``sent2features``; an attribute the model does not know adds nothing), and the Viterbi pass
breaks ties as crfsuite's ``crf1dc_viterbi`` does (the first label wins). A test compares both
on real text.

The model file is crfsuite's binary format (``lCRF``/``FOMC``): a feature table of
``(type, source, destination, weight)`` records (type 0: attribute → label, type 1: label →
label) and two string tables (``CQDB``) whose backward arrays give each ID's string. A file
that does not read as expected gives ``None``, and the caller keeps crfsuite.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from pathlib import Path

# A label's weight, or None when the model has no feature for that attribute and label.
Weight = tuple[float | None, float | None]

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = struct.Struct("<IIId")
_LABELS = (b"B_W", b"I_W")
# The n-gram flags pyvi gives a syllable: the pair or triple it ends or starts.
_BI_BEFORE, _TRI_BEFORE = b"-1:word.bi_gram()", b"-2:word.tri_gram()"
_BI_AFTER, _TRI_AFTER = b"+1:word.bi_gram()", b"+2:word.tri_gram()"
# Syllables whose weights are kept; past this the table is emptied (names and numbers would
# otherwise grow it in a long-running service).
TABLE_MAX = 20_000


def _strings(data: bytes, at: int) -> list[bytes]:
    """The strings of the CQDB table at ``at``, by ID."""
    if data[at : at + 4] != b"CQDB":
        raise ValueError("not a CQDB table")
    _size, _flag, _order, count, backward = struct.unpack_from("<IIIII", data, at + 4)
    out = []
    for k in range(count):
        (record,) = struct.unpack_from("<I", data, at + backward + 4 * k)
        ident, size = struct.unpack_from("<II", data, at + record)
        if ident != k or size < 1:
            raise ValueError("unexpected CQDB record")
        start = at + record + 8
        out.append(data[start : start + size - 1])  # the stored size counts the final NUL
    return out


class Model:
    """The weights of pyvi's CRF, and the labels of a sentence's syllables."""

    def __init__(self, weights: dict[bytes, Weight], transitions: list[list[float]]) -> None:
        self.weights = weights
        (self.bb, self.bi), (self.ib, self.ii) = transitions
        zero: Weight = (None, None)
        self.bi_before = weights.get(_BI_BEFORE, zero)
        self.tri_before = weights.get(_TRI_BEFORE, zero)
        self.bi_after = weights.get(_BI_AFTER, zero)
        self.tri_after = weights.get(_TRI_AFTER, zero)
        # syllable → (lower case, own B score, own I score, weights as the previous syllable,
        # weights as the next syllable)
        self._syllables: dict[
            str, tuple[str, float, float, tuple[Weight, ...], tuple[Weight, ...]]
        ] = {}

    @classmethod
    def read(cls, path: str | Path) -> Model:
        """The model in crfsuite's file at ``path`` (ValueError when it is not one)."""
        data = Path(path).read_bytes()
        try:
            magic, _size, kind, _version, _nf, labels, _na, features, label_table, attr_table = (
                _HEADER.unpack_from(data, 0)[:10]
            )
            if magic != b"lCRF" or kind != b"FOMC" or labels != 2:
                raise ValueError("not a two-label crfsuite model")
            if tuple(_strings(data, label_table)) != _LABELS:
                raise ValueError("not pyvi's labels")
            attrs = _strings(data, attr_table)
            chunk, _csize, count = struct.unpack_from("<4sII", data, features)
            if chunk != b"FEAT":
                raise ValueError("no feature table")
            weights: dict[bytes, list[float | None]] = {}
            transitions = [[0.0, 0.0], [0.0, 0.0]]
            for kind_, src, dst, weight in _FEATURE.iter_unpack(
                data[features + 12 : features + 12 + _FEATURE.size * count]
            ):
                if kind_ == 0:
                    weights.setdefault(attrs[src], [None, None])[dst] = weight
                elif kind_ == 1:
                    transitions[src][dst] = weight
                else:
                    raise ValueError("unknown feature type")
        except (struct.error, IndexError) as exc:
            raise ValueError("damaged crfsuite model") from exc
        return cls({a: (w[0], w[1]) for a, w in weights.items()}, transitions)

    def clear(self) -> None:
        """Forget the kept weights of each syllable."""
        self._syllables.clear()

    def _known(self, attrs: Sequence[bytes]) -> tuple[Weight, ...]:
        get = self.weights.get
        return tuple(w for w in map(get, attrs) if w is not None)

    def syllable(
        self, word: str, features: Callable[[str], tuple[str, Sequence[bytes], ...]]
    ) -> tuple[str, float, float, tuple[Weight, ...], tuple[Weight, ...]]:
        """The kept weights of a syllable; ``features`` gives its lower case and attributes
        (own, as the previous item, as the next item), in pyvi's order."""
        low, own, prev, nxt = features(word)
        b = i = 0.0
        for wb, wi in self._known(own):
            if wb is not None:
                b += wb
            if wi is not None:
                i += wi
        if len(self._syllables) > TABLE_MAX:
            self._syllables.clear()
        got = self._syllables[word] = (low, b, i, self._known(prev), self._known(nxt))
        return got

    def continues(
        self,
        words: Sequence[str],
        features: Callable[[str], tuple[str, Sequence[bytes], ...]],
        bi_grams: set[str] | frozenset[str],
        tri_grams: set[str] | frozenset[str],
    ) -> list[bool]:
        """Per syllable, whether pyvi's model tags it I_W (it continues the word before)."""
        n = len(words)
        if not n:
            return []
        kept = self._syllables.get
        rows = [kept(w) or self.syllable(w, features) for w in words]
        low = [r[0] for r in rows]
        bg = [f"{low[k]} {low[k + 1]}" in bi_grams for k in range(n - 1)]
        tg = [f"{low[k]} {low[k + 1]} {low[k + 2]}" in tri_grams for k in range(n - 2)]
        bi_before, tri_before, bi_after, tri_after = (
            self.bi_before,
            self.tri_before,
            self.bi_after,
            self.tri_after,
        )
        bb, bi, ib, ii = self.bb, self.bi, self.ib, self.ii
        back: list[tuple[int, int]] = []
        score_b = score_i = 0.0
        for k in range(n):
            # the state scores, added in crfsuite's order: own, previous item, its flags,
            # next item, its flags
            _, b, i, _, _ = rows[k]
            added: list[Weight] = []
            if k > 0:
                added += rows[k - 1][3]
                if bg[k - 1]:
                    added.append(bi_before)
                if k > 1 and tg[k - 2]:
                    added.append(tri_before)
            if k < n - 1:
                added += rows[k + 1][4]
                if bg[k]:
                    added.append(bi_after)
                if k < n - 2 and tg[k]:
                    added.append(tri_after)
            for wb, wi in added:
                if wb is not None:
                    b += wb
                if wi is not None:
                    i += wi
            if k == 0:
                score_b, score_i = b, i
                continue
            # best previous label for each label (crfsuite: a later label wins only if higher)
            to_b, from_b = (score_i + ib, 1) if score_i + ib > score_b + bb else (score_b + bb, 0)
            to_i, from_i = (score_i + ii, 1) if score_i + ii > score_b + bi else (score_b + bi, 0)
            back.append((from_b, from_i))
            score_b, score_i = to_b + b, to_i + i
        label = 1 if score_i > score_b else 0
        out = [label]
        for step in reversed(back):
            label = step[label]
            out.append(label)
        out.reverse()
        return [x == 1 for x in out]
