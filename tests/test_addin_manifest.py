"""The Word add-in's XML manifest, validated offline against the published XSD, and the static
files the service serves under /addin/."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

REPO = Path(__file__).resolve().parents[1]
ADDIN = REPO / "word_addin"
SCHEMAS = Path(__file__).resolve().parents[1].parent / "shared" / "schemas"
XSD = SCHEMAS / "office-addin-manifest" / "OfficeAppManifestV1_1.xsd"

NS = {
    "o": "http://schemas.microsoft.com/office/appforoffice/1.1",
    "ov": "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
    "bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    assert XSD.is_file(), f"the Office add-in manifest XSD is missing: {XSD}"
    parser = etree.XMLParser(no_network=True)
    return etree.XMLSchema(etree.parse(str(XSD), parser))


def _validate(schema: etree.XMLSchema, path: Path) -> etree._ElementTree:
    doc = etree.parse(str(path), etree.XMLParser(no_network=True))
    ok = schema.validate(doc)
    assert ok, "\n".join(str(e) for e in schema.error_log)
    return doc


def _render(url: str, out: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    assert node, "Node.js is needed to write the manifest (npm run manifest)"
    script = ADDIN / "scripts" / "make-manifest.mjs"
    return subprocess.run(
        [node, str(script), "--url", url, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_committed_manifest_is_valid(schema: etree.XMLSchema) -> None:
    doc = _validate(schema, ADDIN / "manifest.xml")
    root = doc.getroot()
    assert root.get(f"{{{NS['xsi']}}}type") == "TaskPaneApp"
    assert root.findtext("o:DefaultLocale", namespaces=NS) == "vi-VN"
    assert [h.get("Name") for h in root.findall("o:Hosts/o:Host", NS)] == ["Document"]
    assert root.findtext("o:Permissions", namespaces=NS) == "ReadWriteDocument"
    assert "Kiểm tra văn bản" in root.find("o:DisplayName", NS).get("DefaultValue")
    assert "trước khi trình ký" in root.find("o:Description", NS).get("DefaultValue")
    # The ribbon button: its label resource says "Kiểm tra văn bản" and it opens the pane.
    control = root.find(".//ov:Control[@xsi:type='Button']", NS)
    assert control is not None
    label_id = control.find("ov:Label", NS).get("resid")
    label = root.find(f".//bt:ShortStrings/bt:String[@id='{label_id}']", NS)
    assert label.get("DefaultValue") == "Kiểm tra văn bản"
    action = control.find("ov:Action", NS)
    assert action.get(f"{{{NS['xsi']}}}type") == "ShowTaskpane"
    url_id = action.find("ov:SourceLocation", NS).get("resid")
    url = root.find(f".//bt:Urls/bt:Url[@id='{url_id}']", NS).get("DefaultValue")
    assert url == root.find("o:DefaultSettings/o:SourceLocation", NS).get("DefaultValue")
    assert url.startswith("https://") and url.endswith("/addin/index.html?office=1")


def test_manifest_with_an_organisations_url_is_valid(
    schema: etree.XMLSchema, tmp_path: Path
) -> None:
    out = tmp_path / "manifest.xml"
    run = _render("https://lint.so-noi-vu.gov.vn/vblint/", out)
    assert run.returncode == 0, run.stderr
    doc = _validate(schema, out)
    text = out.read_text(encoding="utf-8")
    assert "localhost" not in text and "{{" not in text
    urls = [
        el.get("DefaultValue")
        for el in doc.iter()
        if (el.get("DefaultValue") or "").startswith("http")
    ]
    assert len(urls) >= 8
    assert all(u.startswith("https://lint.so-noi-vu.gov.vn/vblint/") for u in urls), urls


def test_manifest_script_refuses_plain_http(tmp_path: Path) -> None:
    run = _render("http://lint.example.gov.vn", tmp_path / "m.xml")
    assert run.returncode == 2
    assert "HTTPS" in run.stderr
    assert not (tmp_path / "m.xml").exists()


def test_schema_rejects_a_broken_manifest(schema: etree.XMLSchema, tmp_path: Path) -> None:
    # The validation is real: Permissions before DefaultSettings is not allowed.
    text = (ADDIN / "manifest.xml").read_text(encoding="utf-8")
    broken = text.replace("  <Permissions>ReadWriteDocument</Permissions>\n", "").replace(
        "  <DefaultSettings>", "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>"
    )
    assert broken != text
    path = tmp_path / "broken.xml"
    path.write_text(broken, encoding="utf-8")
    doc = etree.parse(str(path))
    assert not schema.validate(doc)


def test_the_service_serves_the_pane_and_every_file_the_manifest_names() -> None:
    from fastapi.testclient import TestClient

    from api.main import addin_root, create_app
    from api.settings import Settings

    assert addin_root(ADDIN) == (ADDIN / "src").resolve()
    app = create_app(Settings(preload_nlp=False, workers=1))
    text = (ADDIN / "manifest.xml").read_text(encoding="utf-8")
    paths = sorted({p.split("?")[0] for p in _addin_paths(text)})
    assert "/addin/index.html" in paths and "/addin/assets/icon-80.png" in paths
    with TestClient(app) as client:
        for path in paths:
            r = client.get(path)
            assert r.status_code == 200, path
            if path.endswith(".png"):
                assert r.content.startswith(b"\x89PNG"), path
        page = client.get("/addin/").text
        assert "Kiểm tra văn bản" in page
        for asset in ("app.js", "styles.css", "vendor/jszip.min.js", "lib/docx.js", "lib/word.js"):
            assert client.get(f"/addin/{asset}").status_code == 200, asset


def _addin_paths(manifest_text: str) -> list[str]:
    import re

    return [m.group(1) for m in re.finditer(r"https://[^/\"]+(/addin/[^\"<]+)", manifest_text)]
