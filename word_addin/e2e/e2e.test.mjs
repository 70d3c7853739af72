// End-to-end: real headless Chromium (Debian's chromium, driven by playwright-core) against a
// live `lint serve` started here on a free 127.0.0.1 port. Browser mode (file picker) and Office
// mode (Office/Word mock injected before the page's scripts run). No network beyond 127.0.0.1:
// any other request fails the test. Screenshots go to word_addin/test-artifacts/.
//
// Needs: /usr/bin/chromium (or $CHROMIUM) and the project's `lint` (.venv/bin/lint or $LINT_BIN).
// Missing either is a failure, never a skip.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { chromium } from "playwright-core";

import { readDocxParagraphs } from "../src/lib/docx.js";
import { ADDIN, JSZip, REPO } from "../test/helpers.mjs";

const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const LINT = process.env.LINT_BIN || join(REPO, ".venv", "bin", "lint");
const SAMPLES = join(REPO, "corpus", "samples");
const FAULTY = join(SAMPLES, "state_quyet_dinh_co_loi.docx"); // the demo draft with four mistakes
const CLEAN = join(SAMPLES, "state_quyet_dinh.docx");
const PLAN = join(SAMPLES, "state_ke_hoach.docx");
const ARTIFACTS = join(ADDIN, "test-artifacts");
const MOCK_SOURCE = readFileSync(join(ADDIN, "test", "office-mock.cjs"), "utf8");
const START_TIMEOUT_MS = 180_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function startService(env = {}) {
  assert.ok(existsSync(LINT), `The project's 'lint' command is needed (pip install -e .): ${LINT}`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "vblint-e2e-"));
  const child = spawn(LINT, ["serve", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: REPO,
    env: { ...process.env, LINT_CORPUS: join(dir, "corpus.sqlite"), NO_COLOR: "1", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`lint serve exited (${child.exitCode}): ${stderr}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`lint serve did not start in time: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function lintDirect(base, file) {
  const form = new FormData();
  form.append("file", new Blob([readFileSync(file)]), file.split("/").pop());
  const r = await fetch(`${base}/v1/lint`, { method: "POST", body: form });
  assert.equal(r.status, 200);
  return r.json();
}

let service;
let small; // a second service with a tiny upload limit (413)
let browser;
let profile;
const offsite = [];

before(async () => {
  assert.ok(
    existsSync(CHROMIUM),
    `Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install chromium).`,
  );
  mkdirSync(ARTIFACTS, { recursive: true });
  [service, small] = await Promise.all([
    startService(),
    startService({ LINT_MAX_UPLOAD_MB: "0.005", LINT_PRELOAD: "0" }),
  ]);
  profile = mkdtempSync(join(tmpdir(), "vblint-chromium-"));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
  });
  // Nothing may leave 127.0.0.1 (office.js included: the Office mode must not need the CDN).
  await browser.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    offsite.push(url.href);
    return route.abort();
  });
});

after(async () => {
  await browser?.close();
  await Promise.all([service?.stop(), small?.stop()]);
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function openPage(url, { init = null, width = 1280 } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setViewportSize({ width, height: 900 });
  if (init) await page.addInitScript({ content: init });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]');
  page.errors = errors;
  return page;
}

async function shownCodes(page) {
  return page.$$eval("#panel-findings li.finding", (els) => els.map((e) => e.dataset.code));
}

describe("browser mode (file picker, no Office)", () => {
  test("a faulty draft: gate 'Chưa đạt', the service's findings grouped by part, click highlights the paragraph", async () => {
    const expected = await lintDirect(service.base, FAULTY);
    const page = await openPage(`${service.base}/addin/`);
    assert.equal(await page.textContent("#mode"), "Chế độ trình duyệt (không có Word)");
    await page.setInputFiles("#file", FAULTY);
    await page.waitForSelector("#verdict:not([hidden])", { timeout: 120_000 });

    assert.match(await page.textContent("#verdict-text"), /Chưa đạt/);
    assert.ok(await page.$eval("#verdict", (e) => e.classList.contains("fail")));
    const codes = await shownCodes(page);
    assert.deepEqual([...codes].sort(), expected.findings.map((f) => f.code).sort());
    for (const code of ["VB104", "VB110", "VB168", "VB204"]) assert.ok(codes.includes(code), code);
    const groups = await page.$$eval("#panel-findings section.group h2", (els) => els.map((e) => e.firstChild.textContent));
    assert.ok(groups.includes("Số, ký hiệu") && groups.includes("Địa danh, ngày tháng") && groups.includes("Nơi nhận"), groups.join("|"));
    const vb104 = expected.findings.find((f) => f.code === "VB104");
    const item = page.locator('li.finding[data-code="VB104"]');
    assert.equal(await item.locator(".message").textContent(), vb104.message);
    assert.equal(await item.locator(".source").textContent(), `Căn cứ: ${vb104.source}`);

    // The rendered document has the same paragraphs as the service counts.
    const ours = await readDocxParagraphs(readFileSync(FAULTY), JSZip);
    assert.equal(await page.locator("#paragraphs .para").count(), ours.length);

    await item.locator(".finding-main").click();
    const para = page.locator(`#para-${vb104.location.paragraph}`);
    assert.ok(await para.evaluate((e) => e.classList.contains("is-selected")));
    assert.equal(await page.locator(".para.is-selected").count(), 1);
    assert.equal(await para.locator("mark.is-selected").textContent(), vb104.location.excerpt);
    assert.equal(await para.locator(".text").textContent(), ours[vb104.location.paragraph].text);
    assert.ok(await para.isVisible());
    assert.ok(await item.evaluate((e) => e.classList.contains("is-active")));

    // "Xem giải thích": the rule's documentation from GET /v1/rules/VB104.
    await item.locator(".explain-button").click();
    await item.locator(".explain h3").first().waitFor();
    assert.match(await item.locator(".explain").textContent(), /VB104/);
    await page.screenshot({ path: join(ARTIFACTS, "addin-browser.png") });
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("a correct draft: 'Đủ điều kiện trình ký'", async () => {
    const expected = await lintDirect(service.base, CLEAN);
    assert.equal(expected.gate.pass, true);
    const page = await openPage(`${service.base}/addin/`);
    await page.setInputFiles("#file", CLEAN);
    await page.waitForSelector("#verdict:not([hidden])", { timeout: 120_000 });
    assert.match(await page.textContent("#verdict-text"), /Đủ điều kiện trình ký/);
    assert.ok(await page.$eval("#verdict", (e) => e.classList.contains("pass")));
    await page.close();
  });

  test("the task table (six clears) on its own tab", async () => {
    const r = await fetch(`${service.base}/v1/tasks`, {
      method: "POST",
      body: (() => {
        const f = new FormData();
        f.append("file", new Blob([readFileSync(PLAN)]), "ke-hoach.docx");
        return f;
      })(),
    });
    const tasks = await r.json();
    assert.ok(tasks.length > 0);
    const page = await openPage(`${service.base}/addin/`);
    await page.setInputFiles("#file", PLAN);
    await page.waitForSelector("#verdict:not([hidden])", { timeout: 120_000 });
    await page.click("#tab-tasks");
    await page.waitForSelector("table.tasks tbody tr", { timeout: 120_000 });
    assert.equal(await page.locator("table.tasks tbody tr").count(), tasks.length);
    assert.ok(await page.isHidden("#panel-findings"));
    const first = tasks[0];
    const row = page.locator("table.tasks tbody tr").first();
    assert.equal(await row.locator("td").nth(0).textContent(), String(first.paragraph + 1));
    assert.equal(await row.locator("td").nth(2).textContent(), first.leads.join("; "));
    await row.locator("button").click();
    assert.ok(await page.locator(`#para-${first.paragraph}`).evaluate((e) => e.classList.contains("is-selected")));
    await page.close();
  });

  test("errors: service unreachable, document too large (413), not a Word file", async () => {
    const closed = await freePort();
    const page = await openPage(`${service.base}/addin/index.html?api=http://127.0.0.1:${closed}/`);
    await page.setInputFiles("#file", CLEAN);
    await page.waitForSelector("#error:not([hidden])");
    assert.match(await page.textContent("#error"), /^Không kết nối được dịch vụ kiểm tra \(http:\/\/127\.0\.0\.1:\d+\/\)/);
    assert.ok(await page.isHidden("#verdict"));
    await page.close();

    const big = await openPage(`${small.base}/addin/`);
    await big.setInputFiles("#file", FAULTY);
    await big.waitForSelector("#error:not([hidden])");
    assert.match(await big.textContent("#error"), /^Văn bản quá lớn để gửi đi kiểm tra \(\d+ KB\)/);
    await big.close();

    const dir = mkdtempSync(join(tmpdir(), "vblint-bad-"));
    const fake = join(dir, "khong-phai-word.docx");
    writeFileSync(fake, "Đây là một tệp văn bản thường, không phải .docx");
    const bad = await openPage(`${service.base}/addin/`);
    await bad.setInputFiles("#file", CLEAN);
    await bad.waitForSelector("#verdict:not([hidden])", { timeout: 120_000 });
    await bad.setInputFiles("#file", fake);
    await bad.waitForSelector("#error:not([hidden])");
    assert.match(await bad.textContent("#error"), /^Không đọc được văn bản: /);
    // The earlier document's verdict and findings are gone.
    assert.ok(await bad.isHidden("#verdict"));
    assert.ok(await bad.isHidden("#results"));
    await bad.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("Office mode (Office/Word mocked in the page)", () => {
  async function officePage(file, extra = {}) {
    const paragraphs = (await readDocxParagraphs(readFileSync(file), JSZip)).map((p) => p.text.replace(/\n/g, "\v"));
    const config = {
      paragraphs,
      fileBase64: readFileSync(file).toString("base64"),
      sliceSize: 16 * 1024, // several slices
      url: "C:\\Users\\chuyenvien\\Documents\\du-thao-quyet-dinh.docx",
      ...extra,
    };
    const init = `${MOCK_SOURCE}\n;window.__officeMock = createOfficeMock(${JSON.stringify(config)});` +
      "window.Office = window.__officeMock.Office; window.Word = window.__officeMock.Word;";
    return openPage(`${service.base}/addin/index.html?office=1`, { init, width: 380 });
  }
  const log = (page) => page.evaluate(() => window.__officeMock.log);

  test("check, select, fix as a tracked change, insert comments — the Word calls", async () => {
    const expected = await lintDirect(service.base, FAULTY);
    const page = await officePage(FAULTY);
    assert.equal(await page.textContent("#mode"), "Đang chạy trong Word");
    assert.ok(await page.isHidden("#file"));
    await page.click("#check");
    await page.waitForSelector("#verdict:not([hidden])", { timeout: 120_000 });
    assert.match(await page.textContent("#verdict-text"), /Chưa đạt/);
    assert.deepEqual((await shownCodes(page)).sort(), expected.findings.map((f) => f.code).sort());

    // The whole file was read in slices and closed.
    let calls = await log(page);
    const size = readFileSync(FAULTY).length;
    assert.equal(calls[0].op, "getFileAsync");
    assert.equal(calls[0].type, "compressed");
    const slices = calls.filter((c) => c.op === "getSliceAsync").map((c) => c.index);
    assert.deepEqual(slices, [...Array(Math.ceil(size / (16 * 1024))).keys()]);
    assert.ok(slices.length > 1);
    assert.equal(calls.filter((c) => c.op === "closeAsync").length, 1);

    // Click → the span is selected in Word.
    const vb104 = expected.findings.find((f) => f.code === "VB104");
    await page.locator('li.finding[data-code="VB104"] .finding-main').click();
    await page.waitForFunction(() => window.__officeMock.log.some((c) => c.op === "select"));
    calls = await log(page);
    const select = calls.find((c) => c.op === "select");
    assert.deepEqual(
      [select.paragraph, select.start, select.end, select.text],
      [vb104.location.paragraph, vb104.location.start, vb104.location.end, vb104.location.excerpt],
    );
    assert.match(await page.textContent("#status"), /Đã chọn trong Word: đoạn 6/);

    // "Sửa" → change tracking on, then the replacement.
    const fixButton = page.locator('li.finding[data-code="VB104"] .fix-button');
    assert.equal(await fixButton.textContent(), `Sửa: ${vb104.fix.title}`);
    await fixButton.click();
    await page.waitForSelector('li.finding[data-code="VB104"].is-fixed');
    calls = await log(page);
    const insert = calls.find((c) => c.op === "insertText");
    assert.deepEqual(
      [insert.paragraph, insert.replaced, insert.text, insert.location, insert.trackingMode],
      [vb104.location.paragraph, "5", vb104.fix.replacement, "Replace", "TrackAll"],
    );
    const modes = calls.filter((c) => c.op === "setChangeTrackingMode").map((c) => c.value);
    assert.deepEqual(modes, ["TrackAll", "Off"]);
    assert.equal(await fixButton.textContent(), "Đã sửa (theo dõi thay đổi)");

    // "Chèn nhận xét" → one comment per finding shown and not fixed yet.
    await page.click("#insert-comments");
    await page.waitForFunction(() => /Đã chèn/.test(document.getElementById("status").textContent));
    calls = await log(page);
    const comments = calls.filter((c) => c.op === "insertComment");
    const open = expected.findings.filter((f) => f.code !== "VB104");
    assert.deepEqual(comments.map((c) => c.text.match(/^\[(VB\d{3})\]/)[1]).sort(), open.map((f) => f.code).sort());
    assert.ok(comments.some((c) => c.text.startsWith("[VB110] ") && c.anchor === "Số "));
    assert.equal(await page.textContent("#status"), `Đã chèn ${open.length} nhận xét vào văn bản.`);

    await page.screenshot({ path: join(ARTIFACTS, "addin-office.png"), fullPage: true });
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test("Word cannot give the file: a clear Vietnamese error", async () => {
    const page = await officePage(FAULTY, { failGetFile: true });
    await page.click("#check");
    await page.waitForSelector("#error:not([hidden])");
    assert.equal(await page.textContent("#error"), "Không lấy được nội dung văn bản từ Word. Hãy lưu văn bản rồi thử lại.");
    await page.close();
  });

  test("no request left 127.0.0.1 (office.js never fetched from the CDN)", () => {
    assert.deepEqual(offsite, []);
  });
});
