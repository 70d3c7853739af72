// Write manifest.xml from manifest.template.xml with the service's address:
//   npm run manifest -- --url https://lint.example.gov.vn [--id GUID] [--version 1.0.0.0]
//                       [--provider "Văn phòng UBND tỉnh"] [--support-url URL] [--out FILE]
// The service (lint serve) must be reachable over HTTPS at that address; it serves the pane
// under /addin/.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export const DEFAULTS = {
  url: "https://localhost:8443",
  id: "6f0c8f3e-5b1a-4c4e-9a57-1e2d3c4b5a69",
  version: "1.0.0.0",
  provider: "vblint",
  supportUrl: "", // defaults to <url>/docs
};

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;

export class ManifestError extends Error {}

function escapeXml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The base URL, checked: https, no query or fragment, no trailing slash. */
export function normaliseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ManifestError(`Địa chỉ không hợp lệ: “${raw}” (invalid URL).`);
  }
  if (url.protocol !== "https:") {
    throw new ManifestError(
      `Word chỉ nạp bổ trợ qua HTTPS: “${raw}” phải bắt đầu bằng https:// (Office add-ins require HTTPS).`,
    );
  }
  if (url.search || url.hash) {
    throw new ManifestError(`Địa chỉ dịch vụ không được có “?” hoặc “#”: “${raw}”.`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}

/** The manifest text for the given options. */
export function renderManifest(template, options = {}) {
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  const base = normaliseUrl(o.url);
  if (!GUID.test(o.id)) throw new ManifestError(`--id phải là một GUID: “${o.id}”.`);
  if (!VERSION.test(o.version)) throw new ManifestError(`--version có dạng 1.0.0.0: “${o.version}”.`);
  if (!o.provider.trim()) throw new ManifestError("--provider không được để trống.");
  const support = o.supportUrl ? normaliseUrl(o.supportUrl) : `${base}/docs`;
  const values = { BASE_URL: base, ID: o.id, VERSION: o.version, PROVIDER: o.provider, SUPPORT_URL: support };
  return template.replace(/\{\{(\w+)\}\}/g, (all, key) => {
    if (!(key in values)) throw new ManifestError(`Unknown placeholder ${all}`);
    return escapeXml(values[key]);
  });
}

export function parseArgs(argv) {
  const names = { "--url": "url", "--id": "id", "--version": "version", "--provider": "provider", "--support-url": "supportUrl", "--out": "out", "--template": "template" };
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const key = names[flag];
    if (!key) throw new ManifestError(`Tham số không hợp lệ: “${arg}”. Dùng: --url https://… [--id GUID] [--version 1.0.0.0] [--provider TÊN] [--support-url URL] [--out TỆP]`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new ManifestError(`Thiếu giá trị cho ${flag}.`);
    options[key] = value;
  }
  return options;
}

function main() {
  try {
    const { out = join(root, "manifest.xml"), template = join(root, "manifest.template.xml"), ...options } = parseArgs(process.argv.slice(2));
    const text = renderManifest(readFileSync(template, "utf8"), options);
    writeFileSync(resolve(out), text);
    console.log(`Đã ghi ${resolve(out)} (${normaliseUrl(options.url ?? DEFAULTS.url)}).`);
  } catch (error) {
    console.error(error instanceof ManifestError ? error.message : error);
    process.exit(2);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
