"""Meta-tests on the registry and the rules' documentation (code_style_anchors B4-B7, B9).

- codes unique, sorted, ``VBnnn``; the folder of a rule matches its code range;
- names kebab-case and unique; summary and source (the clause) present;
- every docstring has the eight bilingual headings, in order; ``fixable`` agrees with "Tự sửa";
- every option of a rule is a field of a frozen dataclass and is documented under "Tùy chọn";
- every rule module ``rules/<folder>/<slug>.py`` has ``tests/rules/test_<slug>.py``, which builds
  real .docx examples with ``tests/build.py`` and calls both ``assert_flags`` (a failing example,
  whose fixes are re-linted) and ``assert_clean`` (a passing example) from ``tests/ruletest.py``.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re
from pathlib import Path

import pytest

from linter.engine import CORE_CODES
from linter.finding import Severity
from rules import ALL_RULES, rule_by_code

ROOT = Path(__file__).resolve().parents[1]
HEADINGS = (
    "## Kiểm tra gì (What it checks)",
    "## Vì sao (Why)",
    "## Ví dụ sai (Bad)",
    "## Ví dụ đúng (Good)",
    "## Tự sửa (Fix)",
    "## Tùy chọn (Options)",
    "## Ngoại lệ (When not to apply)",
    "## Căn cứ (References)",
)
FOLDERS = {
    "core": "0",
    "elements": "1",
    "layout": "2",
    "orthography": "3",
    "capitalization": "4",
    "wording": "5",
    "party": "6",
    "content": "7",
    "meetings": "8",
}
IDS = [r.code for r in ALL_RULES]


def _module_path(rule: type) -> Path:
    return Path(inspect.getfile(rule)).resolve()


def _section(doc: str, heading: str) -> str:
    start = doc.index(heading) + len(heading)
    nxt = doc.find("\n## ", start)
    return doc[start : nxt if nxt != -1 else None].strip()


def test_codes_unique_sorted_and_well_formed():
    assert IDS, "the registry is empty"
    assert len(IDS) == len(set(IDS)), "duplicate codes"
    assert sorted(IDS) == IDS, "ALL_RULES must be sorted by code"
    assert all(re.fullmatch(r"VB\d{3}", c) for c in IDS)
    assert not set(IDS) & set(CORE_CODES), "VB001/VB002 are the linter's own codes"


def test_names_unique_and_kebab_case():
    names = [r.name for r in ALL_RULES]
    assert len(names) == len(set(names))
    bad = [n for n in names if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", n)]
    assert not bad, bad


def test_rule_by_code():
    for rule in ALL_RULES:
        assert rule_by_code(rule.code) is rule
    assert rule_by_code("VB000") is None


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_folder_matches_code_range(rule):
    path = _module_path(rule)
    folder = path.parent.name
    assert path.parent.parent == ROOT / "rules", f"{rule.code}: {path} not in rules/<folder>/"
    assert folder in FOLDERS, f"{rule.code}: unknown folder {folder}"
    assert rule.code[2] == FOLDERS[folder], f"{rule.code} does not belong in rules/{folder}/"


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_metadata(rule):
    assert isinstance(rule.severity, Severity)
    assert rule.summary.strip(), f"{rule.code}: no summary"
    assert "\n" not in rule.summary
    assert rule.source.strip(), f"{rule.code}: no source (the clause it enforces)"
    assert isinstance(rule.fixable, bool)


def _check_doc(code: str, doc: str, fixable: bool) -> None:
    positions = []
    for heading in HEADINGS:
        assert heading in doc, f"{code}: missing heading {heading!r}"
        positions.append(doc.index(heading))
    assert positions == sorted(positions), f"{code}: headings out of order"
    first, _, rest = doc.partition("\n")
    assert first.strip(), f"{code}: the docstring must open with the Vietnamese summary"
    assert rest.lstrip().startswith("("), f"{code}: second line must be the English gloss (…)"
    for heading in HEADINGS:
        assert _section(doc, heading), f"{code}: empty section {heading!r}"
    fix = _section(doc, "## Tự sửa (Fix)")
    if fixable:
        assert fix.startswith("Có"), f"{code}: fixable = True but 'Tự sửa' says {fix[:30]!r}"
    else:
        assert fix.startswith("Không"), f"{code}: fixable = False but 'Tự sửa' says {fix[:30]!r}"


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_docstring_template(rule):
    doc = inspect.cleandoc(rule.__doc__ or "")
    _check_doc(rule.code, doc, rule.fixable)


@pytest.mark.parametrize("code", sorted(CORE_CODES))
def test_core_code_docs(code):
    _check_doc(code, CORE_CODES[code].doc, False)


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_options_are_frozen_dataclasses_and_documented(rule):
    opts = rule.Options
    assert dataclasses.is_dataclass(opts), f"{rule.code}: Options must be a dataclass"
    assert opts.__dataclass_params__.frozen, f"{rule.code}: Options must be frozen"
    rule()  # every option has a default
    section = _section(inspect.cleandoc(rule.__doc__ or ""), "## Tùy chọn (Options)")
    fields = [f.name for f in dataclasses.fields(opts)]
    if not fields:
        assert section.startswith("Không"), f"{rule.code}: no options, say “Không có. (None.)”"
    for name in fields:
        assert name in section, f"{rule.code}: option {name!r} not documented under Tùy chọn"


def _calls(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                names.add(func.id)
            elif isinstance(func, ast.Attribute):
                names.add(func.attr)
                if isinstance(func.value, ast.Name):
                    names.add(f"{func.value.id}.{func.attr}")
    return names


def _fixture_builders(tree: ast.AST) -> set[str]:
    """Names imported from a shared test fixtures module (``tests/...``, e.g. a fixtures module
    next to the tests) whose own code builds documents with ``tests/build.py``."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or not node.module:
            continue
        if not node.module.startswith("tests.") or node.module in ("tests.ruletest", "tests.build"):
            continue
        path = ROOT.joinpath(*node.module.split(".")).with_suffix(".py")
        if path.is_file() and any(
            c.startswith("build.") for c in _calls(ast.parse(path.read_text(encoding="utf-8")))
        ):
            names |= {alias.asname or alias.name for alias in node.names}
    return names


@pytest.mark.parametrize("rule", ALL_RULES, ids=IDS)
def test_every_rule_has_a_test_module_with_failing_and_passing_docx(rule):
    slug = _module_path(rule).stem
    test = ROOT / "tests" / "rules" / f"test_{slug}.py"
    assert test.is_file(), f"{rule.code}: missing tests/rules/test_{slug}.py"
    source = test.read_text(encoding="utf-8")
    tree = ast.parse(source)
    calls = _calls(tree)
    assert "assert_flags" in calls, f"{test.name}: no failing example (assert_flags)"
    assert "assert_clean" in calls, f"{test.name}: no passing example (assert_clean)"
    builds = {c for c in calls if c.startswith("build.")} | ({"neutral_doc"} & calls)
    builds |= _fixture_builders(tree) & calls
    assert builds, f"{test.name}: examples must be real .docx from tests/build.py"
    assert rule.__name__ in source, f"{test.name}: does not name {rule.__name__}"
