import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";

import { countBySeverity, groupFindings } from "../src/lib/group.js";
import { DOC_TYPE_NAMES, PART_LABELS, PERSONAL_TYPES, familyName } from "../src/lib/messages.js";
import { finding, python } from "./helpers.mjs";

test("groups by part in the report's order, whole document first, errors first inside a part", () => {
  const findings = [
    finding("VB110", 2, 0, 3, "Số ", { part: "so_ky_hieu", severity: "warning" }),
    finding("VB111", 2, 0, 3, "Số ", { part: "so_ky_hieu", severity: "error" }),
    finding("VB104", 5, 15, 16, "5", { part: "dia_danh_ngay_thang" }),
    finding("VB300", 30, 0, 3, "abc", { part: null, severity: "info" }),
    finding("VB201", null, null, null, "", { severity: "warning" }),
    finding("VB112", 1, 0, 3, "UBND", { part: "co_quan_ban_hanh", severity: "info" }),
  ];
  const groups = groupFindings(findings);
  assert.deepEqual(
    groups.map((g) => [g.label, g.items.map((i) => i.finding.code)]),
    [
      ["Toàn văn bản", ["VB201"]],
      ["Cơ quan ban hành", ["VB112"]],
      ["Số, ký hiệu", ["VB111", "VB110"]],
      ["Địa danh, ngày tháng", ["VB104"]],
      ["Các đoạn khác", ["VB300"]],
    ],
  );
  assert.deepEqual(countBySeverity(findings), { error: 2, warning: 2, info: 2 });
});

test("part and type labels are those of the command-line report (linter.i18n)", () => {
  const script =
    "import json\nfrom linter.anatomy_parse import doc_types\nfrom linter.i18n import PART_LABELS, doc_type_name\n" +
    "print(json.dumps({'parts': {k: list(v) for k, v in PART_LABELS.items()}, " +
    "'types': {t.slug: doc_type_name(t.slug) for t in doc_types()}}))";
  const run = spawnSync(python(), ["-c", script], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const expected = JSON.parse(run.stdout);
  assert.deepEqual(PART_LABELS, expected.parts);
  assert.deepEqual(DOC_TYPE_NAMES, expected.types);
});

test("a person's document (VB006) is named as such, with the types of linter.anatomy_parse", () => {
  const script = "from linter.anatomy_parse import personal_slugs\nprint(' '.join(sorted(personal_slugs())))";
  const run = spawnSync(python(), ["-c", script], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual([...PERSONAL_TYPES].sort(), run.stdout.trim().split(" "));
  assert.equal(familyName({ family: "unknown", doc_type: "don" }), "Văn bản của cá nhân");
  assert.equal(familyName({ family: "unknown", doc_type: null }), "Chưa xác định được hệ văn bản");
  assert.equal(familyName({ family: "state", doc_type: "don" }), "Văn bản hành chính Nhà nước");
});
