import assert from "node:assert/strict";
import { test } from "node:test";

import { OfficeFileError, SLICE_SIZE, readDocumentBytes } from "../src/lib/officefile.js";
import { createOfficeMock } from "./helpers.mjs";

function bytesOf(n) {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 7 + 3) % 251;
  return out;
}
const b64 = (bytes) => Buffer.from(bytes).toString("base64");

test("reads every slice in order, asks for the compressed file, closes it", async () => {
  const data = bytesOf(10_000);
  const mock = createOfficeMock({ fileBase64: b64(data) });
  const got = await readDocumentBytes(mock.Office, { sliceSize: 4096 });
  assert.deepEqual(Buffer.from(got), Buffer.from(data));
  const ops = mock.log.map((e) => e.op);
  assert.deepEqual(ops, ["getFileAsync", "getSliceAsync", "getSliceAsync", "getSliceAsync", "closeAsync"]);
  assert.equal(mock.log[0].type, mock.Office.FileType.Compressed);
  assert.equal(mock.log[0].sliceSize, 4096);
  assert.deepEqual(mock.log.filter((e) => e.op === "getSliceAsync").map((e) => e.index), [0, 1, 2]);
});

test("default slice size is 1 MiB and a one-slice file works", async () => {
  const data = bytesOf(300);
  const mock = createOfficeMock({ fileBase64: b64(data) });
  const got = await readDocumentBytes(mock.Office);
  assert.equal(SLICE_SIZE, 1024 * 1024);
  assert.equal(mock.log[0].sliceSize, SLICE_SIZE);
  assert.equal(got.length, 300);
  assert.equal(mock.log.filter((e) => e.op === "getSliceAsync").length, 1);
});

test("getFileAsync failure: a Vietnamese error, nothing to close", async () => {
  const mock = createOfficeMock({ fileBase64: b64(bytesOf(10)), failGetFile: true });
  await assert.rejects(readDocumentBytes(mock.Office), (e) => {
    assert.ok(e instanceof OfficeFileError);
    assert.match(e.message, /Không lấy được nội dung văn bản từ Word/);
    return true;
  });
  assert.ok(!mock.log.some((e) => e.op === "closeAsync"));
});

test("a failing slice still closes the file, so the next check can open it again", async () => {
  const data = bytesOf(9000);
  const mock = createOfficeMock({ fileBase64: b64(data), failSlice: 1 });
  await assert.rejects(readDocumentBytes(mock.Office, { sliceSize: 4096 }), OfficeFileError);
  assert.equal(mock.log.at(-1).op, "closeAsync");
  assert.equal(mock.state.openFiles, 0);
});

test("slices given as ArrayBuffer or Uint8Array are joined too", async () => {
  const data = bytesOf(5000);
  const mock = createOfficeMock({ fileBase64: b64(data) });
  const real = mock.Office.context.document.getFileAsync;
  mock.Office.context.document.getFileAsync = (type, opts, cb) =>
    real(type, opts, (res) => {
      const file = res.value;
      const get = file.getSliceAsync;
      file.getSliceAsync = (i, cb2) =>
        get(i, (r) => {
          const u8 = Uint8Array.from(r.value.data);
          r.value.data = i % 2 ? u8.buffer : u8;
          cb2(r);
        });
      cb(res);
    });
  const got = await readDocumentBytes(mock.Office, { sliceSize: 1000 });
  assert.deepEqual(Buffer.from(got), Buffer.from(data));
});
