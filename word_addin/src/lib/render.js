// DOM builders of the pane. Text always goes in through textContent (findings quote the draft).

import { countBySeverity, groupFindings } from "./group.js";
import { docTypeName, familyName, msg } from "./messages.js";

/** createElement with attributes ({class, dataset-like "data-x", on: {click}}) and children. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "on") for (const [ev, fn] of Object.entries(value)) el.addEventListener(ev, fn);
    else if (key === "text") el.textContent = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function where(loc) {
  if (!loc || loc.paragraph === null || loc.paragraph === undefined) {
    return loc && loc.section !== null && loc.section !== undefined
      ? msg("section_n", { n: loc.section + 1 })
      : "";
  }
  const para = msg("paragraph_n", { n: loc.paragraph + 1 });
  return loc.story ? `${msg(`story_${loc.story}`)}, ${para}` : para;
}

/** The gate banner. */
export function renderVerdict(result, { verdict, counts, info }) {
  const pass = Boolean(result.gate && result.gate.pass);
  const failOn = (result.gate && result.gate.fail_on) || "error";
  verdict.replaceChildren(
    h("span", { class: "verdict-icon", "aria-hidden": "true", text: pass ? "✓" : "✕" }),
    h("strong", { text: pass ? msg("gate_pass") : msg("gate_fail") }),
    h("span", { class: "verdict-rule", text: `(${msg("gate_rule", { word: msg(`sev_word_${failOn}`) })})` }),
  );
  verdict.parentElement.classList.toggle("pass", pass);
  verdict.parentElement.classList.toggle("fail", !pass);
  const c = countBySeverity(result.findings);
  counts.textContent = msg("counts", { e: c.error, w: c.warning, i: c.info });
  const bits = [familyName(result)];
  if (result.doc_type) bits.push(`${msg("doc_type")}: ${docTypeName(result.doc_type)}`);
  if (result.regime) bits.push(`${msg("regime")}: ${result.regime}`);
  info.textContent = bits.join(" · ");
  return pass;
}

/**
 * The grouped finding list.
 * @param {object[]} findings
 * @param {{office: boolean, onSelect: Function, onExplain: Function, onFix: Function}} handlers
 */
export function renderFindings(container, findings, handlers) {
  container.replaceChildren();
  if (!findings.length) {
    container.append(h("p", { class: "empty", text: msg("no_findings") }));
    return;
  }
  for (const group of groupFindings(findings)) {
    const list = h("ol", { class: "findings" });
    for (const { finding, index } of group.items) list.append(renderFinding(finding, index, handlers));
    container.append(
      h(
        "section",
        { class: "group", "data-part": group.key },
        h("h2", {}, group.label, h("span", { class: "count", text: String(group.items.length) })),
        list,
      ),
    );
  }
}

function renderFinding(f, index, handlers) {
  const loc = f.location || {};
  const place = where(loc);
  const main = h(
    "button",
    {
      type: "button",
      class: "finding-main",
      on: { click: () => handlers.onSelect(index) },
    },
    h(
      "span",
      { class: "finding-head" },
      h("span", { class: `badge sev-${f.severity}`, text: msg(`sev_${f.severity}`) }),
      h("span", { class: "code", text: f.code }),
      place ? h("span", { class: "where", text: place }) : null,
    ),
    h("span", { class: "message", text: f.message }),
    loc.excerpt ? h("span", { class: "excerpt", text: loc.excerpt }) : null,
  );
  const actions = h("div", { class: "actions" });
  const explain = h("div", { class: "explain", hidden: true });
  actions.append(
    h("button", {
      type: "button",
      class: "link explain-button",
      text: msg("explain"),
      on: { click: (ev) => handlers.onExplain(index, explain, ev.currentTarget) },
    }),
  );
  if (f.fix && f.fix.safe && handlers.office && loc.paragraph !== null && loc.paragraph !== undefined) {
    actions.append(
      h("button", {
        type: "button",
        class: "fix-button",
        title: f.fix.title,
        text: `${msg("fix")}: ${f.fix.title}`,
        on: { click: (ev) => handlers.onFix(index, ev.currentTarget) },
      }),
    );
  } else if (f.fix) {
    actions.append(h("span", { class: "suggestion", text: `${msg("fix_suggestion")}: ${f.fix.title}` }));
  }
  return h(
    "li",
    { class: `finding sev-${f.severity}`, "data-index": index, "data-code": f.code },
    main,
    f.source ? h("p", { class: "source" }, h("span", { class: "label", text: `${msg("source")}: ` }), f.source) : null,
    actions,
    explain,
  );
}

/** A rule's documentation (GET /v1/rules/{code}): "## " headings, indented example lines. */
export function renderRuleDoc(container, rule) {
  container.replaceChildren();
  container.append(h("p", { class: "rule-summary" }, h("strong", { text: `${rule.code} · ${rule.name}` })));
  const doc = String(rule.doc || rule.summary || "");
  let para = [];
  let pre = [];
  const flushPara = () => {
    if (para.length) container.append(h("p", { text: para.join(" ") }));
    para = [];
  };
  const flushPre = () => {
    if (pre.length) container.append(h("pre", { text: pre.join("\n") }));
    pre = [];
  };
  for (const line of doc.split("\n")) {
    if (line.startsWith("## ")) {
      flushPara();
      flushPre();
      container.append(h("h3", { text: line.slice(3) }));
    } else if (line.startsWith("    ")) {
      flushPara();
      pre.push(line.slice(4));
    } else if (!line.trim()) {
      flushPara();
      flushPre();
    } else {
      flushPre();
      para.push(line.trim());
    }
  }
  flushPara();
  flushPre();
}

/** The task table (POST /v1/tasks). */
export function renderTasks(container, tasks, { onSelect }) {
  container.replaceChildren(h("p", { class: "hint", text: msg("tasks_intro") }));
  if (!tasks.length) {
    container.append(h("p", { class: "empty", text: msg("tasks_none") }));
    return;
  }
  const cols = ["paragraph", "task", "lead", "co", "deadline", "product", "resources", "missing"];
  const slotOf = { task: "action", lead: "lead", deadline: "deadline", product: "product", resources: "resources" };
  const head = h("tr", {}, cols.map((c) => h("th", { scope: "col", text: msg(`task_col_${c}`) })));
  const body = h("tbody");
  for (const t of tasks) {
    const missingSlots = new Set(t.missing || []);
    const missing = [...missingSlots].map((s) => msg(`slot_${s}`));
    const deadline = t.deadline && t.deadline.kind !== "none" ? t.deadline.text || t.deadline.date || "" : "";
    const values = {
      task: t.action || t.text,
      lead: (t.leads || []).join("; ") + (t.lead_guessed && t.leads?.length ? ` ${msg("lead_guessed")}` : ""),
      co: (t.co_workers || []).join("; "),
      deadline,
      product: t.product || "",
      resources: t.resources || "",
    };
    const cellFor = (col) => {
      const gap = missingSlots.has(slotOf[col]);
      return h("td", {
        class: [col === "task" ? "task-text" : null, gap ? "is-missing" : null].filter(Boolean).join(" ") || null,
        "data-label": msg(`task_col_${col}`),
        text: values[col] || "—",
        title: col === "task" ? t.text : null,
      });
    };
    body.append(
      h(
        "tr",
        { class: missing.length ? "task incomplete" : "task complete", "data-paragraph": t.paragraph },
        h(
          "td",
          { class: "task-paragraph", "data-label": msg("task_col_paragraph") },
          h("button", {
            type: "button",
            class: "link",
            text: String(t.paragraph + 1),
            on: { click: () => onSelect(t.paragraph) },
          }),
        ),
        ["task", "lead", "co", "deadline", "product", "resources"].map(cellFor),
        h("td", {
          class: "missing",
          "data-label": msg("task_col_missing"),
          text: missing.length ? missing.join(", ") : msg("task_complete"),
        }),
      ),
    );
  }
  container.append(h("div", { class: "table-wrap" }, h("table", { class: "tasks" }, h("thead", {}, head), body)));
}

const SEV_ORDER = { error: 3, warning: 2, info: 1 };

/** Pieces of a paragraph's text with the flagged spans marked: [{text, finding indexes, sev}]. */
export function markSpans(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (a === b) continue;
    const covering = marks.filter((m) => m.start <= a && m.end >= b);
    let sev = null;
    for (const m of covering) if (!sev || SEV_ORDER[m.severity] > SEV_ORDER[sev]) sev = m.severity;
    pieces.push({ text: text.slice(a, b), findings: covering.map((m) => m.index), severity: sev });
  }
  return pieces;
}

/** The document's main-story paragraphs with the findings' spans marked. */
export function renderParagraphs(container, paragraphs, findings, { onParagraph }) {
  container.replaceChildren();
  const byParagraph = new Map();
  findings.forEach((f, index) => {
    const loc = f.location || {};
    if (loc.story || loc.paragraph === null || loc.paragraph === undefined) return;
    if (!byParagraph.has(loc.paragraph)) byParagraph.set(loc.paragraph, []);
    byParagraph.get(loc.paragraph).push({ f, index });
  });
  const frag = document.createDocumentFragment();
  for (const p of paragraphs) {
    const hits = byParagraph.get(p.index) || [];
    let worst = null;
    for (const { f } of hits) if (!worst || SEV_ORDER[f.severity] > SEV_ORDER[worst]) worst = f.severity;
    const marks = hits
      .filter(({ f }) => Number.isInteger(f.location.start) && Number.isInteger(f.location.end) && f.location.end > f.location.start)
      .map(({ f, index }) => ({ start: f.location.start, end: f.location.end, severity: f.severity, index }));
    const text = h("span", { class: "text" });
    for (const piece of markSpans(p.text, marks)) {
      text.append(
        piece.severity
          ? h("mark", { class: `sev-${piece.severity}`, "data-findings": piece.findings.join(" "), text: piece.text })
          : document.createTextNode(piece.text),
      );
    }
    const classes = ["para"];
    if (!p.text.trim()) classes.push("empty-para");
    if (p.inTable) classes.push("in-table");
    if (worst) classes.push(`has-${worst}`);
    frag.append(
      h(
        "div",
        {
          class: classes.join(" "),
          id: `para-${p.index}`,
          "data-index": p.index,
          "data-findings": hits.map((x) => x.index).join(" ") || null,
          title: p.inTable ? msg("table_cell") : null,
          on: hits.length ? { click: () => onParagraph(p.index, hits[0].index) } : null,
        },
        h("span", { class: "num", text: String(p.index + 1) }),
        text,
      ),
    );
  }
  container.append(frag);
}
