import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { DocxError, mainPartPath, mainStoryParagraphs, readDocxParagraphs, tokenize } from "../src/lib/docx.js";
import { JSZip, REPO, cell, makeDocx, p, python, row, table } from "./helpers.mjs";

const texts = (paras) => paras.map((x) => x.text);

test("body and table-cell paragraphs in document order, nested tables included", async () => {
  const body =
    p("A") +
    table(row(cell(p("B1"), p("B2")), cell(p("C"), table(row(cell(p("D-nested"))))))) +
    p("E");
  const paras = await readDocxParagraphs(await makeDocx(body), JSZip);
  assert.deepEqual(texts(paras), ["A", "B1", "B2", "C", "D-nested", "E"]);
  assert.deepEqual(paras.map((x) => x.index), [0, 1, 2, 3, 4, 5]);
  assert.deepEqual(paras.map((x) => x.inTable), [false, true, true, true, true, false]);
});

test("a text box is not in the main story and mc:Fallback is not read twice", async () => {
  const box =
    '<w:p><w:r><w:t>Before </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>' +
    "<w:txbxContent>" + p("IN BOX") + "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>" +
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" + p("IN BOX COPY") +
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>after</w:t></w:r></w:p>";
  const paras = await readDocxParagraphs(await makeDocx(p("first") + box + p("last")), JSZip);
  assert.deepEqual(texts(paras), ["first", "Before after", "last"]);
});

test("tracked changes accepted, field codes dropped, tabs and breaks kept", async () => {
  const body =
    '<w:p><w:r><w:t>ngày </w:t></w:r><w:del w:id="1"><w:r><w:delText>5</w:delText></w:r></w:del>' +
    '<w:ins w:id="2"><w:r><w:t>05</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> tháng</w:t></w:r></w:p>' +
    '<w:p><w:r><w:t>Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
    '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t></w:r></w:p>' +
    '<w:p><w:moveFrom><w:r><w:t>gone</w:t></w:r></w:moveFrom><w:r><w:t>kept &amp; &lt;ok&gt;</w:t></w:r></w:p>';
  const paras = await readDocxParagraphs(await makeDocx(body), JSZip);
  assert.deepEqual(texts(paras), ["ngày 05 tháng", "Trang 3", "a\tb\nc-d", "kept & <ok>"]);
});

test("content controls, hyperlinks and math are read; empty paragraphs keep their index", async () => {
  const body =
    "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>" + p("in control") + "</w:sdtContent></w:sdt>" +
    "<w:p/>" +
    '<w:p><w:hyperlink r:id="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>link</w:t></w:r></w:hyperlink></w:p>' +
    "<w:p><m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>";
  const paras = await readDocxParagraphs(await makeDocx(body), JSZip);
  assert.deepEqual(texts(paras), ["in control", "", "link", "x+1"]);
});

test("namespace prefixes are resolved, not assumed", () => {
  const xml =
    '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>' +
    "<x:p><x:r><x:t>one</x:t></x:r></x:p><w:p xmlns:w=\"urn:other\"><w:r><w:t>not word</w:t></w:r></w:p></x:body></x:document>";
  assert.deepEqual(texts(mainStoryParagraphs(xml)), ["one"]);
});

test("tokenizer: '>' inside attribute values, comments and CDATA", () => {
  const toks = [...tokenize('<a b="x>y"/><!-- c --><![CDATA[<t>]]>')];
  assert.equal(toks[0].name, "a");
  assert.equal(toks[0].selfClosing, true);
  assert.deepEqual(toks.slice(1), [{ type: "text", text: "<t>" }]);
});

test("main part found from _rels/.rels", () => {
  const rels =
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>';
  assert.equal(mainPartPath(rels), "word/document2.xml");
  assert.equal(mainPartPath(null), "word/document.xml");
});

test("not a .docx: a Vietnamese DocxError", async () => {
  await assert.rejects(readDocxParagraphs(new TextEncoder().encode("plain text"), JSZip), (e) => {
    assert.ok(e instanceof DocxError);
    assert.match(e.message, /không phải tệp Word \.docx/);
    return true;
  });
});

// The same indexes and texts as the Python reader (linter.reader), which the findings use.
test("same paragraphs as the Python reader on the sample drafts and the real corpus", () => {
  const samples = join(REPO, "corpus", "samples");
  const files = readdirSync(samples).filter((f) => f.endsWith(".docx")).map((f) => join(samples, f));
  const real = join(REPO, "..", "shared", "corpus_real", "docx");
  if (existsSync(real)) {
    files.push(...readdirSync(real).filter((f) => f.endsWith(".docx")).sort().map((f) => join(real, f)));
  }
  assert.ok(files.length >= 6);
  const script =
    "import json,sys\nfrom linter.reader import read_docx\nfrom linter.errors import ReadError\nout={}\n" +
    "for f in json.load(sys.stdin):\n    try:\n        out[f]=[p.text for p in read_docx(f).paragraphs]\n" +
    "    except ReadError:\n        out[f]=None\nprint(json.dumps(out))";
  const run = spawnSync(python(), ["-c", script], { input: JSON.stringify(files), encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  const expected = JSON.parse(run.stdout);
  return (async () => {
    let compared = 0;
    for (const f of files) {
      if (expected[f] === null) continue;
      const paras = await readDocxParagraphs(readFileSync(f), JSZip);
      assert.deepEqual(texts(paras), expected[f], f);
      compared += 1;
    }
    assert.ok(compared >= 6);
  })();
});
