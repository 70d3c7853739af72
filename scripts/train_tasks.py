"""An experiment: a CRF sequence labeller for task leads beside the rule-based extractor.

Usage::

    python scripts/train_tasks.py [--fusion complete|clause|create] [--threshold P]
                                  [--stacked] [--c1 C] [--c2 C] [--save FILE]

Result (measured 2026-11-29, kept as a note): **not adopted**. The product keeps the rules of
``linter/content/tasks.py``; this script is the whole experiment, so that it can be re-run
when there is more labelled data.

The model. A linear-chain CRF (python-crfsuite, the binding pyvi already depends on) tags the
syllable tokens of each sentence segment the extractor reads (the tokens of
``linter.content.nlp.analyse``) with BIO tags ``LEAD`` and ``CO`` (co-workers). Features: the
lower-cased syllable and its shape in a window of ±2, syllable bigrams, the NLP layer's lexicon
hits (actor heads, units, "giao/đề nghị/yêu cầu", "chủ trì/phối hợp/có trách nhiệm", action
verbs, products, closing formulas) and actors, the position of the first verb, the first three
positions, a preceding "được/do/bị" or determiner, and whether a heading or an introduction
gives the segment an actor; ``--stacked`` adds the rules' own leads (the tokens of
``tasks._find_leads``) as features. Gold tags come from aligning each labelled lead and
co-worker to the tokens (:func:`align`: NFC, new-style tone placement, lower case, parentheses
ignored, the label may be a prefix of the text's phrase); a lead that sits in the heading is
read there by the rules and not tagged in the sentence. Of 415 labelled leads, 318 align in the
sentence, 90 are the heading's, 7 cannot be aligned (written differently from the text); 64 of
66 co-workers align. Training: L-BFGS, c1 0.5, c2 0.05 (chosen by the cross-validation below
among c1 0.01-1.0, c2 0.01-0.1), deterministic; the model is 86 KiB.

Fusion (inside ``tasks.extract``, at the call that reads a segment's leads): ``complete`` adds
CRF lead spans (mean marginal >= threshold) that overlap none of the rules' leads; ``clause``
does the same but only for spans with no verb between them and the rules' leads (the rest of a
list of subjects, not the object of a verb); ``create`` uses the CRF's spans only where the
rules found no lead.

Evaluation: leave-one-set-out cross-validation over the seven labelled sets (336 sentences):
a model trained on six sets, the seventh evaluated with ``tests/test_tasks_eval.py``'s
``evaluate()`` (same matching), (a) rules only, (b) rules + CRF. The rules were tuned on every
set but ``tasks_heldout5``, so (a) is inflated on the other six; the ``tasks_heldout5`` fold is
the fairest comparison. Lead tp/fp (of 106 leads) on that fold, and pooled over the seven
folds (of 415), deadline unchanged by every variant on that fold (19/29, fp 6):

=====================================  =================  ====================
variant                                heldout5 fold      pooled
=====================================  =================  ====================
(a) rules only                         68, fp 5 (R 0.64)  352, fp 10 (P 0.97 R 0.85)
(b) complete, threshold 0.9            72, fp 5 (R 0.68)  358, fp 13
(b) clause, threshold 0.7              70, fp 5 (R 0.66)  357, fp 11
(b) create, threshold 0.7              69, fp 5           354, fp 11
(b) stacked, clause, threshold 0.5     70, fp 5           354, fp 11
=====================================  =================  ====================

The CRF alone (its spans at marginal >= 0.5 against the labelled leads of the same segments)
is weaker than the rules' own lead finder: heldout5 fold R 0.51 P 0.91 against R 0.59 P 0.90,
pooled R 0.70 P 0.85 against R 0.84 P 0.94. With about 320 aligned leads the model learns the
lexicon's actors and the common shapes, which the rules already read; it does not learn the
unusual subjects the rules miss. On real drafts (``bench/golden.py``, 58 documents) neither
``complete`` nor ``clause`` changed any VB70x finding, but every lead they added outside the
sentences the labelled sets were quoted from was wrong (``complete``: 3 of 3 — an object of
"chỉ đạo", a recipient after "cho", the members after "gồm:"; ``clause``: 3 of 3 — members
after "gồm:", "các thành viên không", the people whose pay is decided). A gain of two to four
leads of 106 on the one fair fold, far from the issue's 0.9 and bought with wrong leads on real
text, does not justify a model in the product. Deadline recall is untouched: the deadline
misses are in sentences where no task is found, and the CRF does not find those tasks. Cost:
opening the model takes 0.3 ms, but building the features and tagging takes about 1.2 ms per
segment in Python (a three-page draft has about 30 segments: some 35 ms, about doubling the
content rules' time of about 31 ms).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from linter.content import nlp, tasks  # noqa: E402

SETS = (
    "tasks_dev",
    "tasks_heldout",
    "tasks_dev2",
    "tasks_heldout2",
    "tasks_heldout3",
    "tasks_heldout4",
    "tasks_heldout5",
)
PARAMS: dict[str, Any] = {
    "c1": 0.5,
    "c2": 0.05,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}
Seq = tuple[list[list[str]], list[str]]

# -- features ---------------------------------------------------------------------------------

_FEATURE_LABELS = (
    "HEAD", "STANDALONE", "UNIT", "PERSON", "LEVEL", "GIVE", "ASK", "LEADV", "COORD", "RESP",
    "ACTION", "GENERIC", "PRODUCT", "CLOSING", "ESCALATION",
)  # fmt: skip
_PASSIVE = {"được", "do", "bị"}
_DETERMINERS = {"các", "những", "mỗi", "từng", "toàn", "cả"}


def _shape(text: str) -> str:
    c = text[:1]
    if not c.isalnum():
        return "P"
    if c.isdigit():
        return "D"
    if text.isupper() and len(text) > 1:
        return "U"
    return "T" if c.isupper() else "L"


def bio(n: int, spans: list[tuple[int, int]], kind: str) -> list[str]:
    """BIO tags ``B-kind``/``I-kind`` over token spans of a sequence of ``n``, ``O`` elsewhere."""
    tags = ["O"] * n
    for s, e in spans:
        for i in range(s, e):
            tags[i] = ("B-" if i == s else "I-") + kind
    return tags


def features(
    a: nlp.Analysis, context: bool, rule: list[tuple[int, int]] | None = None
) -> list[list[str]]:
    """One attribute list per syllable token of ``a`` (``rule``: the rules' lead spans, for the
    stacked model)."""
    toks = a.toks
    n = len(toks)
    lex: list[list[str]] = [[] for _ in range(n)]
    for label in _FEATURE_LABELS:
        for h in a.of(label):
            lex[h.start].append("B" + label)
            for i in range(h.start + 1, min(h.end, n)):
                lex[i].append("I" + label)
    for x in a.actors:
        lex[x.start].append("Bact_" + x.kind)
        for i in range(x.start + 1, x.end):
            lex[i].append("Iact_" + x.kind)
    low = [t.lower for t in toks]
    shapes = [_shape(t.text) for t in toks]
    first_verb = min((h.start for lab in nlp.VERB_LABELS for h in a.of(lab)), default=n)
    rtags = bio(n, rule, "R") if rule is not None else None
    out: list[list[str]] = []
    for i in range(n):
        f = [
            "bias",
            "ctx" if context else "noctx",
            "w=" + low[i],
            "s=" + shapes[i],
            "v=" + ("before" if i < first_verb else "at" if i == first_verb else "after"),
        ]
        if i < 3:
            f.append(f"pos={i}")
        f.extend("x=" + lab for lab in lex[i])
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d}={low[j]}")
                f.append(f"s{d}={shapes[j]}")
                f.extend(f"x{d}={lab}" for lab in lex[j])
            else:
                f.append(f"w{d}=<>")
        if i > 0:
            f.append(f"bi={low[i - 1]}|{low[i]}")
            if low[i - 1] in _PASSIVE:
                f.append("after_passive")
            if low[i - 1] in _DETERMINERS:
                f.append("after_det")
        if i + 1 < n:
            f.append(f"bi+={low[i]}|{low[i + 1]}")
        if rtags is not None:
            f.append("r=" + rtags[i])
            f.append("rn=" + ("some" if rule else "none"))
            if i > 0:
                f.append("r-1=" + rtags[i - 1])
            if i + 1 < n:
                f.append("r+1=" + rtags[i + 1])
        out.append(f)
    return out


# -- alignment of the labels ------------------------------------------------------------------

_SYL = re.compile(r"\w+|[^\w\s]")


def _key(text: str) -> list[str]:
    return [t for t in _SYL.findall(nlp.normalise(text).lower()) if t not in "()"]


def align(a: nlp.Analysis, phrase: str, taken: set[int] | None = None) -> tuple[int, int] | None:
    """The token span of ``a`` that ``phrase`` names (first occurrence not ``taken``), or None."""
    want = _key(phrase)
    if not want:
        return None
    idx = [i for i, t in enumerate(a.toks) if t.lower not in ("(", ")")]
    low = [a.toks[i].lower for i in idx]
    taken = taken or set()
    for k in range(len(low) - len(want) + 1):
        if low[k : k + len(want)] == want:
            s, e = idx[k], idx[k + len(want) - 1] + 1
            if not any(i in taken for i in range(s, e)):
                return s, e
    return None


# -- the extractor, observed and fused --------------------------------------------------------

Leads = tuple[list[nlp.Actor], str | None, int]


class Hook:
    """Wraps ``tasks._find_leads`` where ``tasks.extract`` reads a segment's leads (not in the
    functions that read headings and introductions with it): records the segment, and fuses."""

    def __init__(self) -> None:
        self.seen: list[tuple[nlp.Analysis, list[tuple[int, int]], bool]] = []
        self.fuse: Any = None  # (a, leads, role, end, context) -> Leads

    def __enter__(self) -> Hook:
        self._orig = tasks._find_leads

        def find(a: nlp.Analysis) -> Leads:
            got = self._orig(a)
            caller = sys._getframe(1)
            if caller.f_code is not tasks.extract.__code__:
                return got
            context = caller.f_locals.get("context") is not None
            self.seen.append((a, [(x.start, x.end) for x in got[0]], context))
            return self.fuse(a, *got, context) if self.fuse else got

        tasks._find_leads = find  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        tasks._find_leads = self._orig  # type: ignore[assignment]


class Labeller:
    """A trained model and the fusion of its lead spans with the rules' leads."""

    def __init__(self, path: Path, fusion: str, threshold: float, stacked: bool) -> None:
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))
        self.fusion, self.threshold, self.stacked = fusion, threshold, stacked

    def spans(
        self, a: nlp.Analysis, context: bool, rule: list[tuple[int, int]]
    ) -> list[tuple[int, int, float]]:
        """LEAD spans ``(start, end, mean marginal)``."""
        if not a.toks:
            return []
        tg = self.tagger
        tg.set(features(a, context, rule if self.stacked else None))
        tags = tg.tag()
        out: list[tuple[int, int, float]] = []
        i, n = 0, len(tags)
        while i < n:
            if tags[i] == "B-LEAD" or (tags[i] == "I-LEAD" and (i == 0 or tags[i - 1] == "O")):
                j = i + 1
                while j < n and tags[j] == "I-LEAD":
                    j += 1
                out.append((i, j, sum(tg.marginal(tags[k], k) for k in range(i, j)) / (j - i)))
                i = j
            else:
                i += 1
        return out

    def fuse(
        self, a: nlp.Analysis, leads: list[nlp.Actor], role: str | None, end: int, context: bool
    ) -> Leads:
        if (self.fusion == "create") == bool(leads):
            return leads, role, end
        rule = [(x.start, x.end) for x in leads]
        got = [_actor(a, s, e) for s, e, p in self.spans(a, context, rule) if p >= self.threshold]
        if not leads:
            got = [x for x in got if x.end > x.start]
            return (got, "shape", got[-1].end) if got else (leads, role, end)
        taken = {i for s, e in rule for i in range(s, e)}
        verbs = a.starts(nlp.VERB_LABELS) - {i for x in a.actors for i in range(x.start + 1, x.end)}
        extra = [
            x
            for x in got
            if x.end > x.start
            and not any(i in taken for i in range(x.start, x.end))
            and (self.fusion == "complete" or _same_clause(x, leads, verbs))
        ]
        if not extra:
            return leads, role, end
        if role != "heading":
            end = max(end, *(x.end for x in extra))
        return sorted([*leads, *extra], key=lambda x: x.start), role, end


_CLASS_START = {"các", "những", "mỗi", "từng", "toàn"}


def _actor(a: nlp.Analysis, s: int, e: int) -> nlp.Actor:
    toks = a.toks
    while e > s and not toks[e - 1].is_word:
        e -= 1
    for x in a.actors:
        if x.start == s and x.end == e:
            return x
    if e <= s:
        return nlp.Actor("class", s, s, "", 0, 0)
    first = toks[s]
    kind = "class" if first.lower in _CLASS_START or not first.is_title else "named"
    return nlp.Actor(kind, s, e, a.span_text(s, e), first.start, toks[e - 1].end)


def _same_clause(x: nlp.Actor, leads: list[nlp.Actor], verbs: frozenset[int]) -> bool:
    """No verb between ``x`` and the nearest of the rules' leads."""
    gap = min(
        (range(y.end, x.start) if y.end <= x.start else range(x.end, y.start) for y in leads),
        key=len,
    )
    return not any(i in verbs for i in gap)


# -- data, training, evaluation ---------------------------------------------------------------


def load(name: str) -> list[dict[str, Any]]:
    from test_tasks_eval import _load

    return _load(name + ".jsonl")


def segments(case: dict[str, Any]) -> list[tuple[nlp.Analysis, list[tuple[int, int]], bool]]:
    """The segments the extractor reads in the case's sentence: the analysis, the rules' lead
    spans, whether a heading or an introduction gives the segment an actor."""
    from test_tasks_eval import _doc

    from linter.parts import Anatomy

    doc, _target, parts = _doc(case)
    with Hook() as hook:
        tasks.extract(doc, Anatomy(parts=parts))
    text = nlp.normalise(case["text"])
    heading = nlp.normalise(case.get("heading") or "")
    return [s for s in hook.seen if s[0].text in text and not (heading and s[0].text in heading)]


def sequences(cases: list[dict[str, Any]], stacked: bool) -> tuple[list[Seq], dict[str, int]]:
    """Training sequences (features, tags) of the cases, and alignment counts."""
    out: list[Seq] = []
    stats = {"leads": 0, "aligned": 0, "heading": 0, "unaligned": 0, "co": 0, "co_aligned": 0}
    for case in cases:
        segs = [s for s in segments(case) if s[0].toks]
        tags = [["O"] * len(a.toks) for a, _, _ in segs]
        taken: list[set[int]] = [set() for _ in segs]
        heading = " ".join(_key(case.get("heading") or ""))
        for kind, names in (("LEAD", case["leads"]), ("CO", case["co_workers"])):
            for name in names:
                stats["leads" if kind == "LEAD" else "co"] += 1
                for k, (a, _, _) in enumerate(segs):
                    span = align(a, name, taken[k])
                    if span is not None:
                        s, e = span
                        tags[k][s:e] = ["B-" + kind] + ["I-" + kind] * (e - s - 1)
                        taken[k].update(range(s, e))
                        stats["aligned" if kind == "LEAD" else "co_aligned"] += 1
                        break
                else:
                    if kind == "LEAD":
                        key = " ".join(_key(name))
                        stats["heading" if key and key in heading else "unaligned"] += 1
        for (a, rule, context), t in zip(segs, tags, strict=True):
            out.append((features(a, context, rule if stacked else None), t))
    return out, stats


def train(seqs: list[Seq], path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in seqs:
        trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    trainer.train(str(path))


def _fig(c: Any) -> str:
    return f"P {c.precision:.2f} R {c.recall:.2f} ({c.tp}/{c.tp + c.fn}, fp {c.fp})"


def cross_validate(data: dict[str, list[Seq]], args: argparse.Namespace) -> None:
    from test_tasks_eval import Counts, _list_counts, evaluate

    alone = {"crf": Counts(), "rules": Counts()}
    pooled = {m: {s: Counts() for s in ("lead", "deadline")} for m in ("rules", "crf")}
    tag_time = 0.0
    tagged = 0
    with tempfile.TemporaryDirectory() as tmp:
        for held in SETS:
            path = Path(tmp) / f"{held}.crfsuite"
            train([x for name in SETS if name != held for x in data[name]], path)
            labeller = Labeller(path, args.fusion, args.threshold, args.stacked)
            row = {}
            for mode in ("rules", "crf"):
                with Hook() as hook:
                    hook.fuse = labeller.fuse if mode == "crf" else None
                    res = evaluate(load(held))
                row[mode] = res
                for slot in ("lead", "deadline"):
                    p = pooled[mode][slot]
                    p.tp, p.fp, p.fn = (
                        p.tp + res[slot].tp,
                        p.fp + res[slot].fp,
                        p.fn + res[slot].fn,
                    )
            segs = [(c, segments(c)) for c in load(held)]
            t0 = time.perf_counter()
            for _c, ss in segs:
                for a, rule, context in ss:
                    labeller.spans(a, context, rule)
                    tagged += 1
            tag_time += time.perf_counter() - t0
            fold = {"crf": Counts(), "rules": Counts()}
            for c, ss in segs:
                heading = " ".join(_key(c.get("heading") or ""))
                gold = [x for x in c["leads"] if not (heading and " ".join(_key(x)) in heading)]
                got = [
                    a.span_text(s, e)
                    for a, rule, context in ss
                    for s, e, p in labeller.spans(a, context, rule)
                    if p >= 0.5
                ]
                rule_got = [a.span_text(s, e) for a, rule, _ in ss for s, e in rule]
                _list_counts(fold["crf"], c["id"], gold, got)
                _list_counts(fold["rules"], c["id"], gold, rule_got)
            for k, v in fold.items():
                alone[k].tp, alone[k].fp, alone[k].fn = (
                    alone[k].tp + v.tp,
                    alone[k].fp + v.fp,
                    alone[k].fn + v.fn,
                )
            rules, crf = row["rules"], row["crf"]
            print(
                f"{held:15s} lead rules {_fig(rules['lead'])}  crf {_fig(crf['lead'])}\n"
                f"{'':15s} dl   rules {_fig(rules['deadline'])}  crf {_fig(crf['deadline'])}\n"
                f"{'':15s} alone: rules {_fig(fold['rules'])}  crf {_fig(fold['crf'])}",
                flush=True,
            )
    for slot in ("lead", "deadline"):
        print(
            f"{'pooled':15s} {slot:4s} rules {_fig(pooled['rules'][slot])}"
            f"  crf {_fig(pooled['crf'][slot])}"
        )
    print(
        "leads of the sentence's segments, alone (CRF spans >= 0.5 / the rules' lead finder):"
        f" crf {_fig(alone['crf'])}  rules {_fig(alone['rules'])}"
    )
    print(f"CRF features + tagging: {tag_time / max(tagged, 1) * 1e6:.0f} us per segment")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fusion", choices=("complete", "clause", "create"), default="clause")
    ap.add_argument("--threshold", type=float, default=0.7)
    ap.add_argument("--stacked", action="store_true", help="the rules' leads as features")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--save", type=Path, help="write the model trained on all seven sets")
    args = ap.parse_args(argv)
    PARAMS.update(c1=args.c1, c2=args.c2)
    data: dict[str, list[Seq]] = {}
    for name in SETS:
        data[name], stats = sequences(load(name), args.stacked)
        print(f"{name:15s} {len(data[name])} sequences, alignment {stats}")
    cross_validate(data, args)
    if args.save:
        train([x for name in SETS for x in data[name]], args.save)
        print(f"model written: {args.save} ({args.save.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
