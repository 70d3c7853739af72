import assert from "node:assert/strict";
import { test } from "node:test";

import {
  WordActionError,
  applyFix,
  commentText,
  escapeSearch,
  insertComments,
  occurrenceAt,
  planSpan,
  selectFinding,
} from "../src/lib/word.js";
import { createOfficeMock, finding } from "./helpers.mjs";

// A state công văn as Word's body.paragraphs gives it: the header table's cells first.
const DOC = [
  "ỦY BAN NHÂN DÂN", // 0  header table, left cell
  "TỈNH LÂM ĐỒNG", // 1
  "Số 15/QĐ-UBND", // 2
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", // 3  right cell
  "Độc lập - Tự do - Hạnh phúc", // 4
  "Lâm Đồng, ngày 5 tháng 5 năm 2026", // 5
  "QUYẾT ĐỊNH", // 6
  "Điều 1.\tGiao Sở Nội vụ chủ trì,\vphối hợp với các sở.", // 7 (tab, manual line break)
  "", // 8
  "Nơi nhận:", // 9
];

const sel = (mock) => mock.log.filter((e) => e.op === "select");

test("planSpan: exact offsets, occurrence counting and Word's search escapes", () => {
  const plan = planSpan(DOC[5], { paragraph: 5, start: 15, end: 16, excerpt: "5" });
  assert.equal(plan.kind, "search");
  assert.equal(plan.text, "5");
  assert.equal(plan.occurrence, 0);
  assert.equal(plan.exact, true);
  const second = planSpan(DOC[5], { paragraph: 5, start: 23, end: 24, excerpt: "5" });
  assert.equal(second.occurrence, 1);
  const tab = planSpan(DOC[7], { paragraph: 7, start: 7, end: 12, excerpt: "\tGiao" });
  assert.equal(tab.text, "^tGiao");
  assert.equal(escapeSearch("a^b\nc"), "a^^b^lc");
  assert.equal(occurrenceAt("aaaa", "aa", 2), 1);
  assert.equal(occurrenceAt("aaaa", "aa", 1), -1);
});

test("planSpan: whole paragraph, empty span widened, truncated excerpt, changed text", () => {
  assert.equal(planSpan(DOC[6], { paragraph: 6, start: null, end: null, excerpt: "QUYẾT ĐỊNH" }).kind, "paragraph");
  assert.equal(planSpan(DOC[6], { paragraph: 6, start: 0, end: 10, excerpt: "QUYẾT ĐỊNH" }).kind, "paragraph");
  const insert = planSpan("Số 15", { paragraph: 2, start: 2, end: 2, excerpt: "" });
  assert.deepEqual([insert.start, insert.end, insert.prefix, insert.text], [1, 2, "ố", "ố"]);
  const long = "x".repeat(10) + "y".repeat(70) + "z".repeat(10);
  const truncated = planSpan(long, { paragraph: 0, start: 10, end: 80, excerpt: "y".repeat(59) + "…" });
  assert.equal(truncated.exact, true);
  assert.equal(truncated.kind, "search");
  // The paragraph was edited: the flagged text moved, found once → still exact.
  const moved = planSpan("Hà Nội, ngày 5 tháng 3", { paragraph: 5, start: 15, end: 16, excerpt: "ngày 5" });
  assert.equal(moved.exact, true);
  assert.equal(moved.start, 8);
  // Gone entirely → the whole paragraph, not exact.
  const gone = planSpan("something else", { paragraph: 5, start: 15, end: 16, excerpt: "5" });
  assert.deepEqual([gone.kind, gone.exact], ["paragraph", false]);
});

test("planSpan: a span beyond Word's 255-character search limit is head + tail", () => {
  const text = "Mở đầu. " + "a".repeat(150) + "b".repeat(150) + " kết thúc";
  const plan = planSpan(text, { paragraph: 0, start: 8, end: 308, excerpt: "a".repeat(59) + "…" });
  assert.equal(plan.kind, "expand");
  assert.ok(plan.head.text.length <= 255 && plan.tail.text.length <= 255);
});

test("a long span is selected from its head to its tail (expandTo)", async () => {
  const text = "Mở đầu. " + "a".repeat(150) + "b".repeat(150) + " kết thúc";
  const mock = createOfficeMock({ paragraphs: [text] });
  await selectFinding(mock.Word, mock.Office, finding("VB204", 0, 8, 308, "a".repeat(59) + "…"));
  const s = sel(mock)[0];
  assert.deepEqual([s.start, s.end], [8, 308]);
});

test("clicking a finding selects its span in the right paragraph (table cells counted)", async () => {
  const mock = createOfficeMock({ paragraphs: DOC.slice() });
  const f = finding("VB104", 5, 23, 24, "5");
  const res = await selectFinding(mock.Word, mock.Office, f);
  assert.equal(res.exact, true);
  assert.deepEqual(sel(mock), [{ op: "select", story: null, paragraph: 5, start: 23, end: 24, text: "5" }]);
  // The search ran inside that paragraph only.
  assert.deepEqual(mock.log.filter((e) => e.op === "search").map((e) => e.paragraph), [5]);
});

test("a span with a tab and a manual line break is found (Word shows the break as \\v)", async () => {
  const mock = createOfficeMock({ paragraphs: DOC.slice() });
  // The linter's text has "\n" where Word's has "\v".
  const f = finding("VB300", 7, 30, 40, ",\nphối hợp");
  await selectFinding(mock.Word, mock.Office, f);
  assert.deepEqual(sel(mock)[0], { op: "select", story: null, paragraph: 7, start: 30, end: 40, text: ",\vphối hợp" });
});

test("a finding without a span selects the paragraph; a document-level one is an error", async () => {
  const mock = createOfficeMock({ paragraphs: DOC.slice() });
  await selectFinding(mock.Word, mock.Office, finding("VB160", 9, null, null, "Nơi nhận:"));
  assert.deepEqual(sel(mock)[0], { op: "select", story: null, paragraph: 9, start: 0, end: 9, text: "Nơi nhận:" });
  await assert.rejects(selectFinding(mock.Word, mock.Office, finding("VB201", null, null, null, "")), (e) => {
    assert.ok(e instanceof WordActionError);
    assert.match(e.message, /không chỉ ra vị trí/);
    return true;
  });
});

test("a paragraph index past the end: a Vietnamese 'check again' error", async () => {
  const mock = createOfficeMock({ paragraphs: DOC.slice(0, 3) });
  await assert.rejects(selectFinding(mock.Word, mock.Office, finding("VB104", 5, 15, 16, "5")), (e) => {
    assert.equal(e.kind, "locate");
    assert.match(e.message, /Không tìm thấy đoạn 6/);
    return true;
  });
});

test("a header finding is selected in the section's header (first-page header when it fits)", async () => {
  const mock = createOfficeMock({
    paragraphs: DOC.slice(),
    headers: { Primary: ["Trang chẵn"], FirstPage: ["DỰ THẢO"] },
  });
  const f = finding("VB130", 0, 0, 7, "DỰ THẢO", { story: "header", section: 0 });
  await selectFinding(mock.Word, mock.Office, f);
  assert.deepEqual(sel(mock)[0], { op: "select", story: "header", paragraph: 0, start: 0, end: 7, text: "DỰ THẢO" });
});

test("a text-box finding is found by searching the document", async () => {
  const mock = createOfficeMock({ paragraphs: DOC.slice(), textboxes: ["Số: 15/QĐ-UBND"] });
  const f = finding("VB110", 0, 0, 3, "Số:", { story: "textbox" });
  const res = await selectFinding(mock.Word, mock.Office, f);
  assert.equal(res.kind, "search");
  assert.equal(sel(mock)[0].story, "textbox");
  const none = createOfficeMock({ paragraphs: DOC.slice() });
  await assert.rejects(selectFinding(none.Word, none.Office, f), /hộp văn bản/);
});

test("'Sửa' replaces the span with change tracking on (trackAll), then restores the mode", async () => {
  const mock = createOfficeMock({ paragraphs: DOC.slice(), trackingMode: "Off" });
  const f = finding("VB104", 5, 23, 24, "5", { fix: { title: "Thêm số 0: 05", replacement: "05", safe: true } });
  await applyFix(mock.Word, mock.Office, f);
  const insert = mock.log.find((e) => e.op === "insertText");
  assert.deepEqual(
    { replaced: insert.replaced, text: insert.text, location: insert.location, mode: insert.trackingMode, start: insert.start },
    { replaced: "5", text: "05", location: "Replace", mode: "TrackAll", start: 23 },
  );
  const modes = mock.log.filter((e) => e.op === "setChangeTrackingMode").map((e) => e.value);
  assert.deepEqual(modes, ["TrackAll", "Off"]);
  assert.equal(mock.texts()[5], "Lâm Đồng, ngày 5 tháng 05 năm 2026");
  // The first "5" (the day) was not touched: the right occurrence was replaced.
});

test("'Sửa' on a span that is an insertion keeps the neighbouring character", async () => {
  const mock = createOfficeMock({ paragraphs: ["Số 15/QĐ-UBND"] });
  const f = finding("VB110", 0, 2, 2, "", { fix: { title: "Thêm dấu hai chấm", replacement: ":", safe: true } });
  await applyFix(mock.Word, mock.Office, f);
  assert.equal(mock.texts()[0], "Số: 15/QĐ-UBND");
  assert.equal(mock.log.find((e) => e.op === "insertText").trackingMode, "TrackAll");
});

test("'Sửa' refuses when the paragraph changed and the flagged text is ambiguous", async () => {
  const mock = createOfficeMock({ paragraphs: ["ngày 5 hoặc 5"] });
  const f = finding("VB104", 0, 20, 21, "5", { fix: { title: "05", replacement: "05", safe: true } });
  await assert.rejects(applyFix(mock.Word, mock.Office, f), (e) => {
    assert.equal(e.kind, "changed");
    assert.match(e.message, /đã thay đổi sau lần kiểm tra/);
    return true;
  });
  assert.ok(!mock.log.some((e) => e.op === "insertText"));
  assert.equal(mock.texts()[0], "ngày 5 hoặc 5");
});

test("'Sửa' needs WordApi 1.4 (change tracking): a clear message on older Word", async () => {
  const mock = createOfficeMock({ paragraphs: DOC.slice(), wordApi: "1.3" });
  const f = finding("VB104", 5, 15, 16, "5", { fix: { title: "05", replacement: "05", safe: true } });
  await assert.rejects(applyFix(mock.Word, mock.Office, f), /cần Word API 1\.4/);
  assert.ok(!mock.log.some((e) => e.op === "insertText"));
});

test("'Chèn nhận xét' anchors each finding's comment on its span; others on the first paragraph", async () => {
  const mock = createOfficeMock({ paragraphs: ["", ...DOC.slice(1)] });
  const findings = [
    finding("VB104", 5, 15, 16, "5", { fix: { title: "Thêm số 0: 05", replacement: "05", safe: true } }),
    finding("VB120", 6, null, null, "QUYẾT ĐỊNH", { severity: "warning" }),
    finding("VB201", null, null, null, "", { message: "Lề trên 15 mm; phải từ 20 đến 25 mm." }),
    finding("VB130", 0, 0, 7, "DỰ THẢO", { story: "header", section: 0 }),
  ];
  const res = await insertComments(mock.Word, mock.Office, findings);
  assert.deepEqual(res, { inserted: 4, skipped: 0 });
  const comments = mock.log.filter((e) => e.op === "insertComment");
  assert.deepEqual(comments.map((c) => [c.paragraph, c.anchor]), [
    [5, "5"],
    [6, "QUYẾT ĐỊNH"],
    [1, "TỈNH LÂM ĐỒNG"], // the first non-empty paragraph
    [1, "TỈNH LÂM ĐỒNG"],
  ]);
  assert.match(comments[0].text, /^\[VB104\] message VB104 — Căn cứ: Nghị định 30\/2020\/NĐ-CP.* — Đề xuất sửa: “05”$/);
  assert.match(comments[2].text, /Toàn văn bản/);
  assert.match(comments[3].text, /đầu trang, đoạn 1/);
  // One Word.run, searches batched: load+sync, one sync for the searches, one for the comments.
  assert.equal(mock.state.runs, 1);
  assert.equal(mock.state.syncs, 3);
});

test("comments need WordApi 1.4", async () => {
  const mock = createOfficeMock({ paragraphs: DOC.slice(), wordApi: "1.3" });
  await assert.rejects(insertComments(mock.Word, mock.Office, [finding("VB104", 5, 15, 16, "5")]), /Word API 1\.4/);
});

test("an error inside Word becomes a Vietnamese WordActionError", async () => {
  const mock = createOfficeMock({ paragraphs: DOC.slice() });
  mock.Word.run = async () => {
    throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
  };
  await assert.rejects(selectFinding(mock.Word, mock.Office, finding("VB104", 5, 15, 16, "5")), (e) => {
    assert.ok(e instanceof WordActionError);
    assert.equal(e.message, "Word báo lỗi: GeneralException");
    return true;
  });
});

test("commentText in English when the pane is in English", async () => {
  const { setLang } = await import("../src/lib/messages.js");
  setLang("en");
  try {
    const text = commentText(finding("VB104", 5, 15, 16, "5", { fix: { title: "t", replacement: "05", safe: true } }));
    assert.match(text, /Source: .* — Suggested fix: “05”/);
  } finally {
    setLang("vi");
  }
});
