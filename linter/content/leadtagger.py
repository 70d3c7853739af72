"""A learned tagger of task leads: a linear-chain CRF over syllables, the fallback of the rules.

The rules of :mod:`linter.content.tasks` read a task's lead from the clause's structure and the
lexicon; on sentences of documents they were never tuned on they find about six leads in ten
(each held-out set's first run). This tagger learns the same answer from every labelled task
sentence in ``tests/data`` except the set kept aside as the judge (``python -m
linter.content.leadtagger`` trains it, deterministically, into ``data/leads.crfsuite``). It
tags each syllable B (a lead starts), I (continues) or O, from the syllable, its neighbours, the
analyser's lexicon hits and actors around it, its place in the clause and whether it is in the
heading the item sits under. The extraction asks it where the rules found no lead: for the lead
of a task they found, for the subject of a clause they took for no task (a task when a duty
follows that subject), and for the addressees of an introduction ("… yêu cầu X … sau:").

Measured on the eleventh held-out set (98 sentences of ten documents no rule or model had seen,
labelled before any run; each figure run once):

- lead recall 0.60 (P 0.91) with the rules alone, before and after their eleventh round;
- 0.72 (P 0.80) with this tagger alone, reading each sentence under its heading;
- 0.77 (P 0.91) taking the rules' leads and this tagger's where the rules give none, sentence by
  sentence (an upper bound: it counts sentences the extraction does not take as tasks);
- 0.62 (P 0.89) as the extraction uses it: only its tasks without a lead ask the tagger. Most
  leads it misses are in sentences it takes for no task at all (27 of 45).

Trained on the eleventh set too since then (with the twelfth kept aside as the judge). The
three sets labelled after it (twelfth to fourteenth, 265 sentences of documents never used
before), each run once before being studied: lead recall 0.75, 0.60 and 0.69 with the tagger
in all three roles (0.75, 0.56 and 0.67 with it only filling tasks' missing leads).

A guessed lead is shown in the task table (``lead_guessed``, "(đoán)") and answers "no lead"
(VB701); the rules that raise an alarm about a lead (VB702, VB708) read only the rules' leads.

Model: CRFsuite (python-crfsuite, MIT), L-BFGS with ``c1`` 0.1, ``c2`` 0.05, 150 iterations,
all transitions; loaded once per process, lazily.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from linter.content import nlp

MODEL = Path(__file__).with_name("data") / "leads.crfsuite"

# The labelled sets the model learns from (tests/data/<name>.jsonl), in this order. The
# twelfth held-out set is the judge: never trained on.
TRAINING_SETS = (
    "tasks_dev", "tasks_heldout", "tasks_dev2", "tasks_heldout2", "tasks_heldout3",
    "tasks_heldout4", "tasks_heldout5", "tasks_heldout6", "tasks_heldout7", "tasks_heldout8",
    "tasks_heldout9", "tasks_heldout10", "tasks_heldout11",
)  # fmt: skip
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}

# A token of the tagged sequence: (part: "h" heading | "t" text, its analysis, index in it)
_Token = tuple[str, nlp.Analysis, int]


def tokens(text: str, heading: str | None = None) -> list[_Token]:
    """The syllables the tagger reads: the heading's (if any), then the text's."""
    parts: list[tuple[str, nlp.Analysis]] = []
    if heading:
        parts.append(("h", nlp.analyse(heading)))
    parts.append(("t", nlp.analyse(text)))
    return [(tag, a, i) for tag, a in parts for i in range(len(a.toks))]


def features(toks: Sequence[_Token]) -> list[dict[str, float]]:
    """Per syllable, its features (names → 1.0)."""
    cover: list[dict[str, float]] = []
    for _tag, a, i in toks:
        f: dict[str, float] = {}
        for label, hits in a.hits.items():
            for h in hits:
                if h.start <= i < h.end:
                    f["h=" + label] = 1.0
                    if h.start == i:
                        f["hb=" + label] = 1.0
        for x in a.actors:
            if x.start <= i < x.end:
                f["act=" + x.kind] = 1.0
                if x.start == i:
                    f["actb=" + x.kind] = 1.0
        cover.append(f)
    first_verb: dict[int, int] = {}
    out: list[dict[str, float]] = []
    n = len(toks)
    for k, (tag, a, i) in enumerate(toks):
        t = a.toks[i]
        w = t.lower
        f = {"bias": 1.0, "w=" + w: 1.0, "part=" + tag: 1.0}
        if t.is_title:
            f["title"] = 1.0
        if t.text.isupper() and len(t.text) > 1:
            f["upper"] = 1.0
        if not t.is_word:
            f["punct=" + t.text] = 1.0
        if i == 0 or a.toks[i - 1].word != t.word:
            f["wstart"] = 1.0
        f["pos=" + str(min(i, 12))] = 1.0
        for d in (-3, -2, -1, 1, 2, 3):
            j = k + d
            if 0 <= j < n and toks[j][1] is a:
                f[f"w{d}=" + a.toks[toks[j][2]].lower] = 1.0
                if abs(d) <= 2:
                    for label in cover[j]:
                        f[f"{d}:{label}"] = 1.0
            elif abs(d) == 1:
                f[f"w{d}=<E>"] = 1.0
        if k > 0 and toks[k - 1][1] is a:
            f["bg-=" + a.toks[toks[k - 1][2]].lower + "|" + w] = 1.0
        f.update(cover[k])
        verb = first_verb.get(id(a))
        if verb is None:
            starts = [h.start for h in (*a.of("ACTION"), *a.of("LEADV"))]
            verb = first_verb[id(a)] = min(starts, default=1 << 30)
        f["beforeVerb" if i < verb else "afterVerb"] = 1.0
        out.append(f)
    return out


def spans(toks: Sequence[_Token], labels: Sequence[str]) -> list[tuple[str, str]]:
    """The tagged leads: (part, text) of each B-I… run, in order (a run stays in one part)."""
    out: list[tuple[str, str]] = []
    start = end = -1

    def close() -> None:
        tag, a, i = toks[start]
        out.append((tag, a.span_text(i, toks[end - 1][2] + 1)))

    for k, label in enumerate(labels):
        if label == "I" and start >= 0 and toks[k][1] is toks[start][1]:
            end = k + 1
            continue
        if start >= 0:
            close()
            start = -1
        if label in ("B", "I"):
            start, end = k, k + 1
    if start >= 0:
        close()
    return out


_LOCK = threading.Lock()


@cache
def _tagger() -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def _labelled(text: str, heading: str | None) -> tuple[list[_Token], list[str]]:
    toks = tokens(text, heading)
    if not toks:
        return toks, []
    xs = features(toks)
    with _LOCK:  # a Tagger is one model state: one sequence at a time
        labels = _tagger().tag(xs)
    return toks, labels


def tag(text: str, heading: str | None = None) -> list[tuple[str, str]]:
    """The leads the model reads in ``text`` (under ``heading``): (part "h"/"t", text)."""
    return spans(*_labelled(text, heading))


def tag_text(text: str, heading: str | None = None) -> list[tuple[int, int]]:
    """The leads the model reads in ``text`` itself (under ``heading``), as token ranges of
    ``nlp.analyse(text)``."""
    toks, labels = _labelled(text, heading)
    out: list[tuple[int, int]] = []
    for (part, _a, i), label in zip(toks, labels, strict=True):
        if part != "t":
            continue
        if label == "B" or (label == "I" and not (out and out[-1][1] == i)):
            out.append((i, i + 1))
        elif label == "I":
            out[-1] = (out[-1][0], i + 1)
    return out


# -- training ----------------------------------------------------------------------------------


def _labels(leads: Sequence[str], toks: Sequence[_Token]) -> list[str]:
    """B/I/O of each syllable: each labelled lead at its first free place, the text before the
    heading; failing the whole lead, its first two syllables (a label may be worded longer)."""
    y = ["O"] * len(toks)
    seq = [a.toks[i].lower for _, a, i in toks]
    order = sorted(range(len(toks)), key=lambda k: (toks[k][0] != "t", k))
    for lead in leads:
        target = [t.lower for t in nlp.analyse(lead).toks]
        for size in (len(target), min(len(target), 2)):
            if not size:
                break
            at = next(
                (
                    k
                    for k in order
                    if seq[k : k + size] == target[:size]
                    and all(y[j] == "O" for j in range(k, k + size))
                ),
                None,
            )
            if at is not None:
                y[at : at + size] = ["B"] + ["I"] * (size - 1)
                break
    return y


def examples(cases: Sequence[dict[str, Any]]) -> Iterator[tuple[list[dict[str, float]], list[str]]]:
    """(features, labels) of each labelled case (``text``, ``heading``, ``leads``)."""
    from linter.content.tasks import _LABEL_RE

    for case in cases:
        # the text as the extraction gives it: without its numbering label ("2.1.", "a)")
        text = case["text"]
        m = _LABEL_RE.match(text)
        toks = tokens(text[m.end() :] if m else text, case.get("heading"))
        yield features(toks), _labels(case["leads"], toks)


def train(cases: Sequence[dict[str, Any]], path: Path) -> None:
    """Train the model on labelled cases into ``path`` (deterministic)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xs, ys in examples(cases):
        trainer.append(xs, ys)
    trainer.set_params(PARAMS)
    trainer.train(str(path))


def training_cases(data: Path) -> list[dict[str, Any]]:
    import json

    cases: list[dict[str, Any]] = []
    for name in TRAINING_SETS:
        with (data / f"{name}.jsonl").open(encoding="utf-8") as fh:
            cases += [json.loads(line) for line in fh if line.strip()]
    return cases


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m linter.content.leadtagger [DATA_DIR] [OUT]``: train the shipped model."""
    args = list(sys.argv[1:] if argv is None else argv)
    root = Path(__file__).resolve().parents[2]
    data = Path(args[0]) if args else root / "tests" / "data"
    out = Path(args[1]) if len(args) > 1 else MODEL
    cases = training_cases(data)
    train(cases, out)
    print(f"{len(cases)} câu đã gán nhãn → {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
