"""Benchmark and tuning of the copy check (issue 7).

    python bench/bench_copy.py                 # corpus sizes 100, 1000, 10000
    python bench/bench_copy.py --sizes 100 1000
    python bench/bench_copy.py --tune          # the threshold grid on the development pairs

The synthetic corpus is made of realistic administrative text: sentences of real documents (the
texts of ``../shared/corpus_real/text`` and the shipped reference documents) recombined into
numbered documents of 12–30 paragraphs, with numbers and names varied. Random words would never
produce candidate matches and would make any index look fast. The corpus is written to a
temporary directory and deleted afterwards.

Reported per size: index build time, database size, and the time the copy check adds to one
lint (parent lookup + index candidates + comparison), averaged over the drafts.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from linter.content import copy as cp  # noqa: E402
from linter.corpus.loader import REFERENCE_DIR, RefDoc, load_reference_file  # noqa: E402
from linter.corpus.resolve import parent_from_refdoc, resolve  # noqa: E402
from linter.corpus.store import CorpusStore  # noqa: E402

SHARED = ROOT.parent / "shared"
TYPES = [("KH", "ke_hoach"), ("HD", "huong_dan"), ("TB", "thong_bao"), ("CT", "chi_thi")]
UNITS = ["Sở Nội vụ", "Sở Tài chính", "Văn phòng", "Ban Tổ chức", "Phòng Văn hóa", "Chi bộ 3"]


def sentence_pool() -> list[str]:
    """Real sentences (≥ 8 words) from the reference documents and the real corpus texts."""
    texts = [
        p for f in sorted(REFERENCE_DIR.glob("*.txt")) for p in load_reference_file(f).paragraphs
    ]
    real = SHARED / "corpus_real" / "text"
    if real.is_dir():
        for f in sorted(real.glob("*.txt")):
            texts.extend(f.read_text(encoding="utf-8", errors="replace").splitlines())
    pool: list[str] = []
    for t in texts:
        for s in re.split(r"(?<=[.;])\s+", t.strip()):
            s = cp.strip_label(s)[1].strip()
            if len(s.split()) >= 8 and not s.isupper():
                pool.append(s)
    return sorted(set(pool))


def vary(rng: random.Random, s: str) -> str:
    s = re.sub(r"\d+", lambda m: str(rng.randint(1, 99)), s)
    if rng.random() < 0.3:
        s = f"{rng.choice(UNITS)} chủ trì: {s}"
    return s


def synthetic_docs(n: int, pool: list[str], seed: int = 7) -> list[RefDoc]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        abbr, slug = TYPES[i % len(TYPES)]
        paras: list[str] = []
        for k in range(rng.randint(12, 30)):
            body = " ".join(vary(rng, rng.choice(pool)) for _ in range(rng.randint(1, 3)))
            paras.append(f"{k // 4 + 1}. {body}" if k % 4 == 0 else f"- {body}")
        docs.append(RefDoc(number=f"{i + 1}-{abbr}/SYN", doc_type=slug, paragraphs=paras))
    return docs


def drafts(pool: list[str], corpus: list[RefDoc], seed: int = 11) -> list:
    """Drafts to lint: the sample công văn and drafts mixing corpus sentences with own ones."""
    from linter.anatomy import analyse
    from linter.textreader import read_text

    rng = random.Random(seed)
    out = []
    sample = SHARED / "samples" / "cong-van_dang-uy-van-phong-ubnd-tinh_trien-khai-226.txt"
    if sample.is_file():
        raw = sample.read_text(encoding="utf-8")
        blocks = [" ".join(x.strip() for x in b.splitlines()) for b in re.split(r"\n\s*\n", raw)]
        doc = read_text("\n".join(b for b in blocks if b.strip()), name=sample.name)
        out.append((doc, analyse(doc)))
    for j in range(19):
        src = rng.choice(corpus)
        lines = [f"Thực hiện Kế hoạch số {src.number} của Ủy ban nhân dân tỉnh, Sở yêu cầu:"]
        for k in range(rng.randint(6, 14)):
            if rng.random() < 0.4:
                lines.append(f"{k + 1}. " + cp.strip_label(rng.choice(src.paragraphs))[1])
            else:
                lines.append(f"{k + 1}. {rng.choice(UNITS)} " + rng.choice(pool).lower())
        doc = read_text("\n".join(lines), name=f"draft{j}.txt")
        out.append((doc, analyse(doc)))
    return out


def bench(sizes: list[int]) -> list[dict]:
    pool = sentence_pool()
    print(f"sentence pool: {len(pool)} real sentences")
    rows = []
    for n in sizes:
        corpus = synthetic_docs(n, pool)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "corpus.sqlite"
            t0 = time.perf_counter()
            store = CorpusStore(path)
            for i in range(0, len(corpus), 1000):
                store.add_many(corpus[i : i + 1000])
            build_s = time.perf_counter() - t0
            size_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6
            t0 = time.perf_counter()
            one = store.add(synthetic_docs(1, pool, seed=99)[0])
            add_ms = (time.perf_counter() - t0) * 1000
            store.remove(one)
            cases = drafts(pool, corpus)
            times, copies = [], []
            for doc, anatomy in cases:
                t0 = time.perf_counter()
                res = resolve(anatomy, corpus=store)
                rep = cp.analyse_copies(doc, anatomy, res.parents, store=store, missing=res.missing)
                times.append((time.perf_counter() - t0) * 1000)
                copies.append(len(rep.copied))
            store.close()
        row = {
            "docs": n,
            "build_s": round(build_s, 2),
            "db_mb": round(size_mb, 1),
            "add_one_ms": round(add_ms, 1),
            "lint_ms_mean": round(statistics.mean(times), 1),
            "lint_ms_median": round(statistics.median(times), 1),
            "lint_ms_max": round(max(times), 1),
            "copied_paragraphs_found": sum(copies),
        }
        rows.append(row)
        print(json.dumps(row))
    return rows


def tune() -> None:
    """Precision/recall on the development pairs for n-gram size × threshold (never held-out)."""
    ref = load_reference_file(REFERENCE_DIR / "226-KL-TW.txt")
    rows = [
        json.loads(x)
        for x in (ROOT / "tests" / "data" / "copy_pairs.jsonl").read_text("utf-8").splitlines()
    ]
    for n in (2, 3, 4):
        base = parent_from_refdoc(ref, key="kl")
        parent = cp.Parent(
            key="kl", number=ref.number, title=ref.title, doc_type=None, units=base.units, n=n
        )
        for th in (0.5, 0.55, 0.6, 0.65, 0.7, 0.8):
            tp = fp = fn = 0
            for r in rows:
                scores = [cp.score_unit(u, parent) for u in cp.split_units(0, r["draft"])]
                pred = any(cp.is_copy(s, threshold=th) for s in scores)
                tp += pred and r["copied"]
                fp += pred and not r["copied"]
                fn += (not pred) and r["copied"]
            p = tp / (tp + fp) if tp + fp else 0.0
            print(f"n={n} threshold={th:.2f}  precision={p:.2f} recall={tp / (tp + fn):.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--tune", action="store_true")
    args = ap.parse_args()
    if args.tune:
        tune()
    else:
        bench(args.sizes)


if __name__ == "__main__":
    main()
