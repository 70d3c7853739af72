import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { DEFAULTS, ManifestError, parseArgs, renderManifest } from "../scripts/make-manifest.mjs";
import { VENDORED } from "../scripts/vendor.mjs";
import { ADDIN } from "./helpers.mjs";

const template = readFileSync(join(ADDIN, "manifest.template.xml"), "utf8");

test("the service URL goes into every URL of the manifest", () => {
  const xml = renderManifest(template, { url: "https://lint.example.gov.vn/" });
  assert.ok(!xml.includes("{{"), "no placeholder left");
  assert.ok(!xml.includes("localhost"));
  assert.match(xml, /<SourceLocation DefaultValue="https:\/\/lint\.example\.gov\.vn\/addin\/index\.html\?office=1"\/>/);
  assert.match(xml, /<bt:Url id="VbLint\.Taskpane\.Url" DefaultValue="https:\/\/lint\.example\.gov\.vn\/addin\/index\.html\?office=1"\/>/);
  assert.match(xml, /<AppDomain>https:\/\/lint\.example\.gov\.vn<\/AppDomain>/);
  assert.match(xml, /<SupportUrl DefaultValue="https:\/\/lint\.example\.gov\.vn\/docs"\/>/);
  const urls = [...xml.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]);
  assert.ok(urls.length >= 8);
  for (const u of urls) assert.ok(u.startsWith("https://lint.example.gov.vn/"), u);
});

test("a path prefix, provider, id and version are kept; XML special characters escaped", () => {
  const xml = renderManifest(template, {
    url: "https://intra.gov.vn/vblint",
    provider: "Văn phòng UBND tỉnh & Sở",
    id: "0d7c7a0e-1111-4222-8333-944455556666",
    version: "2.1.0.0",
  });
  assert.match(xml, /index\.html\?office=1/);
  assert.match(xml, /https:\/\/intra\.gov\.vn\/vblint\/addin\/assets\/icon-80\.png/);
  assert.match(xml, /<ProviderName>Văn phòng UBND tỉnh &amp; Sở<\/ProviderName>/);
  assert.match(xml, /<Id>0d7c7a0e-1111-4222-8333-944455556666<\/Id>/);
  assert.match(xml, /<Version>2\.1\.0\.0<\/Version>/);
});

test("http, a query string, a bad GUID or version are refused with a Vietnamese message", () => {
  assert.throws(() => renderManifest(template, { url: "http://lint.example.gov.vn" }), (e) => e instanceof ManifestError && /HTTPS/.test(e.message));
  assert.throws(() => renderManifest(template, { url: "https://x.vn/?a=1" }), ManifestError);
  assert.throws(() => renderManifest(template, { url: "không phải url" }), /không hợp lệ/);
  assert.throws(() => renderManifest(template, { url: "https://x.vn", id: "abc" }), /GUID/);
  assert.throws(() => renderManifest(template, { url: "https://x.vn", version: "1.0.0.0.0" }), /--version/);
  assert.throws(() => parseArgs(["--ulr", "https://x.vn"]), /Tham số không hợp lệ/);
  assert.deepEqual(parseArgs(["--url=https://a.vn", "--out", "m.xml"]), { url: "https://a.vn", out: "m.xml" });
});

test("npm run manifest writes the file; the committed manifest.xml is the template with the defaults", () => {
  const out = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
  const run = spawnSync(process.execPath, [join(ADDIN, "scripts", "make-manifest.mjs"), "--url", "https://lint.example.gov.vn", "--out", out], {
    encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(readFileSync(out, "utf8"), renderManifest(template, { url: "https://lint.example.gov.vn" }));
  const bad = spawnSync(process.execPath, [join(ADDIN, "scripts", "make-manifest.mjs"), "--url", "http://x.vn", "--out", out], { encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /HTTPS/);
  assert.equal(readFileSync(join(ADDIN, "manifest.xml"), "utf8"), renderManifest(template, { url: DEFAULTS.url }));
});

test("the vendored JSZip is the npm package's browser build", () => {
  for (const [from, to] of VENDORED) {
    assert.ok(readFileSync(join(ADDIN, to)).equals(readFileSync(join(ADDIN, from))), `${to}: run npm run vendor`);
  }
});
