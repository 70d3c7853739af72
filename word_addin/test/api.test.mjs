import assert from "node:assert/strict";
import { test } from "node:test";

import { ApiClient, ApiError, defaultBaseUrl } from "../src/lib/api.js";

const LINT_OK = {
  path: "du-thao.docx",
  error: null,
  family: "state",
  regime: "nd30",
  doc_type: "quyet_dinh",
  findings: [],
  gate: { pass: true, fail_on: "error" },
};

function fakeFetch(respond) {
  const calls = [];
  const fn = async (url, init) => {
    calls.push({ url, init });
    return respond(url, init);
  };
  fn.calls = calls;
  return fn;
}

const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const bytes = new Uint8Array([80, 75, 3, 4]);

test("lint posts the file and the options as multipart to <base>/v1/lint", async () => {
  const fetch = fakeFetch(() => json(200, LINT_OK));
  const api = new ApiClient({ baseUrl: "https://lint.example.gov.vn/", apiKey: "k-123", fetch });
  const body = await api.lint(bytes, "du-thao.docx", { stage: "issued" });
  assert.deepEqual(body.gate, { pass: true, fail_on: "error" });
  const { url, init } = fetch.calls[0];
  assert.equal(url, "https://lint.example.gov.vn/v1/lint");
  assert.equal(init.method, "POST");
  assert.equal(init.headers["X-API-Key"], "k-123");
  const form = init.body;
  assert.equal(form.get("stage"), "issued");
  assert.equal(form.get("lang"), "vi");
  assert.equal(form.get("file").name, "du-thao.docx");
  assert.equal(form.get("file").size, 4);
  assert.equal(form.has("fail_on"), false);
});

test("service unreachable: a Vietnamese message naming the address", async () => {
  const api = new ApiClient({
    baseUrl: "https://lint.example.gov.vn/",
    fetch: async () => {
      throw new TypeError("Failed to fetch");
    },
  });
  await assert.rejects(api.lint(bytes, "a.docx"), (e) => {
    assert.ok(e instanceof ApiError);
    assert.equal(e.kind, "unreachable");
    assert.equal(
      e.message,
      "Không kết nối được dịch vụ kiểm tra (https://lint.example.gov.vn/). Kiểm tra kết nối mạng hoặc báo bộ phận CNTT.",
    );
    return true;
  });
});

test("413: document too large, with its size", async () => {
  const fetch = fakeFetch(() => json(413, { error: { code: "too_large", message: "Tệp vượt quá giới hạn 20 MB." } }));
  const api = new ApiClient({ baseUrl: "http://127.0.0.1:1/", fetch });
  await assert.rejects(api.lint(new Uint8Array(25 * 1024 * 1024), "big.docx"), (e) => {
    assert.equal(e.kind, "too_large");
    assert.equal(e.status, 413);
    assert.match(e.message, /^Văn bản quá lớn để gửi đi kiểm tra \(25,0 MB\)\./);
    assert.match(e.message, /giới hạn 20 MB/);
    return true;
  });
});

test("the service's error JSON: its Vietnamese message is shown; VB001 says unreadable", async () => {
  const api = new ApiClient({
    baseUrl: "http://x/",
    fetch: fakeFetch(() => json(422, { error: { code: "VB001", message: "Tệp bị hỏng hoặc có mật khẩu." } })),
  });
  await assert.rejects(api.lint(bytes, "a.docx"), (e) => {
    assert.equal(e.kind, "unreadable");
    assert.equal(e.message, "Không đọc được văn bản: Tệp bị hỏng hoặc có mật khẩu.");
    return true;
  });
  const api2 = new ApiClient({
    baseUrl: "http://x/",
    fetch: fakeFetch(() => json(503, { error: { code: "timeout", message: "Quá thời gian kiểm tra." } })),
  });
  await assert.rejects(api2.lint(bytes, "a.docx"), (e) => {
    assert.equal(e.kind, "service");
    assert.equal(e.status, 503);
    assert.equal(e.message, "Dịch vụ kiểm tra báo lỗi: Quá thời gian kiểm tra.");
    return true;
  });
});

test("a non-JSON error page (proxy) and a malformed 200 are reported, not shown raw", async () => {
  const api = new ApiClient({ baseUrl: "http://x/", fetch: fakeFetch(() => new Response("<html>Bad gateway</html>", { status: 502 })) });
  await assert.rejects(api.lint(bytes, "a.docx"), (e) => {
    assert.equal(e.kind, "http");
    assert.equal(e.message, "Dịch vụ kiểm tra trả lời không hợp lệ (mã HTTP 502).");
    return true;
  });
  const api2 = new ApiClient({ baseUrl: "http://x/", fetch: fakeFetch(() => json(200, { detail: "?" })) });
  await assert.rejects(api2.lint(bytes, "a.docx"), (e) => e.kind === "http");
});

test("401: asks for the API key", async () => {
  const api = new ApiClient({
    baseUrl: "http://x/",
    fetch: fakeFetch(() => json(401, { error: { code: "unauthorized", message: "Thiếu khóa." } })),
  });
  await assert.rejects(api.lint(bytes, "a.docx"), (e) => {
    assert.equal(e.kind, "unauthorized");
    assert.match(e.message, /API key/);
    return true;
  });
});

test("rule, tasks and fix call their endpoints", async () => {
  const fetch = fakeFetch((url) => {
    if (url.includes("/v1/rules/")) return json(200, { code: "VB104", name: "n", doc: "d" });
    if (url.endsWith("/v1/tasks")) return json(200, [{ text: "t", paragraph: 3, missing: [] }]);
    return new Response(new Uint8Array([1, 2, 3]), { status: 200 });
  });
  const api = new ApiClient({ baseUrl: "https://h/sub/", fetch });
  assert.equal((await api.rule("VB104")).code, "VB104");
  assert.equal((await api.tasks(bytes, "a.docx"))[0].paragraph, 3);
  assert.equal((await api.fix(bytes, "a.docx")).size, 3);
  assert.deepEqual(
    fetch.calls.map((c) => [c.init.method, c.url]),
    [
      ["GET", "https://h/sub/v1/rules/VB104?lang=vi"],
      ["POST", "https://h/sub/v1/tasks"],
      ["POST", "https://h/sub/v1/fix"],
    ],
  );
});

test("default service address: the origin (and prefix) the page is served from, or ?api=", () => {
  assert.equal(defaultBaseUrl("https://lint.gov.vn/addin/index.html?office=1"), "https://lint.gov.vn/");
  assert.equal(defaultBaseUrl("https://intra.gov.vn/vblint/addin/"), "https://intra.gov.vn/vblint/");
  assert.equal(defaultBaseUrl("http://127.0.0.1:9/addin/index.html?api=https://other:8443"), "https://other:8443/");
});
