"""pyvi's word-segmentation model, scored here from its weights instead of by crfsuite.

pyvi tags every syllable B_W (starts a word) or I_W (continues one) with a linear-chain CRF
run by python-crfsuite. Handing crfsuite a sentence means building, per syllable, a list of
some fifteen attribute strings (its own, its neighbours', the n-gram flags), which crfsuite then
looks up one by one; that was two thirds of the segmentation time of a new draft. Here the
weights of a syllable's attributes are looked up once per syllable and kept
(:meth:`Model.syllable`), so are the partial scores of each pair of syllables and the n-gram flag
of each pair and triple (administrative text repeats them from draft to draft), and a sentence
costs a few additions per syllable and a two-label Viterbi pass.

The labels are crfsuite's, bit for bit: a state score is the sum of the weights of the
syllable's attributes added one by one from 0.0 in the order crfsuite adds them (the order of
``sent2features``; an attribute the model does not know adds nothing, a label the model has no
weight for adds 0.0, which changes no comparison), and the Viterbi pass
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
from itertools import pairwise
from pathlib import Path
from typing import cast

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

# a syllable's lower case and attributes (own, as the previous item, as the next item)
Features = Callable[[str], tuple[str, Sequence[bytes], Sequence[bytes], Sequence[bytes]]]
Pairs = tuple[tuple[float, float], ...]  # weights (B, I) to add
# syllable → (lower case, own B score, own I score, weights as the previous syllable, weights as
# the next syllable)
Row = tuple[str, float, float, Pairs, Pairs]
# pair → (the second's B and I scores as far as the pair decides them, the weights the pair adds
# to the first's scores)
PairRow = tuple[float, float, Pairs]


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
        self.bi_before, self.tri_before, self.bi_after, self.tri_after = (
            self._flag(weights.get(attr))
            for attr in (_BI_BEFORE, _TRI_BEFORE, _BI_AFTER, _TRI_AFTER)
        )
        self._syllables: dict[str, Row] = {}  # see Row
        self._pairs: dict[tuple[str, str], PairRow] = {}  # see PairRow
        # triple of syllables → whether it is a trigram
        self._triples: dict[tuple[str, str, str], bool] = {}
        self._grams: tuple[int, int] = (0, 0)  # the n-gram sets the two tables were made with

    @staticmethod
    def _flag(weight: Weight | None) -> tuple[float, float]:
        if weight is None:
            return (0.0, 0.0)
        return (0.0 if weight[0] is None else weight[0], 0.0 if weight[1] is None else weight[1])

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
        """Forget the kept weights of each syllable, pair and triple."""
        self._syllables.clear()
        self._pairs.clear()
        self._triples.clear()

    def _known(self, attrs: Sequence[bytes]) -> Pairs:
        # a label the model has no feature for adds 0.0 instead of nothing: x + 0.0 == x for
        # every x but -0.0 (which gives +0.0, equal to it in every comparison and sum that
        # follows), so the labels are the same
        get = self.weights.get
        return tuple(
            (0.0 if w[0] is None else w[0], 0.0 if w[1] is None else w[1])
            for w in map(get, attrs)
            if w is not None
        )

    def syllable(self, word: str, features: Features) -> Row:
        """The kept weights of a syllable; ``features`` gives its lower case and attributes
        (own, as the previous item, as the next item), in pyvi's order."""
        low, own, prev, nxt = features(word)
        b = i = 0.0
        for wb, wi in self._known(own):
            b += wb
            i += wi
        if len(self._syllables) > TABLE_MAX:
            self._syllables.clear()
        got = self._syllables[word] = (low, b, i, self._known(prev), self._known(nxt))
        return got

    def _pair(
        self,
        first: str,
        second: str,
        features: Features,
        bi_grams: set[str] | frozenset[str],
    ) -> PairRow:
        """The state scores of ``second`` after ``first`` as far as they depend on the two (its
        own attributes, then those of the previous item, then the pair's n-gram flag, added in
        crfsuite's order), and the weights ``second`` and the pair's flag add, in that order, to
        the scores of ``first``."""
        kept = self._syllables.get
        one = kept(first) or self.syllable(first, features)
        two = kept(second) or self.syllable(second, features)
        b, i = two[1], two[2]
        for wb, wi in one[3]:
            b += wb
            i += wi
        after = two[4]
        if f"{one[0]} {two[0]}" in bi_grams:
            b += self.bi_before[0]
            i += self.bi_before[1]
            after += (self.bi_after,)
        if len(self._pairs) > TABLE_MAX:
            self._pairs.clear()
        got = self._pairs[first, second] = (b, i, after)
        return got

    def continues(
        self,
        words: Sequence[str],
        features: Features,
        bi_grams: set[str] | frozenset[str],
        tri_grams: set[str] | frozenset[str],
    ) -> list[bool]:
        """Per syllable, whether pyvi's model tags it I_W (it continues the word before)."""
        n = len(words)
        if not n:
            return []
        if self._grams != (id(bi_grams), id(tri_grams)):
            # the kept pairs and triples hold the n-gram flags of the sets they were made with
            self._pairs.clear()
            self._triples.clear()
            self._grams = (id(bi_grams), id(tri_grams))
        kept_rows = list(map(self._syllables.get, words))
        if None in kept_rows:
            for k, row in enumerate(kept_rows):
                if row is None:
                    kept_rows[k] = self.syllable(words[k], features)
        rows = cast("list[Row]", kept_rows)  # none is missing now
        # the pairs' and triples' kept values, then the missing ones
        kept_pairs = list(map(self._pairs.get, pairwise(words)))
        if None in kept_pairs:
            for k, got in enumerate(kept_pairs):
                if got is None:
                    kept_pairs[k] = self._pair(words[k], words[k + 1], features, bi_grams)
        pairs = cast("list[PairRow]", kept_pairs)
        kept_tg = list(map(self._triples.get, zip(words, words[1:], words[2:], strict=False)))
        if None in kept_tg:
            triples = self._triples
            for k, flag in enumerate(kept_tg):
                if flag is None:
                    if len(triples) > TABLE_MAX:
                        triples.clear()
                    kept_tg[k] = triples[words[k], words[k + 1], words[k + 2]] = (
                        f"{rows[k][0]} {rows[k + 1][0]} {rows[k + 2][0]}" in tri_grams
                    )
        tg = cast("list[bool]", kept_tg)
        tb_b, tb_i = self.tri_before
        ta_b, ta_i = self.tri_after
        bb, bi, ib, ii = self.bb, self.bi, self.ib, self.ii
        last = n - 1
        # the state scores, added in crfsuite's order: own, previous item, its flags, next item,
        # its flags (the first syllable has no previous item)
        b, i = rows[0][1], rows[0][2]
        if last:
            for wb, wi in pairs[0][2]:
                b += wb
                i += wi
            if last > 1 and tg[0]:
                b += ta_b
                i += ta_i
        score_b, score_i = b, i
        # per syllable after the first, the best previous label for B (bit 0) and for I (bit 1)
        back: list[int] = []
        for k in range(1, n):
            b, i, _ = pairs[k - 1]
            if k > 1 and tg[k - 2]:
                b += tb_b
                i += tb_i
            if k < last:
                for wb, wi in pairs[k][2]:
                    b += wb
                    i += wi
                if k < last - 1 and tg[k]:
                    b += ta_b
                    i += ta_i
            # crfsuite: a later label wins only if higher
            from_i, from_b = score_i + ib, score_b + bb
            if from_i > from_b:
                to_b, step = from_i, 1
            else:
                to_b, step = from_b, 0
            from_i, from_b = score_i + ii, score_b + bi
            if from_i > from_b:
                to_i = from_i
                step |= 2
            else:
                to_i = from_b
            back.append(step)
            score_b, score_i = to_b + b, to_i + i
        label = 1 if score_i > score_b else 0
        out = [label]
        for step in reversed(back):
            label = (step >> label) & 1
            out.append(label)
        out.reverse()
        return list(map(bool, out))
