"""JUnit XML for CI servers: one ``testsuite`` per file, one ``testcase`` per rule.

A rule's testcase fails when it reported a finding at or above ``--fail-on``; findings below the
threshold are listed in its ``system-out``. A rule that did not apply to the document (another
family, another type) is ``skipped``. An unreadable file is one testcase ``VB001`` in ``error``;
a rule that crashed is an ``error`` of its own testcase (a crash outside any rule, e.g. in the
anatomy, is an ``error`` of testcase ``VB002``).
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree as ET

from linter import TOOL_NAME, i18n
from linter.engine import FileResult, rule_meta
from linter.finding import Finding, Severity
from linter.report.text import where


def _case_name(code: str) -> str:
    meta = rule_meta(code)
    return f"{code} {meta.name}" if meta else code


def _line(f: Finding, lang: str) -> str:
    place = where(f, lang)
    sev = i18n.severity_word(f.severity, lang)
    return f"{place + ' ' if place else ''}[{f.code}] {sev}: {f.message}"


def to_junit(
    results: Sequence[FileResult], *, lang: str = "vi", fail_on: Severity = Severity.ERROR
) -> ET.Element:
    root = ET.Element("testsuites", name=TOOL_NAME)
    total = failures = errors = skipped_total = 0
    for r in results:
        suite = ET.SubElement(root, "testsuite", name=r.path)
        n = fails = errs = skips = 0
        if r.error is not None:
            case = ET.SubElement(suite, "testcase", classname=r.path, name=_case_name("VB001"))
            el = ET.SubElement(case, "error", message=r.error.message, type=r.error.code)
            el.text = r.error.message
            n, errs = 1, 1
        else:
            by_code: dict[str, list[Finding]] = {}
            for f in r.findings:
                by_code.setdefault(f.code, []).append(f)
            crashes = by_code.pop("VB002", [])
            by_rule = {c: [f for f in crashes if f.message == m] for c, m in r.crashed}
            unattributed = [f for f in crashes if f.message not in dict(r.crashed).values()]
            if unattributed:
                by_code["VB002"] = unattributed
            codes = list(r.checked) + [c for c in by_code if c not in r.checked]
            for code in sorted(set(codes)):
                n += 1
                case = ET.SubElement(suite, "testcase", classname=r.path, name=_case_name(code))
                found = by_code.get(code, [])
                over = [f for f in found if f.severity.rank >= fail_on.rank]
                crash = by_rule.get(code) or (found if code == "VB002" else [])
                if crash:
                    el = ET.SubElement(case, "error", message=crash[0].message, type="VB002")
                    el.text = "\n".join(_line(f, lang) for f in crash)
                    errs += 1
                elif over:
                    el = ET.SubElement(
                        case, "failure", message=over[0].message, type=over[0].severity.value
                    )
                    el.text = "\n".join(_line(f, lang) for f in over)
                    fails += 1
                below = [f for f in found if f not in over and not crash]
                if below:
                    out = ET.SubElement(case, "system-out")
                    out.text = "\n".join(_line(f, lang) for f in below)
            for code in r.skipped:
                n += 1
                skips += 1
                case = ET.SubElement(suite, "testcase", classname=r.path, name=_case_name(code))
                ET.SubElement(
                    case,
                    "skipped",
                    message="không áp dụng cho văn bản này"
                    if lang != "en"
                    else "not applicable to this document",
                )
        suite.set("tests", str(n))
        suite.set("failures", str(fails))
        suite.set("errors", str(errs))
        suite.set("skipped", str(skips))
        total, failures, errors, skipped_total = (
            total + n,
            failures + fails,
            errors + errs,
            skipped_total + skips,
        )
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    root.set("skipped", str(skipped_total))
    return root


def render_junit(
    results: Sequence[FileResult], *, lang: str = "vi", fail_on: Severity = Severity.ERROR
) -> str:
    root = to_junit(results, lang=lang, fail_on=fail_on)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


__all__ = ["render_junit", "to_junit"]
