"""docs/peer_coverage.md stays complete and consistent with the peer catalogue and our registry.

The peer's 205 document rules are read from the shared spec at test time (§B.2 of
spec/peer_rules_measured.md, groups B1–B14). The page must give each of them exactly one row
under the same group, cite only rule codes that exist, and keep its summary counts equal to the
rows.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

from rules import ALL_RULES

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SPEC = SHARED / "spec" / "peer_rules_measured.md"
PAGE = ROOT / "docs" / "peer_coverage.md"

STATUSES = ("covered", "partly", "not covered", "n/a")
_ID = re.compile(r"ND30\.[A-Z0-9_]+(?:\.[A-Z0-9_]+)*")
_ROW_ID = re.compile(r"^\|\s*`(ND30\.[^`]+)`\s*\|")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _cells(line: str) -> list[str]:
    """The cells of a Markdown table row (escaped pipes stay inside their cell)."""
    return [c.strip() for c in _CELL_SPLIT.split(line.strip())[1:-1]]


@cache
def spec_groups() -> dict[str, str]:
    """Peer rule ID -> group ("B1".."B14"), from §B.2 of the shared spec."""
    out: dict[str, str] = {}
    group = None
    inside = False
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            inside = line.startswith("### B.2")
            continue
        if not inside:
            continue
        if m := re.match(r"^#### (B\d+)\.", line):
            group = m.group(1)
            continue
        if (m := _ROW_ID.match(line)) and group is not None:
            assert m.group(1) not in out, f"{m.group(1)} twice in the spec"
            out[m.group(1)] = group
    return out


@cache
def page_rows() -> list[tuple[str, str, list[str]]]:
    """(group, peer ID, cells) for every rule row of the page."""
    rows = []
    group = None
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"^## (B\d+)\.", line):
            group = m.group(1)
            continue
        if line.startswith("## "):
            group = None
            continue
        if (m := _ROW_ID.match(line)) and group is not None:
            rows.append((group, m.group(1), _cells(line)))
    return rows


def summary() -> dict[str, list[int]]:
    """Group (and "Total") -> [rules, covered, partly, not covered, n/a] from the summary table."""
    text = PAGE.read_text(encoding="utf-8")
    section = text.split("## Summary per group", 1)[1].split("\n## ", 1)[0]
    out: dict[str, list[int]] = {}
    for line in section.splitlines():
        cells = _cells(line) if line.startswith("|") else []
        if cells and re.fullmatch(r"B\d+|Total", cells[0]):
            out[cells[0]] = [int(c) for c in cells[1:6]]
    return out


def test_the_spec_lists_205_document_rules_in_14_groups() -> None:
    groups = spec_groups()
    assert len(groups) == 205
    assert sorted(set(groups.values()), key=lambda g: int(g[1:])) == [f"B{i}" for i in range(1, 15)]


def test_every_peer_rule_has_exactly_one_row_in_its_group() -> None:
    want = spec_groups()
    rows = page_rows()
    ids = Counter(rule_id for _, rule_id, _ in rows)
    assert [i for i, n in ids.items() if n > 1] == []
    assert sorted(set(want) - set(ids)) == []
    assert sorted(set(ids) - set(want)) == []
    assert [(r, g) for g, r, _ in rows if want[r] != g] == []


def test_every_peer_rule_id_appears_once_in_the_whole_page() -> None:
    found = Counter(_ID.findall(PAGE.read_text(encoding="utf-8")))
    assert {i: n for i, n in found.items() if n != 1} == {}
    assert set(found) == set(spec_groups())


def test_rows_have_a_status_and_cite_our_rules_consistently() -> None:
    for _group, rule_id, cells in page_rows():
        assert len(cells) == 5, (rule_id, cells)
        _, what, ours, status, why = cells
        assert status in STATUSES, (rule_id, status)
        assert what, rule_id
        codes = re.findall(r"VB\d{3}", ours)
        if status in ("covered", "partly"):
            assert codes, f"{rule_id}: {status} but no rule of ours cited"
        else:
            assert ours == "—", f"{rule_id}: {status} yet cites {ours}"
        if status != "covered":
            assert why, f"{rule_id}: {status} needs a reason or the part covered"


def test_every_cited_rule_code_exists() -> None:
    known = {rule.code for rule in ALL_RULES}
    cited = set(re.findall(r"\bVB\d{3}\b", PAGE.read_text(encoding="utf-8")))
    assert cited, "the page cites no rule"
    assert sorted(cited - known) == []


def test_summary_counts_equal_the_rows() -> None:
    table = summary()
    counted: dict[str, Counter[str]] = {}
    for group, _, cells in page_rows():
        counted.setdefault(group, Counter())[cells[3]] += 1
    per_spec = Counter(spec_groups().values())
    assert sorted(g for g in table if g != "Total") == sorted(counted)
    for group, counts in counted.items():
        rules, *by_status = table[group]
        assert rules == per_spec[group] == sum(counts.values()), group
        assert by_status == [counts[s] for s in STATUSES], group
    total = [sum(table[g][i] for g in counted) for i in range(5)]
    assert table["Total"] == total
    assert total[0] == 205


def test_cited_tests_exist() -> None:
    """The false-alarm section names tests as path::function; each must exist."""
    refs = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", PAGE.read_text(encoding="utf-8"))
    assert refs
    for path, name in refs:
        source = (ROOT / path).read_text(encoding="utf-8")
        assert re.search(rf"^def {name}\(", source, re.MULTILINE), f"{path}::{name}"
