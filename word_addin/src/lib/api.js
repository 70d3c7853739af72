// The HTTP service (design.md "HTTP API (contract)"): POST /v1/lint, /v1/tasks, /v1/fix,
// GET /v1/rules/{code}. Every failure becomes an ApiError with a sentence for the user.

import { formatBytes, getLang, msg } from "./messages.js";

export class ApiError extends Error {
  /**
   * @param {"unreachable"|"too_large"|"unauthorized"|"unreadable"|"service"|"http"} kind
   */
  constructor(kind, message, { status = 0, code = null } = {}) {
    super(message);
    this.name = "ApiError";
    this.kind = kind;
    this.status = status;
    this.code = code;
  }
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The service's base URL for a page served at <base>/addin/…: "<base>/". */
export function defaultBaseUrl(pageUrl) {
  const url = new URL(pageUrl);
  const override = url.searchParams.get("api");
  if (override) return override.endsWith("/") ? override : `${override}/`;
  const path = url.pathname;
  const at = path.lastIndexOf("/addin/");
  const base = at >= 0 ? path.slice(0, at + 1) : "/";
  return `${url.origin}${base}`;
}

export class ApiClient {
  /**
   * @param {{baseUrl: string, apiKey?: string|null, fetch?: Function}} options
   */
  constructor({ baseUrl, apiKey = null, fetch: fetchFn = null }) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
    this.apiKey = apiKey;
    this.fetch = fetchFn ?? ((...args) => globalThis.fetch(...args));
  }

  url(path) {
    return new URL(path.replace(/^\//, ""), this.baseUrl).toString();
  }

  headers() {
    const h = { Accept: "application/json" };
    if (this.apiKey) h["X-API-Key"] = this.apiKey;
    return h;
  }

  form(bytes, name, fields = {}) {
    const form = new FormData();
    form.append("file", new Blob([bytes], { type: DOCX_TYPE }), name || "van-ban.docx");
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined && value !== null && value !== "") form.append(key, String(value));
    }
    return form;
  }

  async request(path, init, { size = 0 } = {}) {
    let response;
    try {
      response = await this.fetch(this.url(path), { ...init, headers: this.headers() });
    } catch {
      throw new ApiError("unreachable", msg("err_unreachable", { url: this.baseUrl }));
    }
    if (response.ok) return response;
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    const error = body && typeof body === "object" ? body.error : null;
    const code = error && typeof error.code === "string" ? error.code : null;
    let text = error && typeof error.message === "string" ? error.message : null;
    if (text && getLang() === "en" && typeof error.message_en === "string") text = error.message_en;
    if (response.status === 413) {
      const sizeText = size ? formatBytes(size) : "?";
      const base = msg("err_too_large", { size: sizeText });
      throw new ApiError("too_large", text ? `${base} ${text}` : base, { status: 413, code });
    }
    if (response.status === 401 || response.status === 403) {
      throw new ApiError("unauthorized", msg("err_unauthorized"), { status: response.status, code });
    }
    if (code === "VB001" && text) {
      throw new ApiError("unreadable", msg("err_unreadable", { message: text }), {
        status: response.status,
        code,
      });
    }
    if (text) {
      throw new ApiError("service", msg("err_service", { message: text }), {
        status: response.status,
        code,
      });
    }
    throw new ApiError("http", msg("err_http", { status: response.status }), {
      status: response.status,
    });
  }

  async json(response) {
    try {
      return await response.json();
    } catch {
      throw new ApiError("http", msg("err_http", { status: response.status }), {
        status: response.status,
      });
    }
  }

  /** POST /v1/lint: the one-file JSON plus "gate". */
  async lint(bytes, name, { stage = "draft", lang = getLang(), failOn = null } = {}) {
    const form = this.form(bytes, name, { stage, lang, fail_on: failOn });
    const response = await this.request("v1/lint", { method: "POST", body: form }, { size: bytes.length });
    const body = await this.json(response);
    if (!body || !Array.isArray(body.findings) || !body.gate) {
      throw new ApiError("http", msg("err_http", { status: response.status }), {
        status: response.status,
      });
    }
    return body;
  }

  /** POST /v1/tasks: the task table (six clears). */
  async tasks(bytes, name, { lang = getLang() } = {}) {
    const form = this.form(bytes, name, { lang });
    const response = await this.request("v1/tasks", { method: "POST", body: form }, { size: bytes.length });
    const body = await this.json(response);
    if (!Array.isArray(body)) {
      throw new ApiError("http", msg("err_http", { status: response.status }), {
        status: response.status,
      });
    }
    return body;
  }

  /** GET /v1/rules/{code}: the rule's documentation. */
  async rule(code, { lang = getLang() } = {}) {
    const path = `v1/rules/${encodeURIComponent(code)}?lang=${encodeURIComponent(lang)}`;
    const response = await this.request(path, { method: "GET" });
    return this.json(response);
  }

  /** POST /v1/fix: a new .docx with the safe fixes as tracked changes (a Blob). */
  async fix(bytes, name, { stage = "draft", lang = getLang() } = {}) {
    const form = this.form(bytes, name, { stage, lang });
    const response = await this.request("v1/fix", { method: "POST", body: form }, { size: bytes.length });
    return response.blob();
  }
}
