"""Tiny .docx packages written from raw WordprocessingML, for the reader's tests.

``docx(body)`` wraps body XML (paragraphs, tables, ...) in a minimal valid package; optional
keyword arguments add styles, numbering, a theme, headers/footers, footnotes, comments and
docProps/app.xml. Everything stays in memory (bytes). ``p(text, ...)`` and ``r(text, ...)``
write common paragraphs and runs.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'mc:Ignorable=""'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"

A4_SECT = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" '
    'w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
)


def r(text: str = "", rpr: str = "", *, raw: str | None = None) -> str:
    """A run with text (spaces preserved) and optional rPr children."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    content = raw if raw is not None else f'<w:t xml:space="preserve">{escape(text)}</w:t>'
    return f"<w:r>{props}{content}</w:r>"


def p(text: str = "", *, ppr: str = "", rpr: str = "", runs: str | None = None) -> str:
    """A paragraph: one run of ``text`` (or the given runs XML) and optional pPr children."""
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    content = runs if runs is not None else (r(text, rpr) if text else "")
    return f"<w:p>{props}{content}</w:p>"


def tbl(rows: list[list[str]], *, tblpr: str = "") -> str:
    """A table; each cell is given as its inner XML (paragraphs, nested tables)."""
    ncols = max(len(row) for row in rows)
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(ncols))
    body = "".join(
        "<w:tr>" + "".join(f"<w:tc>{cell}</w:tc>" for cell in row) + "</w:tr>" for row in rows
    )
    return f"<w:tbl><w:tblPr>{tblpr}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


def styles_xml(styles: str = "", *, defaults_rpr: str = "", defaults_ppr: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>'
        f"<w:docDefaults><w:rPrDefault><w:rPr>{defaults_rpr}</w:rPr></w:rPrDefault>"
        f"<w:pPrDefault><w:pPr>{defaults_ppr}</w:pPr></w:pPrDefault></w:docDefaults>"
        f"{styles}</w:styles>"
    )


def style(
    style_id: str,
    *,
    kind: str = "paragraph",
    based_on: str | None = None,
    rpr: str = "",
    ppr: str = "",
    default: bool = False,
    extra: str = "",
) -> str:
    attrs = f'w:type="{kind}" w:styleId="{style_id}"' + (' w:default="1"' if default else "")
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style {attrs}><w:name w:val="{style_id}"/>{based}{extra}'
        f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def theme_xml(minor: str = "Cambria", major: str = "Calibri Light") -> str:
    a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a:theme {a} name="T">'
        '<a:themeElements><a:fontScheme name="F">'
        f'<a:majorFont><a:latin typeface="{major}"/><a:ea typeface=""/><a:cs typeface=""/>'
        f'</a:majorFont><a:minorFont><a:latin typeface="{minor}"/><a:ea typeface=""/>'
        '<a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>'
    )


def numbering_xml(abstracts: str, nums: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {NS}>'
        f"{abstracts}{nums}</w:numbering>"
    )


def level(ilvl: int, fmt: str, text: str, *, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{escape(text, {chr(34): "&quot;"})}"/>{extra}</w:lvl>'
    )


def numpr(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def _part(root: str, body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{root} {NS}>{body}</w:{root}>'
    )


def docx(
    body: str,
    *,
    sect: str | None = A4_SECT,
    styles: str | None = None,
    numbering: str | None = None,
    theme: str | None = None,
    headers: dict[str, str] | None = None,
    footers: dict[str, str] | None = None,
    footnotes: str | None = None,
    comments: int | None = None,
    app_pages: int | None = None,
    extra_parts: dict[str, bytes] | None = None,
    document_xml: str | None = None,
) -> bytes:
    """A .docx package. ``headers``/``footers`` map a rel id ("rIdH1") to the part's body XML;
    reference them from ``sect`` with ``<w:headerReference w:type=".." r:id="rIdH1"/>``."""
    overrides = [("/word/document.xml", f"{CT_MAIN}.document.main+xml")]
    rels: list[tuple[str, str, str]] = []
    files: dict[str, str | bytes] = {}
    if styles is not None:
        files["word/styles.xml"] = styles
        rels.append(("rIdS", "styles", "styles.xml"))
        overrides.append(("/word/styles.xml", f"{CT_MAIN}.styles+xml"))
    if numbering is not None:
        files["word/numbering.xml"] = numbering
        rels.append(("rIdN", "numbering", "numbering.xml"))
        overrides.append(("/word/numbering.xml", f"{CT_MAIN}.numbering+xml"))
    if theme is not None:
        files["word/theme/theme1.xml"] = theme
        rels.append(("rIdT", "theme", "theme/theme1.xml"))
        overrides.append(
            ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")
        )
    for kind, parts in (("header", headers or {}), ("footer", footers or {})):
        for n, (rid, xml) in enumerate(parts.items(), start=1):
            name = f"{kind}{n}.xml"
            files[f"word/{name}"] = _part("hdr" if kind == "header" else "ftr", xml)
            rels.append((rid, kind, name))
            overrides.append((f"/word/{name}", f"{CT_MAIN}.{kind}+xml"))
    if footnotes is not None:
        files["word/footnotes.xml"] = _part(
            "footnotes",
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            f"</w:footnote>{footnotes}",
        )
        rels.append(("rIdF", "footnotes", "footnotes.xml"))
        overrides.append(("/word/footnotes.xml", f"{CT_MAIN}.footnotes+xml"))
    if comments is not None:
        items = "".join(
            f'<w:comment w:id="{i}" w:author="A"><w:p><w:r><w:t>c{i}</w:t></w:r></w:p></w:comment>'
            for i in range(comments)
        )
        files["word/comments.xml"] = _part("comments", items)
        rels.append(("rIdC", "comments", "comments.xml"))
        overrides.append(("/word/comments.xml", f"{CT_MAIN}.comments+xml"))
    root_rels = [("rId1", REL + "officeDocument", "word/document.xml")]
    if app_pages is not None:
        files["docProps/app.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns='
            '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            f"<Pages>{app_pages}</Pages></Properties>"
        )
        root_rels.append(("rId2", REL + "extended-properties", "docProps/app.xml"))
        overrides.append(
            (
                "/docProps/app.xml",
                "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            )
        )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides)
        + "</Types>"
    )
    pkg_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    )
    doc_rels = (
        pkg_rels
        + "".join(
            f'<Relationship Id="{rid}" Type="{REL}{kind}" Target="{target}"/>'
            for rid, kind, target in rels
        )
        + "</Relationships>"
    )
    top_rels = (
        pkg_rels
        + "".join(
            f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>'
            for rid, kind, target in root_rels
        )
        + "</Relationships>"
    )
    document = document_xml or _part("document", f"<w:body>{body}{sect or ''}</w:body>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", content_types)
        zf.writestr("_rels/.rels", top_rels)
        zf.writestr("word/document.xml", document)
        zf.writestr("word/_rels/document.xml.rels", doc_rels)
        for name, data in files.items():
            zf.writestr(name, data)
        for name, data in (extra_parts or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()
