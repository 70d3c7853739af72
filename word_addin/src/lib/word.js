// Word side of the pane: finding → Word paragraph → range; select it, fix it as a tracked
// change, or attach the findings as comments. Word and Office are passed in (the real
// namespaces inside Word, mocks in the unit tests).
//
// A finding's location (design.md "Locations") gives the paragraph index in the main story
// (body.paragraphs: body and table-cell paragraphs in document order), or the story it is in,
// and start/end offsets into the paragraph's text. The Word API has no "range at offset": the
// span is found by searching its text inside the paragraph and taking the occurrence that starts
// at `start` (Word's search finds non-overlapping matches left to right).

import { msg } from "./messages.js";

export class WordActionError extends Error {
  constructor(message, kind = "word") {
    super(message);
    this.name = "WordActionError";
    this.kind = kind;
  }
}

const SEARCH_LIMIT = 255; // Word's search string limit
const PIECE = 120; // head/tail length used for spans longer than the limit

/** Paragraph text as the linter counts it: Word's manual line break (\v) is "\n". */
export function normaliseWordText(text) {
  return (text || "").replace(/\u000b/g, "\n").replace(/\r/g, "");
}

/** Text for Word's (non-wildcard) search: ^ is its escape character. */
export function escapeSearch(text) {
  return text
    .replace(/\^/g, "^^")
    .replace(/\t/g, "^t")
    .replace(/\n/g, "^l")
    .replace(/\f/g, "^m");
}

/** The excerpt without the ellipsis the linter adds to spans over 60 characters. */
export function excerptCore(excerpt) {
  const text = excerpt || "";
  if (text.length === 60 && text.endsWith("…")) return { core: text.slice(0, 59), truncated: true };
  return { core: text, truncated: false };
}

/** How many non-overlapping occurrences of `needle` Word's search finds before `start`, or -1
 * when no occurrence starts exactly there. */
export function occurrenceAt(text, needle, start) {
  if (!needle) return -1;
  let count = 0;
  let pos = 0;
  for (;;) {
    const idx = text.indexOf(needle, pos);
    if (idx < 0 || idx > start) return -1;
    if (idx === start) return count;
    count += 1;
    pos = idx + needle.length;
  }
}

function countOccurrences(text, needle) {
  if (!needle) return 0;
  let n = 0;
  let pos = 0;
  for (;;) {
    const idx = text.indexOf(needle, pos);
    if (idx < 0) return n;
    n += 1;
    pos = idx + needle.length;
  }
}

/**
 * How to find a finding's span inside a paragraph whose current Word text is `wordText`.
 * Returns {kind: "paragraph"|"search"|"expand", exact, start, end, prefix, suffix, ...}:
 * - "paragraph": the whole paragraph (no span, or the span covers all of it);
 * - "search": Word-search `text` in the paragraph and take item `occurrence`;
 * - "expand": spans longer than Word's search limit: `head` and `tail` searches, expanded.
 * `exact` is true when the text at the offsets is what the linter flagged, so a fix is safe.
 * For an empty span (an insertion) the span is widened by one character, given in
 * `prefix`/`suffix`, so that "replace" keeps it.
 */
export function planSpan(wordText, loc) {
  const text = normaliseWordText(wordText);
  const { core, truncated } = excerptCore(loc.excerpt);
  if (loc.start === null || loc.start === undefined || loc.end === null || loc.end === undefined) {
    const whole = text.trim();
    const exact = !core || whole === core || (truncated && whole.startsWith(core));
    return { kind: "paragraph", exact, start: 0, end: text.length, prefix: "", suffix: "" };
  }
  let start = loc.start;
  let end = loc.end;
  const length = end - start;
  let exact;
  const atOffsets = text.slice(start, end);
  if (length === 0) {
    exact = start <= text.length;
  } else if (truncated ? atOffsets.length === length && atOffsets.startsWith(core) : atOffsets === core) {
    exact = true;
  } else {
    // The offsets no longer fit (the paragraph was edited, or Word shows it differently):
    // look for the flagged text elsewhere in the paragraph.
    const idx = core ? text.indexOf(core) : -1;
    if (idx < 0) return { kind: "paragraph", exact: false, start: 0, end: text.length, prefix: "", suffix: "" };
    start = idx;
    end = idx + (truncated ? length : core.length);
    exact = !truncated && countOccurrences(text, core) === 1;
    if (end > text.length) return { kind: "paragraph", exact: false, start: 0, end: text.length, prefix: "", suffix: "" };
  }
  let prefix = "";
  let suffix = "";
  if (start === end) {
    if (text.length === 0) return { kind: "paragraph", exact, start: 0, end: 0, prefix: "", suffix: "" };
    if (start > 0) {
      prefix = text[start - 1];
      start -= 1;
    } else {
      suffix = text[end];
      end += 1;
    }
  }
  if (start === 0 && end >= text.length) {
    return { kind: "paragraph", exact, start, end, prefix, suffix };
  }
  const span = text.slice(start, end);
  if (escapeSearch(span).length <= SEARCH_LIMIT) {
    const occurrence = occurrenceAt(text, span, start);
    if (occurrence < 0) return { kind: "paragraph", exact: false, start: 0, end: text.length, prefix: "", suffix: "" };
    return { kind: "search", exact, start, end, prefix, suffix, text: escapeSearch(span), occurrence };
  }
  // Word finds non-overlapping matches only: in repetitive text a piece may not be findable
  // at exactly its place, so shorten it until it is (one character always is).
  const piece = (at, fromEnd) => {
    for (let n = PIECE; n > 0; n--) {
      const s0 = fromEnd ? at - n : at;
      const t = text.slice(s0, s0 + n);
      if (escapeSearch(t).length > SEARCH_LIMIT) continue;
      const occurrence = occurrenceAt(text, t, s0);
      if (occurrence >= 0) return { t, occurrence };
    }
    return null;
  };
  const headPiece = piece(start, false);
  const tailPiece = piece(end, true);
  if (!headPiece || !tailPiece) {
    return { kind: "paragraph", exact: false, start: 0, end: text.length, prefix: "", suffix: "" };
  }
  const head = headPiece.t;
  const tail = tailPiece.t;
  const headOcc = headPiece.occurrence;
  const tailOcc = tailPiece.occurrence;
  return {
    kind: "expand",
    exact,
    start,
    end,
    prefix,
    suffix,
    head: { text: escapeSearch(head), occurrence: headOcc },
    tail: { text: escapeSearch(tail), occurrence: tailOcc },
  };
}

export function supports(Office, version) {
  try {
    return Boolean(Office?.context?.requirements?.isSetSupported("WordApi", version));
  } catch {
    return false;
  }
}

const SEARCH_OPTIONS = { matchCase: true, matchWildcards: false };

function contentRange(paragraph, Office) {
  return supports(Office, "1.3") && typeof paragraph.getRange === "function"
    ? paragraph.getRange("Content")
    : paragraph;
}

// Queue the searches of a plan (no sync); `finish()` after a sync gives the range or null.
function queueRange(paragraph, plan, Office) {
  if (plan.kind === "paragraph") {
    const range = contentRange(paragraph, Office);
    return () => range;
  }
  if (plan.kind === "search") {
    const found = paragraph.search(plan.text, SEARCH_OPTIONS);
    found.load("items");
    return () => found.items[plan.occurrence] ?? null;
  }
  const head = paragraph.search(plan.head.text, SEARCH_OPTIONS);
  const tail = paragraph.search(plan.tail.text, SEARCH_OPTIONS);
  head.load("items");
  tail.load("items");
  return () => {
    const a = head.items[plan.head.occurrence];
    const b = tail.items[plan.tail.occurrence];
    if (!a) return null;
    if (!b || !supports(Office, "1.3")) return a;
    return a.expandTo(b);
  };
}

const HEADER_KINDS = ["Primary", "FirstPage", "EvenPages"];

// The paragraph collection a location lives in, loaded with its text; null when the story has
// no paragraph index the API can reach (text boxes, footnotes).
async function storyParagraph(context, loc, Office) {
  const index = loc.paragraph;
  if (!loc.story) {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("text");
    await context.sync();
    return paragraphs.items[index] ?? null;
  }
  if (loc.story === "header" || loc.story === "footer") {
    const sections = context.document.sections;
    sections.load("items");
    await context.sync();
    const section = sections.items[loc.section ?? 0] ?? sections.items[0];
    if (!section) return null;
    const collections = HEADER_KINDS.map((kind) => {
      const part = loc.story === "header" ? section.getHeader(kind) : section.getFooter(kind);
      const paragraphs = part.paragraphs;
      paragraphs.load("text");
      return paragraphs;
    });
    await context.sync();
    const { core } = excerptCore(loc.excerpt);
    for (const paragraphs of collections) {
      const p = paragraphs.items[index];
      if (p && (!core || normaliseWordText(p.text).includes(core))) return p;
    }
    return collections[0].items[index] ?? null;
  }
  return null;
}

// Text boxes and footnotes: search the flagged text in the whole document.
async function searchDocument(context, loc) {
  const { core } = excerptCore(loc.excerpt);
  const needle = escapeSearch(core.trim());
  if (!needle || needle.length > SEARCH_LIMIT) return null;
  const found = context.document.body.search(needle, SEARCH_OPTIONS);
  found.load("items");
  await context.sync();
  return found.items[0] ?? null;
}

function storyWord(story) {
  return msg(`story_${story}`);
}

/**
 * Select a finding's span (or paragraph) in Word.
 * @returns {Promise<{exact: boolean, kind: string}>}
 */
export async function selectFinding(Word, Office, finding) {
  const loc = finding.location || {};
  if (loc.paragraph === null || loc.paragraph === undefined) {
    throw new WordActionError(msg("err_no_span"), "no_span");
  }
  return runWord(Word, async (context) => {
    const paragraph = await storyParagraph(context, loc, Office);
    if (!paragraph) {
      if (loc.story === "textbox" || loc.story === "footnote") {
        const range = await searchDocument(context, loc);
        if (range) {
          range.select();
          await context.sync();
          return { exact: false, kind: "search" };
        }
        throw new WordActionError(msg("notice_story", { story: storyWord(loc.story) }), "story");
      }
      throw new WordActionError(msg("err_locate", { n: loc.paragraph + 1 }), "locate");
    }
    const plan = planSpan(paragraph.text, loc);
    const finish = queueRange(paragraph, plan, Office);
    await context.sync();
    const range = finish() ?? contentRange(paragraph, Office);
    range.select();
    await context.sync();
    return { exact: plan.exact, kind: plan.kind };
  });
}

/**
 * Apply a finding's safe fix as a tracked change: change tracking set to trackAll, then the
 * span replaced with insertText(…, "Replace"); the user's tracking mode is restored afterwards.
 */
export async function applyFix(Word, Office, finding) {
  const loc = finding.location || {};
  const fix = finding.fix;
  if (!fix || !fix.safe) throw new WordActionError(msg("err_no_span"), "no_fix");
  if (loc.paragraph === null || loc.paragraph === undefined) {
    throw new WordActionError(msg("err_no_span"), "no_span");
  }
  if (!supports(Office, "1.4")) {
    throw new WordActionError(msg("err_api_support", { version: "1.4" }), "support");
  }
  return runWord(Word, async (context) => {
    const doc = context.document;
    doc.load("changeTrackingMode");
    const paragraph = await storyParagraph(context, loc, Office);
    if (!paragraph) throw new WordActionError(msg("err_locate", { n: loc.paragraph + 1 }), "locate");
    const previous = doc.changeTrackingMode;
    const plan = planSpan(paragraph.text, loc);
    if (!plan.exact) throw new WordActionError(msg("err_changed", { n: loc.paragraph + 1 }), "changed");
    const finish = queueRange(paragraph, plan, Office);
    await context.sync();
    const range = finish();
    if (!range) throw new WordActionError(msg("err_changed", { n: loc.paragraph + 1 }), "changed");
    const trackAll = Word.ChangeTrackingMode?.trackAll ?? "TrackAll";
    doc.changeTrackingMode = trackAll;
    const replace = Word.InsertLocation?.replace ?? "Replace";
    const inserted = range.insertText(plan.prefix + fix.replacement + plan.suffix, replace);
    await context.sync();
    if (previous !== undefined && previous !== trackAll) {
      doc.changeTrackingMode = previous;
    }
    if (inserted && typeof inserted.select === "function") inserted.select();
    await context.sync();
    return { exact: true };
  });
}

function storyNote(loc) {
  if (loc.paragraph === null || loc.paragraph === undefined) return msg("whole_document");
  if (loc.story) return `${storyWord(loc.story)}, ${msg("paragraph_n", { n: loc.paragraph + 1 })}`;
  return "";
}

/** The comment text of a finding: "[VB104] message — Căn cứ: … — Đề xuất sửa: “…”". */
export function commentText(finding) {
  const loc = finding.location || {};
  const pieces = [`[${finding.code}] ${finding.message}`];
  const where = storyNote(loc);
  if (where) pieces.push(`(${where})`);
  if (finding.source) pieces.push(`${msg("source")}: ${finding.source}`);
  if (finding.fix && finding.fix.replacement !== undefined) {
    pieces.push(`${msg("fix_suggestion")}: “${finding.fix.replacement}”`);
  }
  return pieces.join(" — ");
}

/**
 * Insert the findings as Word comments: each on its span in the main story; findings of the
 * whole document or of another story (Word allows no comment in headers and footers) on the
 * first paragraph, saying where they are.
 * @returns {Promise<{inserted: number, skipped: number}>}
 */
export async function insertComments(Word, Office, findings) {
  if (!supports(Office, "1.4")) {
    throw new WordActionError(msg("err_api_support", { version: "1.4" }), "support");
  }
  return runWord(Word, async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("text");
    await context.sync();
    const items = paragraphs.items;
    const pending = [];
    let skipped = 0;
    for (const finding of findings) {
      const loc = finding.location || {};
      const inMain = !loc.story && loc.paragraph !== null && loc.paragraph !== undefined;
      const paragraph = inMain ? items[loc.paragraph] : items.find((p) => normaliseWordText(p.text).trim()) ?? items[0];
      if (!paragraph) {
        skipped += 1;
        continue;
      }
      const plan = inMain ? planSpan(paragraph.text, loc) : { kind: "paragraph" };
      pending.push({ finding, paragraph, finish: queueRange(paragraph, plan, Office) });
    }
    await context.sync();
    for (const { finding, paragraph, finish } of pending) {
      const range = finish() ?? contentRange(paragraph, Office);
      range.insertComment(commentText(finding));
    }
    await context.sync();
    return { inserted: pending.length, skipped };
  });
}

async function runWord(Word, body) {
  try {
    return await Word.run(body);
  } catch (error) {
    if (error instanceof WordActionError) throw error;
    const message = (error && (error.message || error.code)) || String(error);
    throw new WordActionError(msg("err_word", { message }), "word");
  }
}
