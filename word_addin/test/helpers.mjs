// Shared helpers of the unit tests.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const { createOfficeMock } = require("./office-mock.cjs");
export const JSZip = require("jszip");
export const ADDIN = join(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO = join(ADDIN, "..");

/** The project's Python (the test suite's .venv, or $PYTHON); a clear failure when missing. */
export function python() {
  const exe = process.env.PYTHON || join(REPO, ".venv", "bin", "python");
  if (!existsSync(exe)) throw new Error(`Python with the project installed is needed: ${exe}`);
  return exe;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A .docx (bytes) whose word/document.xml has `bodyXml` inside w:body. */
export async function makeDocx(bodyXml, { extraNs = "" } = {}) {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" ` +
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
      'xmlns:v="urn:schemas-microsoft-com:vml" ' +
      `xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ${extraNs}><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

export const p = (text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
export const cell = (...paras) => `<w:tc><w:tcPr><w:tcW w:w="100" w:type="dxa"/></w:tcPr>${paras.join("")}</w:tc>`;
export const row = (...cells) => `<w:tr>${cells.join("")}</w:tr>`;
export const table = (...rows) => `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>${rows.join("")}</w:tbl>`;

/** A finding as /v1/lint returns it. */
export function finding(code, paragraph, start, end, excerpt, extra = {}) {
  const { fix = null, severity = "error", part = null, story = null, section = null, message = `message ${code}` } = extra;
  return {
    code,
    name: `rule-${code.toLowerCase()}`,
    severity,
    message,
    location: { part, paragraph, start, end, excerpt, label: null, story, section },
    fix,
    source: "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.b",
  };
}
