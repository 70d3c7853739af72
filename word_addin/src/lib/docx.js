// The paragraphs of a .docx's main story, read in the browser (no Word, no server round trip).
//
// Indexing follows design.md "Locations" and the Python reader: body paragraphs and table-cell
// paragraphs (nested tables too, content controls and customXml included) in document order;
// text boxes are not in the main story (their w:txbxContent is skipped) and an
// mc:AlternateContent counts once (its first mc:Choice, the mc:Fallback copy is skipped).
// Paragraph text is what Word shows with pending tracked changes accepted: w:ins / w:moveTo in,
// w:del / w:moveFrom out, field results kept and field codes dropped, w:tab → "\t",
// w:br / w:cr → "\n", w:noBreakHyphen → "-". The auto-number label is not part of the text.
//
// The XML is scanned with a small streaming tokenizer rather than DOMParser, so the same code runs
// in Node (unit tests) and in the browser, and a 500-page document does not build a DOM.

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  m: "http://schemas.openxmlformats.org/officeDocument/2006/math",
};
const REL_OFFICE_DOCUMENT =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const REL_OFFICE_DOCUMENT_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
const NS_STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main";

export class DocxError extends Error {
  constructor(message, messageEn) {
    super(message);
    this.name = "DocxError";
    this.messageEn = messageEn;
  }
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s) {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name] ?? all;
  });
}

// Attributes of a start tag's inner text ("w:val=\"x\" xmlns:w=\"…\"").
function parseAttributes(raw) {
  const attrs = {};
  const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m;
  while ((m = re.exec(raw)) !== null) attrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? "");
  return attrs;
}

// Yields {type: "start"|"end"|"text", name, attrs, selfClosing, text} for an XML string.
// Comments, processing instructions and the doctype are skipped; CDATA is text.
export function* tokenize(xml) {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      yield { type: "text", text: decodeEntities(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { type: "text", text: decodeEntities(xml.slice(i, lt)) };
    const next = xml[lt + 1];
    if (next === "?") {
      const close = xml.indexOf("?>", lt + 2);
      i = close < 0 ? n : close + 2;
      continue;
    }
    if (next === "!") {
      if (xml.startsWith("<!--", lt)) {
        const close = xml.indexOf("-->", lt + 4);
        i = close < 0 ? n : close + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const close = xml.indexOf("]]>", lt + 9);
        const end = close < 0 ? n : close;
        yield { type: "text", text: xml.slice(lt + 9, end) };
        i = close < 0 ? n : close + 3;
      } else {
        const close = xml.indexOf(">", lt + 2);
        i = close < 0 ? n : close + 1;
      }
      continue;
    }
    // Find the closing ">" outside quoted attribute values.
    let j = lt + 1;
    let quote = "";
    for (; j < n; j++) {
      const c = xml[j];
      if (quote) {
        if (c === quote) quote = "";
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === ">") {
        break;
      }
    }
    const inner = xml.slice(lt + 1, j);
    i = j + 1;
    if (inner[0] === "/") {
      yield { type: "end", name: inner.slice(1).trim() };
      continue;
    }
    const selfClosing = inner.endsWith("/");
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const sp = body.search(/\s/);
    const name = sp < 0 ? body : body.slice(0, sp);
    const rest = sp < 0 ? "" : body.slice(sp);
    yield { type: "start", name, rest, selfClosing };
  }
}

function symChar(attrs, getAttr) {
  const raw = getAttr(attrs, "char") || "";
  const code = parseInt(raw, 16);
  if (!Number.isFinite(code)) return "";
  const font = (getAttr(attrs, "font") || "").toLowerCase();
  if (code >= 0xf000 && code <= 0xf0ff) {
    if (font.startsWith("wingdings") || font.startsWith("symbol") || font.startsWith("webdings")) {
      return "•"; // symbol-font private-use characters: bullets, as the Python reader shows them
    }
    return String.fromCodePoint(code - 0xf000);
  }
  try {
    return String.fromCodePoint(code);
  } catch {
    return "";
  }
}

// Elements whose whole content is not main-story text.
const SKIP_W = new Set([
  "txbxContent", // text boxes: their own story
  "del", // pending deletions
  "moveFrom",
  "instrText", // field codes
  "delText",
  "delInstrText",
  "pPr",
  "rPr",
  "sdtPr",
  "sdtEndPr",
  "tblPr",
  "trPr",
  "tcPr",
  "tblGrid",
  "sectPr",
  "footnoteReference",
  "endnoteReference",
  "commentReference",
]);

/**
 * The main story's paragraphs of a WordprocessingML document part.
 * @param {string} xml  word/document.xml
 * @returns {{index: number, text: string, inTable: boolean}[]}
 */
export function mainStoryParagraphs(xml) {
  const paragraphs = [];
  // Namespace scopes: a stack of prefix → URI maps, pushed only by elements that declare one.
  const scopes = [{ xml: "http://www.w3.org/XML/1998/namespace" }];
  const stack = []; // {ns, local, scoped, alt?}
  let skipDepth = -1; // while >= 0: inside a skipped element opened at this stack depth
  let tableDepth = 0;
  let runDepth = 0;
  let mathDepth = 0;
  let capture = false; // inside w:t (or m:t in math)
  const open = []; // paragraphs being read (a w:p inside a w:p only comes through skipped text boxes)
  const fields = []; // {separated}

  const resolve = (qname) => {
    const colon = qname.indexOf(":");
    const prefix = colon < 0 ? "" : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    for (let k = scopes.length - 1; k >= 0; k--) {
      const uri = scopes[k][prefix];
      if (uri !== undefined) return [uri, local];
    }
    return ["", local];
  };
  const getAttr = (attrs, local) => {
    for (const key of Object.keys(attrs)) {
      const colon = key.indexOf(":");
      if ((colon < 0 ? key : key.slice(colon + 1)) === local) return attrs[key];
    }
    return undefined;
  };
  const hidden = () => fields.some((f) => !f.separated);
  const emit = (s) => {
    if (open.length && s) open[open.length - 1].parts.push(s);
  };

  for (const tok of tokenize(xml)) {
    if (tok.type === "text") {
      if (capture && skipDepth < 0 && !hidden()) emit(tok.text);
      continue;
    }
    if (tok.type === "end") {
      const frame = stack.pop();
      if (!frame) continue;
      if (frame.scoped) scopes.pop();
      if (skipDepth >= 0) {
        if (stack.length === skipDepth) skipDepth = -1;
        continue;
      }
      endElement(frame);
      continue;
    }
    // start tag
    let scoped = false;
    let attrs = null;
    if (tok.rest && tok.rest.indexOf("xmlns") >= 0) {
      attrs = parseAttributes(tok.rest);
      const map = {};
      for (const [k, v] of Object.entries(attrs)) {
        if (k === "xmlns") map[""] = v;
        else if (k.startsWith("xmlns:")) map[k.slice(6)] = v;
      }
      if (Object.keys(map).length) {
        scopes.push(map);
        scoped = true;
      }
    }
    const [ns, local] = resolve(tok.name);
    const frame = { ns, local, scoped };
    if (skipDepth >= 0) {
      if (tok.selfClosing) {
        if (scoped) scopes.pop();
      } else {
        stack.push(frame);
      }
      continue;
    }
    const skip = startElement(frame, tok, () => attrs ?? (attrs = parseAttributes(tok.rest || "")));
    if (tok.selfClosing) {
      if (!skip) endElement(frame);
      if (scoped) scopes.pop();
      continue;
    }
    stack.push(frame);
    if (skip) skipDepth = stack.length - 1;
  }
  return paragraphs;

  // Returns true when the element's content is skipped.
  function startElement(frame, tok, attrsOf) {
    const { ns, local } = frame;
    const isW = ns === NS.w || ns === NS_STRICT_W;
    if (ns === NS.mc) {
      const parent = stack[stack.length - 1];
      if (local === "AlternateContent") {
        frame.chosen = false;
        return false;
      }
      if (parent && parent.local === "AlternateContent" && parent.ns === NS.mc) {
        if (local === "Choice") {
          if (parent.chosen) return true;
          parent.chosen = true;
          return false;
        }
        if (local === "Fallback") return parent.chosen;
      }
      return false;
    }
    if (ns === NS.m) {
      if (local === "oMath" || local === "oMathPara") mathDepth++;
      else if (local === "t" && mathDepth > 0) capture = true;
      return false;
    }
    if (!isW) return false;
    if (SKIP_W.has(local)) return true;
    switch (local) {
      case "p":
        open.push({ parts: [], inTable: tableDepth > 0 });
        break;
      case "tc":
        tableDepth++;
        break;
      case "r":
        runDepth++;
        break;
      case "t":
        if (runDepth > 0 && mathDepth === 0) capture = true;
        break;
      case "tab":
      case "ptab":
        if (runDepth > 0 && !hidden()) emit("\t");
        break;
      case "br":
      case "cr":
        if (runDepth > 0 && !hidden()) emit("\n");
        break;
      case "noBreakHyphen":
        if (runDepth > 0) emit("-");
        break;
      case "sym":
        if (runDepth > 0) emit(symChar(attrsOf(), getAttr));
        break;
      case "fldChar": {
        const kind = getAttr(attrsOf(), "fldCharType");
        if (kind === "begin") fields.push({ separated: false });
        else if (kind === "separate" && fields.length) fields[fields.length - 1].separated = true;
        else if (kind === "end") fields.pop();
        break;
      }
      default:
        break;
    }
    return false;
  }

  function endElement(frame) {
    const { ns, local } = frame;
    if (ns === NS.m) {
      if (local === "oMath" || local === "oMathPara") mathDepth--;
      else if (local === "t") capture = false;
      return;
    }
    if (ns !== NS.w && ns !== NS_STRICT_W) return;
    switch (local) {
      case "p": {
        const para = open.pop();
        if (para) {
          paragraphs.push({ index: paragraphs.length, text: para.parts.join(""), inTable: para.inTable });
        }
        break;
      }
      case "tc":
        tableDepth--;
        break;
      case "r":
        runDepth--;
        break;
      case "t":
        capture = false;
        break;
      default:
        break;
    }
  }
}

function joinPart(base, target) {
  if (target.startsWith("/")) return target.slice(1);
  const dir = base.includes("/") ? base.slice(0, base.lastIndexOf("/") + 1) : "";
  const out = [];
  for (const seg of (dir + target).split("/")) {
    if (seg === "..") out.pop();
    else if (seg && seg !== ".") out.push(seg);
  }
  return out.join("/");
}

/** The path of the main document part, from _rels/.rels (word/document.xml when absent). */
export function mainPartPath(relsXml) {
  if (!relsXml) return "word/document.xml";
  for (const tok of tokenize(relsXml)) {
    if (tok.type !== "start" || !tok.name.endsWith("Relationship")) continue;
    const attrs = parseAttributes(tok.rest || "");
    if (attrs.Type === REL_OFFICE_DOCUMENT || attrs.Type === REL_OFFICE_DOCUMENT_STRICT) {
      return joinPart("", attrs.Target || "word/document.xml");
    }
  }
  return "word/document.xml";
}

/**
 * The main story's paragraphs of a .docx file.
 * @param {ArrayBuffer|Uint8Array} bytes
 * @param {{loadAsync: Function}} JSZip  the JSZip class (window.JSZip, or the npm module)
 */
export async function readDocxParagraphs(bytes, JSZip) {
  let zip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxError(
      "Không đọc được tệp: đây không phải tệp Word .docx hợp lệ.",
      "Cannot read the file: not a valid Word .docx file.",
    );
  }
  const rels = zip.file("_rels/.rels");
  const path = mainPartPath(rels ? await rels.async("string") : null);
  const part = zip.file(path);
  if (!part) {
    throw new DocxError(
      "Tệp .docx không có phần nội dung chính (word/document.xml).",
      "The .docx has no main document part (word/document.xml).",
    );
  }
  return mainStoryParagraphs(await part.async("string"));
}
