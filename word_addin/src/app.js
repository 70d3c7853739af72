// The task pane: inside Word (Office.js) or in an ordinary browser (file picker).

import { ApiClient, ApiError, defaultBaseUrl } from "./lib/api.js";
import { DocxError, readDocxParagraphs } from "./lib/docx.js";
import { msg, setLang } from "./lib/messages.js";
import { readDocumentBytes } from "./lib/officefile.js";
import {
  renderFindings,
  renderParagraphs,
  renderRuleDoc,
  renderTasks,
  renderVerdict,
  where,
} from "./lib/render.js";
import { WordActionError, applyFix, insertComments, selectFinding } from "./lib/word.js";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_READY_TIMEOUT_MS = 10000;
const STORE = { api: "vblint.api", key: "vblint.apiKey" };

const $ = (id) => document.getElementById(id);

const state = {
  office: null, // {Office, Word} inside Word
  api: null,
  file: null, // {bytes, name} of the last check
  result: null,
  paragraphs: null, // browser mode: the picked file's paragraphs
  tasks: null,
  rules: new Map(),
  fixed: new Set(),
  busy: false,
};

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function makeClient() {
  const store = storage();
  const saved = store && store.getItem(STORE.api);
  const baseUrl = saved || defaultBaseUrl(window.location.href);
  const apiKey = (store && store.getItem(STORE.key)) || null;
  state.api = new ApiClient({ baseUrl, apiKey });
  $("setting-api").value = baseUrl;
  $("setting-key").value = apiKey || "";
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(s);
  });
}

// Inside Word: window.Office is there (or office.js is loaded when the manifest's URL says so).
async function detectOffice(params) {
  if (!window.Office && !params.has("office")) return null;
  try {
    if (!window.Office) await loadScript(OFFICE_JS);
    const Office = window.Office;
    const info = await Promise.race([
      Office.onReady(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), OFFICE_READY_TIMEOUT_MS)),
    ]);
    const word = Office.HostType ? Office.HostType.Word : "Word";
    if (info && (info.host === word || info.host === "Word") && window.Word) {
      return { Office, Word: window.Word };
    }
  } catch {
    // Not inside Word after all (or office.js is unreachable): the browser mode still works.
  }
  return null;
}

function translateStatic() {
  for (const el of document.querySelectorAll("[data-msg]")) el.textContent = msg(el.dataset.msg);
}

function setStatus(text) {
  $("status").textContent = text || "";
}

function showError(text) {
  const box = $("error");
  box.textContent = text || "";
  box.hidden = !text;
}

function errorText(error) {
  if (error instanceof ApiError || error instanceof WordActionError || error instanceof DocxError) {
    return error.message;
  }
  if (error && error.name === "OfficeFileError") return error.message;
  return msg("err_word", { message: (error && error.message) || String(error) });
}

function setBusy(busy) {
  state.busy = busy;
  $("check").disabled = busy;
  document.body.classList.toggle("is-busy", busy);
}

function fileName() {
  const url = state.office?.Office?.context?.document?.url || "";
  const base = url.split(/[\\/]/).pop() || "";
  const name = decodeURIComponent(base.split("?")[0] || "") || "van-ban.docx";
  return name.toLowerCase().endsWith(".docx") ? name : `${name.replace(/\.\w+$/, "")}.docx`;
}

async function currentDocument() {
  if (state.office) {
    setStatus(msg("checking"));
    const bytes = await readDocumentBytes(state.office.Office);
    return { bytes, name: fileName() };
  }
  const input = $("file");
  const file = input.files && input.files[0];
  if (!file) throw new DocxError(msg("no_file"), "No file chosen.");
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

async function check() {
  if (state.busy) return;
  setBusy(true);
  showError("");
  setStatus(msg("checking"));
  try {
    const doc = await currentDocument();
    const stage = $("stage").value;
    const work = [state.api.lint(doc.bytes, doc.name, { stage })];
    if (!state.office) work.push(readDocxParagraphs(doc.bytes, window.JSZip).catch(() => null));
    const [result, paragraphs] = await Promise.all(work);
    state.file = doc;
    state.result = result;
    state.paragraphs = paragraphs ?? null;
    state.tasks = null;
    state.fixed = new Set();
    render();
    setStatus("");
  } catch (error) {
    // Results of an earlier document must not stay on screen under the error of this one.
    state.result = null;
    state.file = null;
    $("verdict").hidden = true;
    $("results").hidden = true;
    setStatus("");
    showError(errorText(error));
  } finally {
    setBusy(false);
  }
}

function render() {
  const result = state.result;
  if (result.error) {
    $("verdict").hidden = true;
    $("results").hidden = true;
    showError(msg("err_unreadable", { message: result.error.message }));
    return;
  }
  renderVerdict(result, { verdict: $("verdict-text"), counts: $("verdict-counts"), info: $("doc-info") });
  $("verdict").hidden = false;
  $("results").hidden = false;
  $("tab-findings").textContent = `${msg("tab_findings")} (${result.findings.length})`;
  $("tab-tasks").textContent = msg("tab_tasks");
  renderFindings($("panel-findings"), result.findings, {
    office: Boolean(state.office),
    onSelect,
    onExplain,
    onFix,
  });
  applyFilters();
  $("insert-comments").disabled = !result.findings.length;
  $("download-fixed").disabled = !result.findings.some((f) => f.fix && f.fix.safe);
  if (!state.office && state.paragraphs) {
    renderParagraphs($("paragraphs"), state.paragraphs, result.findings, {
      onParagraph: (_, findingIndex) => focusFinding(findingIndex),
    });
  }
  if (!$("panel-tasks").hidden) loadTasks();
}

function applyFilters() {
  const shown = new Set(
    [...document.querySelectorAll(".filters input[data-sev]")].filter((i) => i.checked).map((i) => i.dataset.sev),
  );
  for (const li of document.querySelectorAll("#panel-findings li.finding")) {
    const sev = [...li.classList].find((c) => c.startsWith("sev-")).slice(4);
    li.hidden = !shown.has(sev);
  }
  for (const group of document.querySelectorAll("#panel-findings section.group")) {
    group.hidden = ![...group.querySelectorAll("li.finding")].some((li) => !li.hidden);
  }
}

function markActive(index) {
  for (const li of document.querySelectorAll("li.finding.is-active")) li.classList.remove("is-active");
  const li = document.querySelector(`li.finding[data-index="${index}"]`);
  if (li) li.classList.add("is-active");
  return li;
}

function focusFinding(index) {
  const li = markActive(index);
  if (li) {
    li.hidden = false;
    li.scrollIntoView({ block: "nearest" });
  }
  highlightParagraph(index);
}

function highlightParagraph(index) {
  const f = state.result.findings[index];
  const loc = f.location || {};
  for (const el of document.querySelectorAll(".para.is-selected, mark.is-selected")) el.classList.remove("is-selected");
  if (loc.paragraph === null || loc.paragraph === undefined) {
    setStatus(msg("notice_document_level"));
    return;
  }
  if (loc.story) {
    setStatus(msg("notice_story", { story: msg(`story_${loc.story}`) }));
    return;
  }
  const para = document.getElementById(`para-${loc.paragraph}`);
  if (!para) return;
  para.classList.add("is-selected");
  for (const mark of para.querySelectorAll("mark")) {
    if ((mark.dataset.findings || "").split(" ").includes(String(index))) mark.classList.add("is-selected");
  }
  para.scrollIntoView({ block: "center" });
  setStatus("");
}

async function onSelect(index) {
  markActive(index);
  showError("");
  if (!state.office) {
    highlightParagraph(index);
    return;
  }
  const f = state.result.findings[index];
  try {
    await selectFinding(state.office.Word, state.office.Office, f);
    setStatus(msg("selected_in_word", { what: where(f.location) }));
  } catch (error) {
    showError(errorText(error));
  }
}

async function onExplain(index, box, button) {
  if (!box.hidden) {
    box.hidden = true;
    button.textContent = msg("explain");
    return;
  }
  const code = state.result.findings[index].code;
  try {
    let rule = state.rules.get(code);
    if (!rule) {
      rule = await state.api.rule(code);
      state.rules.set(code, rule);
    }
    renderRuleDoc(box, rule);
    box.hidden = false;
    button.textContent = msg("hide_explain");
  } catch (error) {
    showError(msg("err_rule", { message: errorText(error) }));
  }
}

async function onFix(index, button) {
  const f = state.result.findings[index];
  showError("");
  button.disabled = true;
  try {
    await applyFix(state.office.Word, state.office.Office, f);
    state.fixed.add(index);
    const li = button.closest("li.finding");
    if (li) li.classList.add("is-fixed");
    button.textContent = msg("fixed");
  } catch (error) {
    button.disabled = false;
    showError(errorText(error));
  }
}

async function onInsertComments() {
  if (!state.result || !state.office) return;
  showError("");
  // The findings shown (severity filters) and not already fixed.
  const visible = state.result.findings.filter((_, i) => {
    const li = document.querySelector(`li.finding[data-index="${i}"]`);
    return li && !li.hidden && !state.fixed.has(i);
  });
  try {
    const { inserted, skipped } = await insertComments(state.office.Word, state.office.Office, visible);
    const parts = [msg("comments_done", { n: inserted })];
    if (skipped) parts.push(msg("comments_skipped", { n: skipped }));
    setStatus(parts.join(" "));
  } catch (error) {
    showError(errorText(error));
  }
}

async function onDownloadFixed() {
  if (!state.file) return;
  showError("");
  try {
    const blob = await state.api.fix(state.file.bytes, state.file.name, { stage: $("stage").value });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = state.file.name.replace(/\.docx$/i, "") + "-da-sua.docx";
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch (error) {
    showError(errorText(error));
  }
}

async function loadTasks() {
  if (!state.file) return;
  const panel = $("panel-tasks");
  if (state.tasks) {
    renderTasks(panel, state.tasks, { onSelect: selectParagraph });
    return;
  }
  panel.replaceChildren(document.createTextNode(msg("checking")));
  try {
    state.tasks = await state.api.tasks(state.file.bytes, state.file.name);
    renderTasks(panel, state.tasks, { onSelect: selectParagraph });
  } catch (error) {
    panel.replaceChildren();
    showError(errorText(error));
  }
}

async function selectParagraph(paragraph) {
  const pseudo = { code: "", location: { paragraph, start: null, end: null, excerpt: "", story: null } };
  if (state.office) {
    try {
      await selectFinding(state.office.Word, state.office.Office, pseudo);
    } catch (error) {
      showError(errorText(error));
    }
    return;
  }
  for (const el of document.querySelectorAll(".para.is-selected")) el.classList.remove("is-selected");
  const para = document.getElementById(`para-${paragraph}`);
  if (para) {
    para.classList.add("is-selected");
    para.scrollIntoView({ block: "center" });
  }
}

function switchTab(button) {
  for (const tab of document.querySelectorAll(".tabs [role=tab]")) {
    const on = tab === button;
    tab.setAttribute("aria-selected", String(on));
    $(tab.dataset.panel).hidden = !on;
  }
  document.body.classList.toggle("on-tasks", button.id === "tab-tasks");
  if (button.id === "tab-tasks") loadTasks();
}

function bind() {
  $("check").addEventListener("click", check);
  $("file").addEventListener("change", () => {
    const f = $("file").files[0];
    $("file-name").textContent = f ? f.name : "";
    if (f) check();
  });
  for (const tab of document.querySelectorAll(".tabs [role=tab]")) {
    tab.addEventListener("click", () => switchTab(tab));
  }
  for (const box of document.querySelectorAll(".filters input")) box.addEventListener("change", applyFilters);
  $("insert-comments").addEventListener("click", onInsertComments);
  $("download-fixed").addEventListener("click", onDownloadFixed);
  $("setting-save").addEventListener("click", () => {
    const store = storage();
    if (store) {
      const api = $("setting-api").value.trim();
      const key = $("setting-key").value.trim();
      if (api) store.setItem(STORE.api, api);
      else store.removeItem(STORE.api);
      if (key) store.setItem(STORE.key, key);
      else store.removeItem(STORE.key);
    }
    makeClient();
  });
}

async function start() {
  const params = new URLSearchParams(window.location.search);
  setLang(params.get("lang") || "vi");
  document.documentElement.lang = params.get("lang") === "en" ? "en" : "vi";
  translateStatic();
  makeClient();
  bind();
  state.office = await detectOffice(params);
  document.body.classList.toggle("mode-office", Boolean(state.office));
  document.body.classList.toggle("mode-browser", !state.office);
  $("mode").textContent = state.office ? msg("mode_office") : msg("mode_browser");
  $("tab-findings").textContent = msg("tab_findings");
  $("tab-tasks").textContent = msg("tab_tasks");
  document.body.classList.remove("is-loading");
  document.body.dataset.ready = "1";
}

start();
