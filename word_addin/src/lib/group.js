// Findings grouped as the pane shows them, like the text report: whole-document findings first,
// then by part of the document in the order of design.md's PART names, then paragraphs outside
// any part; inside a group by severity (errors first), then reading order.

import { PART_LABELS, msg, partLabel } from "./messages.js";

const PART_ORDER = Object.keys(PART_LABELS);

export const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

/** Counts per severity. */
export function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity] += 1;
  return counts;
}

function groupKey(f) {
  const loc = f.location || {};
  const rank = PART_ORDER.indexOf(loc.part);
  if (rank >= 0) return { key: loc.part, rank: rank + 1, label: partLabel(loc.part) };
  if (loc.paragraph === null || loc.paragraph === undefined) {
    return { key: "__document", rank: 0, label: partLabel(null) };
  }
  return { key: "__other", rank: PART_ORDER.length + 1, label: msg("other_paragraphs") };
}

/**
 * @param {object[]} findings  as returned by /v1/lint (already in reading order)
 * @returns {{key: string, rank: number, label: string, items: {finding: object, index: number}[]}[]}
 */
export function groupFindings(findings) {
  const groups = new Map();
  findings.forEach((finding, index) => {
    const { key, rank, label } = groupKey(finding);
    if (!groups.has(key)) groups.set(key, { key, rank, label, items: [] });
    groups.get(key).items.push({ finding, index });
  });
  const list = [...groups.values()].sort((a, b) => a.rank - b.rank);
  for (const g of list) {
    g.items.sort(
      (a, b) =>
        (SEVERITY_RANK[b.finding.severity] ?? 0) - (SEVERITY_RANK[a.finding.severity] ?? 0) ||
        a.index - b.index,
    );
  }
  return list;
}
