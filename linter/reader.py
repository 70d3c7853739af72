""".docx → ``Document``: the only code (with ``linter.styles``) that parses WordprocessingML.

The parts are read straight from the zip with lxml (no python-docx: it is slower and hides
what we need). Conventions of the model built here:

* ``Document.paragraphs`` is the main story in the order Word's ``body.paragraphs`` gives:
  body paragraphs and table-cell paragraphs (nested tables too), including paragraphs inside
  content controls (``w:sdt``) and ``w:customXml``. Text boxes are not in it: their paragraphs
  go to ``Document.textboxes`` (``mc:AlternateContent``: the ``mc:Choice`` is read, the VML
  ``mc:Fallback`` copy is not, so each text box counts once).
* ``Paragraph.text`` is what Word shows with pending tracked changes accepted (``w:ins`` and
  ``w:moveTo`` in, ``w:del`` and ``w:moveFrom`` out), field results kept and field codes dropped,
  without the auto-number label (that is ``Paragraph.label``). ``w:tab``/``w:ptab`` → "\\t",
  ``w:br``/``w:cr`` → "\\n" (every break type), ``w:noBreakHyphen`` → "-", ``w:softHyphen`` →
  nothing, ``w:sym`` → its character (symbol-font private-use characters → "•").
  A paragraph whose mark is a tracked deletion is kept as a paragraph (Word keeps it until the
  change is accepted), so indexes match what the user sees in Word.
* Text boxes, pictures and shapes in headers and footers become ``Shape``s with
  ``story=HEADER/FOOTER``; their text is in ``Shape.text`` (and a PAGE field in a header text box
  counts for ``has_page_field``), not in the header's paragraphs.
* Tables in text boxes, headers and footers are read for their paragraphs but are not in
  ``Document.tables`` and give no ``CellRef``: tables and cells refer to the main story only.
  ``CellRef.col`` is the cell's position in its row (``w:tc`` order, merged cells count once).
* Headers and footers are given per section, by kind ("default", "first", "even"), inherited
  from the previous section when a section does not define its own, as Word does. They are
  listed whether or not ``titlePg`` / even-odd pages make Word use them: check
  ``Section.title_page``.

* Hidden text (``w:vanish``) stays in the text, marked ``RunFormat.hidden``.
* Numbering labels count per story (main story, each text box, header, footnotes).
* ``Document.legacy_fonts``: 8-bit Vietnamese fonts (``linter/data/legacy_fonts.toml``) that
  show letters somewhere (a page number in ``.VnTime`` does not count: digits look the same);
  ``legacy_encoding`` comes from the text itself (``linter.legacy``).

Bad input raises ``linter.errors.ReadError`` (VB001); nothing else escapes ``read_docx``.
Limits: 300 MB per file, 100 MB per decompressed XML part, 250 MB in all, and a compression
ratio above 400:1 refused for parts over 5 MB; DTDs and entity declarations are refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import math
import re
import secrets
import struct
import threading
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from pathlib import Path, PurePosixPath
from typing import Any

from lxml import etree

from linter.errors import ReadError
from linter.legacy import is_legacy_font, looks_legacy_encoded
from linter.lru import LRU
from linter.model import (
    Alignment,
    CellRef,
    Document,
    HeaderFooter,
    Paragraph,
    ParagraphFormat,
    Run,
    RunFormat,
    Section,
    Shape,
    Story,
    Table,
    slot_setters,
)
from linter.numbering import Numbering, bullet_text
from linter.styles import (
    StyleSheet,
    Theme,
    parse_ppr,
    parse_rpr,
    table_border_edges,
    twips_to_mm,
)

# -- namespaces and tags ----------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
V_NS = "urn:schemas-microsoft-com:vml"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


P, R, T, TBL, TR, TC = _w("p"), _w("r"), _w("t"), _w("tbl"), _w("tr"), _w("tc")
PPR, RPR, TBLPR, TCPR, SECTPR = _w("pPr"), _w("rPr"), _w("tblPr"), _w("tcPr"), _w("sectPr")
SDT, SDTCONTENT, CUSTOMXML, SMARTTAG = _w("sdt"), _w("sdtContent"), _w("customXml"), _w("smartTag")
HYPERLINK, FLDSIMPLE, BDO, DIR = _w("hyperlink"), _w("fldSimple"), _w("bdo"), _w("dir")
INS, DEL, MOVETO, MOVEFROM = _w("ins"), _w("del"), _w("moveTo"), _w("moveFrom")
TAB, PTAB, BR, CR = _w("tab"), _w("ptab"), _w("br"), _w("cr")
NOBREAKHYPHEN, SOFTHYPHEN, SYM = _w("noBreakHyphen"), _w("softHyphen"), _w("sym")
FLDCHAR, INSTRTEXT, DRAWING, PICT = _w("fldChar"), _w("instrText"), _w("drawing"), _w("pict")
OBJECT, TXBXCONTENT, PGNUM = _w("object"), _w("txbxContent"), _w("pgNum")
ALTERNATE, CHOICE, FALLBACK = (
    f"{{{MC_NS}}}AlternateContent",
    f"{{{MC_NS}}}Choice",
    f"{{{MC_NS}}}Fallback",
)
OMATH, OMATHPARA, M_T = f"{{{M_NS}}}oMath", f"{{{M_NS}}}oMathPara", f"{{{M_NS}}}t"
WP_INLINE, WP_ANCHOR = f"{{{WP_NS}}}inline", f"{{{WP_NS}}}anchor"
WPS_WSP, WPS_TXBX = f"{{{WPS_NS}}}wsp", f"{{{WPS_NS}}}txbx"
PIC_PIC = f"{{{PIC_NS}}}pic"
V_TEXTBOX, V_GROUP, V_IMAGEDATA = f"{{{V_NS}}}textbox", f"{{{V_NS}}}group", f"{{{V_NS}}}imagedata"
_V_SHAPES = {
    f"{{{V_NS}}}{name}": name
    for name in ("line", "rect", "roundrect", "shape", "oval", "polyline", "arc", "curve")
}
_W_VAL, _W_TYPE = _w("val"), _w("type")
_FLD_TYPE, _R_ID = _w("fldCharType"), f"{{{R_NS}}}id"

TRACK_TAGS = tuple(
    _w(t)
    for t in (
        "ins",
        "del",
        "moveFrom",
        "moveTo",
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "numberingChange",
        "cellIns",
        "cellDel",
        "cellMerge",
    )
)

_W_DECL = f'xmlns:w="{W_NS}"'.encode()
_W_NS_BYTES = W_NS.encode()
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
EMU_PER_MM = 36000.0

# -- limits (decompressed sizes; a 500-page document.xml is about 5–10 MB) ----------------
MAX_INPUT_BYTES = 300 * 1024 * 1024  # the .docx file itself (images included)
MAX_PART_BYTES = 100 * 1024 * 1024  # one XML part, decompressed
MAX_TOTAL_BYTES = 250 * 1024 * 1024  # all XML parts read, decompressed
MAX_RATIO = 400  # compression ratio refused for parts over RATIO_MIN_BYTES
RATIO_MIN_BYTES = 5 * 1024 * 1024
_CHUNK = 4096  # read_until() decompresses this much at a time

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


# -- errors with their Vietnamese wording -------------------------------------------------
def _err(vi: str, en: str) -> ReadError:
    return ReadError(vi, en)


def _not_docx(name: str) -> ReadError:
    return _err(
        f"Tệp “{name}” không phải là văn bản Word (.docx) hợp lệ.",
        f"“{name}” is not a valid Word (.docx) document.",
    )


# -- the package --------------------------------------------------------------------------
# Style sheets built from identical stored parts, per process (see _DocxReader._stylesheet).
_SHEETS: LRU[tuple[Any, ...], StyleSheet] = LRU(8)


# The name of the document this thread is reading: a kept sheet parses its styles lazily, and a
# damaged one must be reported under the name of the document being read, never an earlier one
# (in the service, another person's file).
_READING = threading.local()


def _reading_name() -> str:
    return getattr(_READING, "name", None) or "document.docx"


def clear_caches() -> None:
    """Forget the style sheets kept between reads (benchmarks of cold reads call this)."""
    _SHEETS.clear()


class _Package:
    """The zip container, read with size limits; parts parsed without DTDs or entities."""

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        self.data = data
        self.zip: zipfile.ZipFile | None = None
        infos: dict[str, Any] | None = _zip_index(data)
        if infos is None:  # not a plain zip: zipfile reads it, or says what is wrong
            try:
                self.zip = zipfile.ZipFile(io.BytesIO(data))
                infos = {i.filename: i for i in self.zip.infolist()}
            except (
                zipfile.BadZipFile,
                zipfile.LargeZipFile,
                OSError,
                ValueError,
                EOFError,
            ) as exc:
                raise _not_docx(name) from exc
        self.infos = infos
        self.total = 0
        self._xml_cache: dict[str, etree._Element | None] = {}
        self.sect_prs: dict[str, int] = {}  # story part → its w:sectPr count (see xml())

    def has(self, part: str) -> bool:
        return part in self.infos

    def _limit(self, info: zipfile.ZipInfo) -> int:
        """How many bytes of this part may be decompressed (raises on a zip bomb)."""
        size = info.file_size
        if size > MAX_PART_BYTES or self.total + size > MAX_TOTAL_BYTES:
            raise _too_large(self.name)
        if size > RATIO_MIN_BYTES and size > MAX_RATIO * max(info.compress_size, 1):
            raise _too_large(self.name)
        return min(MAX_PART_BYTES, MAX_TOTAL_BYTES - self.total)

    def _damaged(self, part: str) -> ReadError:
        return _err(
            f"Tệp “{self.name}” bị hỏng: không giải nén được phần {part}.",
            f"“{self.name}” is damaged: part {part} cannot be decompressed.",
        )

    def read(self, part: str) -> bytes | None:
        info = self.infos.get(part)
        if info is None:
            return None
        limit = self._limit(info)
        if isinstance(info, _Entry):
            data = self._inflate(info, part)
            self.total += len(data)
            return data
        try:
            with self.zip.open(info) as fh:  # type: ignore[union-attr]
                data = fh.read(limit + 1)  # headers can lie: never trust file_size alone
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise self._damaged(part) from exc
        if len(data) > limit:
            raise _too_large(self.name)
        self.total += len(data)
        return data

    def digest(self, part: str) -> bytes | None:
        """A digest of a part as stored (its compressed bytes, CRC and size), without
        decompressing it: the key under which what was built from an identical part can be
        reused. None for a zip read through ``zipfile`` or a missing part."""
        entry = self.infos.get(part)
        if not isinstance(entry, _Entry):
            return None
        raw = self._stored(entry)
        if raw is None:
            return None
        h = hashlib.blake2b(raw, digest_size=20)
        h.update(struct.pack("<BIQ", entry.method, entry.crc, entry.file_size))
        return h.digest()

    def _stored(self, entry: _Entry) -> bytes | None:
        """An indexed member's bytes as stored (compressed), after its local header; None when
        that header is not where the central directory says or names another member."""
        data = self.data
        start = entry.offset
        if data[start : start + 4] != b"PK\x03\x04":
            return None
        name_len, extra_len = struct.unpack_from("<HH", data, start + 26)
        if data[start + 30 : start + 30 + name_len] != entry.raw_name:
            return None
        begin = start + 30 + name_len + extra_len
        return data[begin : begin + entry.compress_size]

    def read_until(self, part: str, markers: tuple[bytes, ...]) -> bytes | None:
        """The part's first bytes, up to where one of ``markers`` has been seen (the whole
        part when none is): the beginning of a large part without decompressing the rest."""
        info = self.infos.get(part)
        if info is None:
            return None
        limit = self._limit(info)
        if isinstance(info, _Entry):
            data = self._inflate(info, part, markers)
            self.total += len(data)
            return data
        chunks: list[bytes] = []
        seen = 0
        try:
            with self.zip.open(info) as fh:  # type: ignore[union-attr]
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    chunks.append(chunk)
                    seen += len(chunk)
                    if seen > limit:
                        raise _too_large(self.name)
                    window = b"".join(chunks[-2:])  # a marker may straddle two chunks
                    if any(m in window for m in markers):
                        break
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
            raise self._damaged(part) from exc
        self.total += seen
        return b"".join(chunks)

    def _inflate(self, entry: _Entry, part: str, markers: tuple[bytes, ...] = ()) -> bytes:
        """A part of an indexed zip: exactly its declared size (never more, so a lying header
        cannot make it a bomb), checked against its CRC when read whole; with ``markers``, a
        deflated part only up to where one of them has been seen."""
        raw = self._stored(entry)
        if raw is None:
            raise self._damaged(part)
        size = entry.file_size
        try:
            if entry.method == 0:
                out = raw[:size]
            elif not markers:
                out = zlib.decompressobj(-15).decompress(raw, size)
            else:
                return _inflate_until(raw, size, markers)
        except zlib.error as exc:
            raise self._damaged(part) from exc
        if len(out) != size or zlib.crc32(out) != entry.crc:
            raise self._damaged(part)
        return out

    def xml(self, part: str, pool: list[etree._Element] | None = None) -> etree._Element | None:
        """A part parsed safely (no DTD, no entities, no network). With ``pool``, a story
        part's run properties are pooled first (see ``_pool_rprs``)."""
        if part in self._xml_cache:
            return self._xml_cache[part]
        data = self.read(part)
        root = None
        if data is not None:
            if pool is not None:
                _check_prolog(data, part, self.name)
                once = data.count(_W_NS_BYTES) == 1 and data.find(_W_DECL) >= 0
                self.sect_prs[part] = data.count(b"<w:sectPr") if once else 2
                data = _pool_pprs(_pool_rprs(data, pool), pool)
            root = _parse_xml(data, part, self.name)
        self._xml_cache[part] = root
        return root

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """rId → (relationship type suffix, target part name) for a part."""
        rels_name, folder = _rels_name(part)
        root = self.xml(rels_name)
        out: dict[str, tuple[str, str]] = {}
        if root is None:
            return out
        for rel in root.iter(_RELATIONSHIP):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            rtype = (rel.get("Type") or "").rsplit("/", 1)[-1]
            out[rel.get("Id") or ""] = (rtype, _join_part(folder, target))
        return out


_RELATIONSHIP = f"{{{PKG_REL_NS}}}Relationship"


@lru_cache(maxsize=64)
def _rels_name(part: str) -> tuple[str, str]:
    """The relationships part of a part and the folder its targets are relative to (the
    same few part names in every document: computed once, pathlib being slow)."""
    path = PurePosixPath(part)
    return str(path.parent / "_rels" / (path.name + ".rels")), str(path.parent)


@dataclass(frozen=True, slots=True)
class _Entry:
    """A member of a zip read by ``_zip_index``."""

    raw_name: bytes
    offset: int  # of its local header
    method: int  # 0 stored, 8 deflated
    crc: int
    compress_size: int
    file_size: int


_EOCD = b"PK\x05\x06"
_CDIR = b"PK\x01\x02"
_CDIR_ENTRY = struct.Struct("<4s4xHH4xIIIHHH8xI")  # central directory file header (46 bytes)


def _zip_index(data: bytes) -> dict[str, _Entry] | None:
    """Name → entry of a plain zip (one disk, no zip64, no encryption, stored or deflated
    members, no archive comment), read straight from its central directory; None for any
    other zip or a damaged one (``zipfile`` then reads it or says what is wrong).
    ``zipfile.ZipFile`` builds a ZipInfo per member and an object per read: on a draft's
    twenty small parts, that costs more than inflating them."""
    end = len(data) - 22
    if end < 0 or data[end : end + 4] != _EOCD:
        return None
    disk, cd_disk, _, count, cd_size, cd_offset = struct.unpack_from("<HHHHII", data, end + 4)
    if disk or cd_disk or cd_offset + cd_size > end or count == 0xFFFF:
        return None
    out: dict[str, _Entry] = {}
    pos = cd_offset
    unpack = _CDIR_ENTRY.unpack_from
    for _ in range(count):
        if pos + 46 > end:
            return None
        sig, flags, method, crc, csize, usize, nlen, xlen, clen, offset = unpack(data, pos)
        if sig != _CDIR or flags & 0x41 or method not in (0, 8) or 0xFFFFFFFF in (csize, usize):
            return None  # encrypted, another method, zip64: zipfile decides
        raw = data[pos + 46 : pos + 46 + nlen]
        if raw.find(b"\0") >= 0:  # zipfile cuts such a name
            return None
        try:
            name = raw.decode("utf-8") if flags & 0x800 else raw.decode("cp437")
        except UnicodeDecodeError:
            return None
        if offset + 30 > cd_offset:
            return None
        out[name] = _Entry(raw, offset, method, crc, csize, usize)
        pos += 46 + nlen + xlen + clen
    if pos != cd_offset + cd_size:
        return None
    return out


def _inflate_until(raw: bytes, size: int, markers: tuple[bytes, ...]) -> bytes:
    """The first bytes of a deflated member, up to where a marker has been seen."""
    inflater = zlib.decompressobj(-15)
    chunks: list[bytes] = []
    seen = 0
    pending = raw
    while seen < size:
        chunk = inflater.decompress(pending, min(_CHUNK, size - seen))
        if not chunk:
            break
        pending = inflater.unconsumed_tail
        chunks.append(chunk)
        seen += len(chunk)
        window = b"".join(chunks[-2:])  # a marker may straddle two chunks
        if any(window.find(m) >= 0 for m in markers):
            break
    return b"".join(chunks)


def _join_part(base: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts: list[str] = [] if base in ("", ".") else base.split("/")
    for piece in target.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


def _too_large(name: str) -> ReadError:
    return _err(
        f"Tệp “{name}” quá lớn hoặc có dấu hiệu nén bất thường (zip bomb); không đọc.",
        f"“{name}” is too large or abnormally compressed (zip bomb); not read.",
    )


_PARSERS = threading.local()


def _parser() -> etree.XMLParser:
    """The safe parser of this thread (a document parses a dozen small parts: building a
    parser for each costs as much as parsing one)."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = _new_parser()
    return parser


def _new_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_blank_text=False,
    )


def _check_prolog(data: bytes, part: str, name: str) -> None:
    """Refuse DTDs and entity declarations (billion laughs, external entities)."""
    probe = data
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        probe = data.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    if b"<!DOCTYPE" in probe or b"<!ENTITY" in probe:
        raise _err(
            f"Tệp “{name}” chứa khai báo DTD/thực thể XML trong phần {part}; "
            "vì an toàn, không đọc tệp này.",
            f"“{name}” has a DTD/entity declaration in part {part}; refused for safety.",
        )


# -- pooled run and paragraph properties ------------------------------------------------------
# Drafts repeat a handful of w:rPr hundreds of times, and reading one costs a Python object
# per child element. Before a story part is parsed, each w:rPr written the usual way
# (``<w:rPr>`` with element children only, no nested w:rPr, no tracked change) is replaced by
# ``<w:rPr vbr="N"/>``, N indexing a pool that holds one parsed copy of each distinct content:
# the reader keys the run's format on N and reads the copy when the format is not cached.
# The paragraphs' w:pPr are pooled the same way next (``<w:pPr vbp="N"/>``; their paragraph
# mark's w:rPr is already a reference then), so a paragraph's properties are keyed on N instead
# of on a tuple built from its children. The references' attribute names are drawn per
# process, so that no document can hold one.
_TOKEN = secrets.token_hex(6)
POOL_ATTR = "vbr" + _TOKEN
PPR_POOL_ATTR = "vbp" + _TOKEN
_POOL_MIN = 32  # fewer elements (a header, a footer): pooling them costs more than it saves
_BEFORE, _SEP, _CONTENT = itemgetter(0), itemgetter(1), itemgetter(2)
_ROOT_TAG = re.compile(rb"<[A-Za-z_][^>]*>")
_NS_DECL = re.compile(rb"""\sxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(?:"[^"]*"|'[^']*')""")
_PREFIX = re.compile(rb"[<\s]([A-Za-z_][\w.-]*):")
# Bytes that make a pooled content unsafe to take out: a nested element of the same name or a
# tracked change (which the reader must still find in the tree), or a comment, processing
# instruction or CDATA section (one of the tags may be in one).
_UNSAFE_TAIL = (b"<w:ins", b"<w:del", b"<w:move", b"Change", b"<!", b"<?", b"-->", b"?>")


@dataclass(frozen=True, slots=True)
class _PoolKind:
    """What ``_pool`` cuts out: the element's start and end tags as Word writes them, the
    start of its reference (``<w:rPr vbr…="``), the wrapper of the pool's parse, the bytes that
    leave the part alone."""

    open: bytes
    close: bytes
    ref: bytes
    wrapper: bytes
    unsafe: tuple[bytes, ...]


_RPR_KIND = _PoolKind(
    b"<w:rPr>", b"</w:rPr>", b"<w:rPr " + POOL_ATTR.encode(), b"w:rPrs", (b"<w:rPr", *_UNSAFE_TAIL)
)
_PPR_KIND = _PoolKind(
    b"<w:pPr>",
    b"</w:pPr>",
    b"<w:pPr " + PPR_POOL_ATTR.encode(),
    b"w:pPrs",
    (b"<w:pPr", *_UNSAFE_TAIL),
)
_RPR_OPEN, _RPR_CLOSE = _RPR_KIND.open, _RPR_KIND.close


def _unsafe(content: bytes, marks: tuple[bytes, ...] = _RPR_KIND.unsafe) -> bool:
    # bytes.find, not "in": "in" first tries its operand as an integer (a raised and
    # cleared TypeError each time).
    return any(content.find(mark) >= 0 for mark in marks)


@lru_cache(maxsize=64)
def _root_decls(root_tag: bytes) -> dict[bytes, bytes]:
    """prefix → its xmlns declaration, of a part's root start tag (Word writes the same
    few root tags over and over)."""
    return {m.group(1) or b"": m.group(0) for m in _NS_DECL.finditer(root_tag)}


def _pool_rprs(data: bytes, pool: list[etree._Element]) -> bytes:
    """``data`` with its run properties pooled into ``pool`` (the data unchanged when the
    part is not written the way Word writes it: another prefix, comments, UTF-16, nested or
    tracked run properties, ...). ``data`` has passed ``_check_prolog``."""
    return _pool(data, pool, _RPR_KIND)


def _pool_pprs(data: bytes, pool: list[etree._Element]) -> bytes:
    """``data`` with its paragraph properties pooled into ``pool``, as ``_pool_rprs`` does
    (after it: a pPr's paragraph-mark w:rPr is a reference then)."""
    return _pool(data, pool, _PPR_KIND)


def _pool(data: bytes, pool: list[etree._Element], kind: _PoolKind) -> bytes:
    if data.count(kind.close) < _POOL_MIN:
        return data
    root = _ROOT_TAG.search(data, 0, 4096)
    if root is None or root.group(0).find(_W_DECL) < 0:
        return data
    # Each end tag ends a chunk whose last start tag opens the content: the cutting is done
    # in C (a Python step per element would cost what pooling saves).
    chunks = data.split(kind.close)
    if len(chunks) < 2 or chunks[-1].find(kind.open) >= 0:
        return data
    cut = [chunk.rpartition(kind.open) for chunk in chunks[:-1]]
    if not all(map(_SEP, cut)):
        return data
    found = list(map(_CONTENT, cut))
    contents = dict.fromkeys(found, b"")
    # The distinct contents, each checked at once: joined by a NUL (which no mark holds, and
    # no XML may hold), a mark is found only inside one of them.
    if _unsafe(b"\0".join(contents), kind.unsafe):
        return data
    ref = kind.ref
    for number, content in enumerate(contents, len(pool)):
        contents[content] = b'%s="%d"/>' % (ref, number)
    out: list[bytes] = [b""] * (2 * len(cut) + 1)
    out[0:-1:2] = map(_BEFORE, cut)
    out[1::2] = map(contents.__getitem__, found)
    out[-1] = chunks[-1]
    if contents:
        joined = (kind.close + kind.open).join(contents)
        decls = _root_decls(root.group(0))
        if joined.replace(b"<w:", b"").replace(b" w:", b"").replace(b"</w:", b"").find(b":") < 0:
            used = {b"w"}  # the usual case, found without the pattern
        else:
            used = set(_PREFIX.findall(joined))
            used.discard(b"xml")  # predefined
            used.add(b"w")
        if not used <= decls.keys():
            return data
        wrapper = b"".join([b"<", kind.wrapper, *(decls[p] for p in sorted(used)), b">"])
        tail = b"</" + kind.wrapper + b">"
        try:
            parsed = etree.fromstring(wrapper + kind.open + joined + kind.close + tail, _parser())
        except (etree.XMLSyntaxError, ValueError):
            return data
        if len(parsed) != len(contents):
            return data
        pool.extend(parsed)
    return b"".join(out)


def _parse_xml(data: bytes, part: str, name: str) -> etree._Element:
    _check_prolog(data, part, name)
    try:
        root = etree.fromstring(data, _parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise _err(
            f"Tệp “{name}” bị hỏng: phần {part} không phải XML hợp lệ.",
            f"“{name}” is damaged: part {part} is not well-formed XML.",
        ) from exc
    if root.getroottree().docinfo.doctype:
        raise _err(
            f"Tệp “{name}” chứa khai báo DTD trong phần {part}; không đọc.",
            f"“{name}” has a DTD in part {part}; refused.",
        )
    return root


# -- public API ---------------------------------------------------------------------------
def read_path(path: str | Path) -> Document:
    """Read a .docx or .txt file. Anything else (a .doc, a folder, ...) → ReadError."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".txt":
        data = _read_file(p)
        from linter.textreader import read_text

        text = data.decode("utf-8-sig", errors="replace")
        if not text.strip():
            raise _empty(p.name)
        return read_text(text, name=p.name)
    if suffix in (".docx", ".docm", ".dotx", ".dotm"):
        return read_docx(p, name=p.name)
    if suffix == ".doc":
        if not p.exists():
            raise _missing(p)
        raise _legacy_doc(p.name)
    if p.is_dir():
        raise _is_dir(p)
    if not p.exists():
        raise _missing(p)
    raise _err(
        f"Tệp “{p.name}” không được hỗ trợ: chỉ đọc tệp Word .docx hoặc văn bản .txt.",
        f"“{p.name}” is not supported: only Word .docx and plain-text .txt files are read.",
    )


def read_part(data: bytes, part: str, *, name: str = "") -> bytes | None:
    """One part of a package held in memory, with the reader's limits (None when there is no
    such part): what a caller needs of a draft without reading the document, such as the
    service's draft identity in docProps/core.xml. Raises ReadError (VB001) for a container
    that is not a zip and for a damaged or oversized part."""
    return _Package(data, name).read(part)


def read_docx(source: str | Path | bytes, *, name: str = "") -> Document:
    """Read a .docx (path or bytes) into a ``Document``; bad input → ReadError VB001."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        name = name or "document.docx"
    else:
        p = Path(source)
        name = name or p.name
        data = _read_file(p)
    _check_container(data, name)
    pkg = _Package(data, name)
    _READING.name = name
    try:
        return _DocxReader(pkg).read()
    except ReadError:
        raise
    except RecursionError as exc:
        raise _err(
            f"Tệp “{name}” có cấu trúc lồng nhau quá sâu; không đọc được.",
            f"“{name}” is nested too deeply to be read.",
        ) from exc
    except Exception as exc:  # a structure we did not foresee: still no traceback for users
        raise _err(
            f"Không đọc được nội dung tệp “{name}”: cấu trúc .docx không như mong đợi.",
            f"Cannot read “{name}”: unexpected .docx structure ({type(exc).__name__}).",
        ) from exc
    finally:
        _READING.name = None


def _missing(p: Path) -> ReadError:
    return _err(f"Không tìm thấy tệp “{p}”.", f"File “{p}” not found.")


def _is_dir(p: Path) -> ReadError:
    return _err(
        f"“{p}” là thư mục, không phải tệp văn bản.", f"“{p}” is a directory, not a document."
    )


def _empty(name: str) -> ReadError:
    return _err(
        f"Tệp “{name}” không có nội dung văn bản nào.", f"“{name}” contains no text at all."
    )


def _legacy_doc(name: str) -> ReadError:
    return _err(
        f"Tệp “{name}” là định dạng Word cũ (.doc). Hãy mở bằng Word và lưu lại dưới dạng .docx.",
        f"“{name}” is an old Word (.doc) file. Open it in Word and save it as .docx.",
    )


def _read_file(p: Path) -> bytes:
    try:
        if p.is_dir():
            raise _is_dir(p)
        if not p.exists():
            raise _missing(p)
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise _err(
                f"Tệp “{p.name}” quá lớn ({size // (1024 * 1024)} MB); không đọc.",
                f"“{p.name}” is too large ({size // (1024 * 1024)} MB); not read.",
            )
        with p.open("rb") as fh:
            return fh.read(MAX_INPUT_BYTES + 1)
    except ReadError:
        raise
    except PermissionError as exc:
        raise _err(f"Không có quyền đọc tệp “{p}”.", f"Permission denied reading “{p}”.") from exc
    except OSError as exc:
        raise _err(
            f"Không đọc được tệp “{p}”: {exc.strerror or exc}.",
            f"Cannot read “{p}”: {exc.strerror or exc}.",
        ) from exc


def _check_container(data: bytes, name: str) -> None:
    if not data:
        raise _empty(name)
    if data.startswith(OLE_MAGIC):
        if _ENCRYPTED_MARK in data:
            raise _err(
                f"Tệp “{name}” được đặt mật khẩu (mã hóa). Hãy mở bằng Word, bỏ mật khẩu "
                "(Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu) rồi lưu lại.",
                f"“{name}” is password-protected (encrypted). Open it in Word, remove the "
                "password and save it again.",
            )
        raise _legacy_doc(name)
    if not data.startswith(b"PK"):
        if data.lstrip()[:5].lower() == b"{\\rtf":
            raise _err(
                f"Tệp “{name}” là định dạng RTF, không phải .docx. Hãy lưu lại dưới dạng .docx.",
                f"“{name}” is an RTF file, not .docx. Save it as .docx.",
            )
        raise _not_docx(name)


# -- reading ------------------------------------------------------------------------------
@dataclass
class _Field:
    instr: list[str] = field(default_factory=list)
    separated: bool = False
    is_page: bool | None = None
    begin_format: RunFormat | None = None


class _ParaAcc:
    """What is collected while reading one paragraph's content (a plain class with slots: one
    is made per paragraph)."""

    __slots__ = (
        "has_drawing",
        "length",
        "page_field",
        "page_field_format",
        "page_field_size",
        "runs",
    )

    def __init__(self) -> None:
        self.runs: list[Run] = []
        self.length = 0
        self.has_drawing = False
        self.page_field = False
        self.page_field_size: float | None = None
        self.page_field_format: str | None = None


@dataclass
class _StoryState:
    story: Story
    paragraphs: list[Paragraph]
    fields: list[_Field] = field(default_factory=list)
    page_field: bool = False
    page_field_alignment: Alignment | None = None
    page_field_size: float | None = None
    page_field_format: str | None = None


_EMPTY: dict[str, Any] = {}
_PAGE_FIELD = re.compile(r"^\s*PAGE\b", re.IGNORECASE)
# A field's "\* name" switches; those that only shape the text are no number format.
_FIELD_SWITCH = re.compile(r"\\\*\s*([A-Za-z]+)")
_TEXT_SWITCHES = frozenset(
    {"mergeformat", "charformat", "caps", "firstcap", "upper", "lower", "arabic", "arabicdash"}
)


def _page_format(instr: str) -> str | None:
    """The number-format switch of a PAGE field ("roman", "ALPHABETIC" …), None for Arabic."""
    for m in _FIELD_SWITCH.finditer(instr):
        if m.group(1).lower() not in _TEXT_SWITCHES:
            return m.group(1)
    return None


_LENGTH = re.compile(r"^\s*(-?[\d.]+)\s*([a-z%]*)\s*$", re.IGNORECASE)
_UNIT_MM = {"pt": 25.4 / 72, "in": 25.4, "cm": 10.0, "mm": 1.0, "px": 25.4 / 96, "": 25.4 / 96}
_SYMBOL_FONTS = ("symbol", "wingdings", "webdings")
# Wingdings characters whose look matters in text (check boxes, arrows); others → "•".
_WINGDINGS = {
    0x6F: "□",
    0xA8: "◻",
    0xFE: "☑",
    0xFD: "☒",
    0xFC: "✓",
    0xA7: "▪",
    0x9F: "•",
    0xD8: "➢",
    0x76: "❖",
}


def _vml_length_mm(value: str | None) -> float | None:
    if not value:
        return None
    m = _LENGTH.match(value)
    if not m:
        return None
    unit = m.group(2).lower()
    if unit == "emu":
        return float(m.group(1)) / EMU_PER_MM
    factor = _UNIT_MM.get(unit)
    if factor is None:
        return None
    try:
        return round(float(m.group(1)) * factor, 2)
    except ValueError:
        return None


def _children_key(el: etree._Element) -> tuple[Any, ...]:
    """The tags and attributes of an element's children: equal keys, equal parse_rpr()."""
    return tuple([(child.tag, tuple(child.items())) for child in el])


_PPR_NESTED = frozenset({_w("numPr"), _w("pBdr")})  # parse_ppr reads their children


def _ppr_key(ppr: etree._Element) -> tuple[Any, ...]:
    """What parse_ppr() reads of a w:pPr: its children's tags and attributes, and the
    grandchildren's under w:numPr and w:pBdr (not the paragraph mark's w:rPr, which may be
    pooled: see ``_pool_rprs``)."""
    return tuple(
        [
            (tag, tuple(child.items()), _children_key(child))
            if (tag := child.tag) in _PPR_NESTED
            else (tag, tuple(child.items()))
            for child in ppr
            if child.tag != RPR
        ]
    )


def _vml_style(style: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in (style or "").split(";"):
        key, _, value = item.partition(":")
        if key.strip():
            out[key.strip().lower()] = value.strip()
    return out


_SET_TEXT, _SET_START, _SET_FORMAT, _SET_IN_RESULT = slot_setters(
    Run, ("text", "start", "format", "in_field_result")
)


def _new_run(text: str, start: int, fmt: RunFormat, in_result: bool) -> Run:
    """``Run(text, start, fmt, in_result)``, the same object at a third of the cost: a
    frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``; this
    sets the slots directly (a draft has thousands of runs)."""
    run = _NEW(Run)
    _SET_TEXT(run, text)
    _SET_START(run, start)
    _SET_FORMAT(run, fmt)
    _SET_IN_RESULT(run, in_result)
    return run


_NEW = object.__new__
_PARAGRAPH_SETTERS = slot_setters(
    Paragraph,
    (
        "index",
        "text",
        "runs",
        "format",
        "style_id",
        "style_name",
        "label",
        "num_level",
        "story",
        "cell",
        "section",
        "nfc",
        "has_drawing",
    ),
)


(
    _SET_INDEX,
    _SET_PTEXT,
    _SET_RUNS,
    _SET_PFORMAT,
    _SET_STYLE_ID,
    _SET_STYLE_NAME,
    _SET_LABEL,
    _SET_LEVEL,
    _SET_STORY,
    _SET_CELL,
    _SET_SECTION,
    _SET_NFC,
    _SET_HAS_DRAWING,
) = _PARAGRAPH_SETTERS


def _new_paragraph(
    index: int,
    text: str,
    runs: tuple[Run, ...],
    pformat: ParagraphFormat,
    style_id: str | None,
    style_name: str | None,
    label: str | None,
    num_level: int | None,
    story: Story,
    cell: CellRef | None,
    section: int,
    nfc: str,
    has_drawing: bool,
) -> Paragraph:
    """``Paragraph(...)`` with every field given (``nfc`` already computed, as
    ``__post_init__`` would), by setting the slots directly: a third of the cost."""
    para = _NEW(Paragraph)
    _SET_INDEX(para, index)
    _SET_PTEXT(para, text)
    _SET_RUNS(para, runs)
    _SET_PFORMAT(para, pformat)
    _SET_STYLE_ID(para, style_id)
    _SET_STYLE_NAME(para, style_name)
    _SET_LABEL(para, label)
    _SET_LEVEL(para, num_level)
    _SET_STORY(para, story)
    _SET_CELL(para, cell)
    _SET_SECTION(para, section)
    _SET_NFC(para, nfc)
    _SET_HAS_DRAWING(para, has_drawing)
    return para


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text) if text else ""


@lru_cache(maxsize=256)
def _legacy(name: str) -> bool:
    return is_legacy_font(name)


class _DocxReader:
    def __init__(self, pkg: _Package) -> None:
        self.pkg = pkg
        self.name = pkg.name
        self.main_part = self._main_part()
        self.rels = pkg.rels(self.main_part)
        self._settings_part = self._related_part("settings", "word/settings.xml")
        self._settings_bytes: bytes | None = None  # see _settings_head()
        self._settings_whole: bytes | None = None  # see _settings_data()
        self.styles = self._stylesheet()
        self._numbering: Numbering | None = None
        self.main: list[Paragraph] = []
        self.textboxes: list[Paragraph] = []
        self.footnotes: list[Paragraph] = []
        self.tables: list[Table | None] = []
        self.shapes: list[Shape] = []
        self.legacy_fonts: dict[str, None] = {}
        self.tracked = False
        self.section = 0
        self.section_props: list[tuple[etree._Element | None, int]] = []
        self._pformat_cache: dict[tuple[Any, ...], ParagraphFormat] = {}
        self._checked_formats: set[int] = set()
        self._rformat_cache: dict[tuple[Any, ...], RunFormat] = {}
        self._ppr_cache: dict[Any, tuple[dict[str, Any], tuple[Any, ...]]] = {}
        self._rpr_pool: list[etree._Element] = []
        self._para_sections = True

    @property
    def numbering(self) -> Numbering:
        """The numbering part, parsed when the first numbered paragraph needs it."""
        if self._numbering is None:
            part = self._related_part("numbering", "word/numbering.xml")
            data = self.pkg.read(part) if self.pkg.has(part) else None
            if data is None:
                self._numbering = Numbering(None, self.styles)
            else:
                _check_prolog(data, part, self.name)
                self._numbering = Numbering.from_bytes(
                    data, self.styles, lambda xml: _parse_xml(xml, part, self.name)
                )
        return self._numbering

    def _save_counters(self) -> Any:
        """Set the list counters aside while another story is read (they count per story)."""
        if self._numbering is None:
            return None
        saved = self._numbering.save()
        self._numbering.reset()
        return saved

    def _restore_counters(self, saved: Any) -> None:
        if self._numbering is None:
            return
        if saved is None:
            self._numbering.reset()
        else:
            self._numbering.restore(saved)

    # -- parts ----------------------------------------------------------------------------
    def _main_part(self) -> str:
        root_rels = self.pkg.rels("")
        for rtype, target in root_rels.values():
            if rtype == "officeDocument" and self.pkg.has(target):
                return target
        if self.pkg.has("word/document.xml"):
            return "word/document.xml"
        raise _err(
            f"Tệp “{self.name}” không có phần nội dung chính (word/document.xml): "
            "không phải văn bản Word hợp lệ.",
            f"“{self.name}” has no main document part (word/document.xml): not a Word document.",
        )

    def _related_part(self, rtype: str, fallback: str) -> str:
        for kind, target in self.rels.values():
            if kind == rtype and self.pkg.has(target):
                return target
        return fallback

    def _related_xml(
        self, rtype: str, fallback: str, pool: list[etree._Element] | None = None
    ) -> etree._Element | None:
        part = self._related_part(rtype, fallback)
        if not self.pkg.has(part):
            return None
        return self.pkg.xml(part, pool)

    def _stylesheet(self) -> StyleSheet:
        part = "word/styles.xml"
        for kind, target in self.rels.values():
            if kind == "styles" and self.pkg.has(target):
                part = target
                break
        # (the language first: it reads settings.xml whole, the compat setting then cuts it)
        vietnamese = self._theme_font_lang().lower().startswith("vi")
        override = self._compat_setting("overrideTableStyleFontSizeAndJustification")
        # Drafts of one office share their template, and a draft checked again while it is
        # edited keeps its styles part: a sheet built from the same stored styles and theme
        # parts is reused (it holds nothing of the document but the styles it resolved).
        key = self._sheet_key(part, override, vietnamese)
        if key is not None:
            kept = _SHEETS.get(key)
            if kept is not None:
                return kept
        found = self._theme()
        theme = found if isinstance(found, Theme) else Theme(found)
        theme.vietnamese = vietnamese
        data = self.pkg.read(part) if self.pkg.has(part) else None
        if data is None:
            return StyleSheet(None, theme)
        _check_prolog(data, part, self.name)
        sheet = StyleSheet.from_bytes(
            data, theme, lambda xml: _parse_xml(xml, part, _reading_name())
        )
        sheet.override_table_size_jc = override
        if key is not None:
            _SHEETS.put(key, sheet)
        return sheet

    def _sheet_key(self, part: str, override: bool, vietnamese: bool) -> tuple[Any, ...] | None:
        styles = self.pkg.digest(part)
        if styles is None:
            return None
        theme_part = self._related_part("theme", "word/theme/theme1.xml")
        theme = self.pkg.digest(theme_part) if self.pkg.has(theme_part) else b""
        if theme is None:
            return None
        return (styles, theme, override, vietnamese)

    def _theme_font_lang(self) -> str:
        """w:val of the settings' w:themeFontLang ("vi-VN"), "" when there is none. It comes
        after the rsids, at the end of the part: the part is read whole, its bytes searched
        (a part that does not write the main namespace as ``w:`` on its root is parsed)."""
        part = self._settings_part
        data = self._settings_data()
        if not data:
            return ""
        root = _SETTINGS_ROOT.search(data, 0, 4096)
        if root is not None and _W_DECL in root.group(0):
            # (near the end of the part, after thousands of rsid tags: found from the end)
            at = data.rfind(b"<w:themeFontLang", root.end())
            found = _THEME_FONT_LANG.match(data, at) if at >= 0 else None
            return found.group(1).decode("ascii", "replace") if found else ""
        _check_prolog(data, part, self.name)
        el = _parse_xml(data, part, self.name).find(_w("themeFontLang"))
        return el.get(_W_VAL, "") if el is not None else ""

    def _theme(self) -> etree._Element | Theme | None:
        """The theme part; only its first a:fontScheme (all the reader uses of it) when the
        part is laid out as Word writes it, and then read without a parse when its fonts are
        written the plain way."""
        part = self._related_part("theme", "word/theme/theme1.xml")
        data = self.pkg.read(part) if self.pkg.has(part) else None
        if data is None:
            return None
        _check_prolog(data, part, self.name)
        head = _THEME_ROOT.search(data, 0, 4096)
        if head is not None and _A_DECL in head.group(0) and b"<!--" not in data:
            fonts = _element(data, b"a:fontScheme", head.end())
            if fonts is not None and b"<a:majorFont" in fonts and b"<a:minorFont" in fonts:
                scheme = _main_fonts(fonts) or fonts
                read = _scheme_fonts(scheme)
                if read is not None:
                    read.update(_viet_fonts(fonts))
                    return Theme.from_fonts(read)
                with contextlib.suppress(ReadError):
                    # (whole, with its script fonts: the "Viet" one may be read)
                    return _parse_xml(head[0] + fonts + b"</a:theme>", part, self.name)
        return _parse_xml(data, part, self.name)

    def _compat_setting(self, name: str) -> bool:
        """A w:compatSetting of word/settings.xml that is switched on.

        settings.xml can be larger than the document itself (Word keeps every editing
        session's rsid there), so only its w:compat element is parsed when the part is laid
        out as Word writes it; otherwise the whole part.
        """
        head = self._settings_head()
        if head is None:
            return False
        part = self._settings_part
        settings = _settings_compat(head, name, part, self.name)
        if settings is None:
            data = self.pkg.read(part)
            if data is None:
                return False
            _check_prolog(data, part, self.name)
            settings = _settings_compat(data, name, part, self.name)
            if settings is None:
                settings = _parse_xml(data, part, self.name)
        for el in settings.iter(_w("compatSetting")):
            if el.get(_w("name")) == name:
                return el.get(_w("val")) in ("1", "true", "on")
        return False

    def _settings_head(self) -> bytes | None:
        """word/settings.xml up to the end of its w:compat (None when there is no such part).
        w:compat comes before the rsids, which make the part large: only this much is
        decompressed. A DTD (the only place an entity can be declared) is before the root,
        so in these bytes too."""
        if self._settings_bytes is None:
            part = self._settings_part
            if self._settings_whole is not None:
                # the whole part is read already (for its w:themeFontLang): cut it
                data = self._settings_whole
                ends = [at + len(m) for m in _COMPAT_END if (at := data.find(m)) >= 0]
                head = data[: min(ends)] if ends else data
            elif not self.pkg.has(part):
                head = b""
            else:
                head = self.pkg.read_until(part, _COMPAT_END) or b""
            if head:
                _check_prolog(head, part, self.name)
            self._settings_bytes = head
        return self._settings_bytes or None

    def _settings_data(self) -> bytes:
        """word/settings.xml whole (b"" when there is none), read once."""
        if self._settings_whole is None:
            part = self._settings_part
            data = self.pkg.read(part) if self.pkg.has(part) else None
            self._settings_whole = data or b""
        return self._settings_whole

    def _even_and_odd_headers(self) -> bool:
        """w:evenAndOddHeaders of word/settings.xml: Word prints a section's "even" header and
        footer only when it is on. It comes before w:compat in the part (CT_Settings order);
        a part that does not write the main namespace as ``w:`` on its root is parsed whole."""
        head = self._settings_head()
        if head is None:
            return False
        root = _SETTINGS_ROOT.search(head, 0, 4096)
        if root is not None and _W_DECL in root.group(0):
            found = _EVEN_ODD.search(head, root.end())
            return found is not None and found.group(1) not in _OFF_VALUES
        data = self.pkg.read(self._settings_part)
        if data is None:
            return False
        el = _parse_xml(data, self._settings_part, self.name).find(_w("evenAndOddHeaders"))
        return el is not None and el.get(_W_VAL, "").encode() not in _OFF_VALUES

    # -- the whole document -----------------------------------------------------------------
    def read(self) -> Document:
        root = self.pkg.xml(self.main_part, self._rpr_pool)
        # Only a document with more than one w:sectPr has section breaks in paragraphs (one
        # where the namespace is written once, on the root: no other prefix can stand for it).
        self._para_sections = self.pkg.sect_prs.get(self.main_part, 2) > 1
        if root is None:
            raise _not_docx(self.name)
        body = root.find(_w("body"))
        if body is None:
            raise _empty(self.name)
        self.tracked = _has_tracked(root)
        state = _StoryState(Story.BODY, self.main)
        self._blocks(body, state, None, None, depth=1)
        self.section_props.append((body.find(SECTPR), len(self.main) - 1))
        sections = self._sections()
        if not any(p.text.strip() for p in self.main) and not any(
            p.text.strip() for p in self.textboxes
        ):
            raise _empty(self.name)
        if next(root.iter(_w("footnoteReference")), None) is not None:
            self._read_footnotes()
        text = "\n".join(p.text for p in (*self.main, *self.textboxes))
        return Document(
            paragraphs=tuple(self.main),
            sections=tuple(sections),
            tables=tuple(t for t in self.tables if t is not None),
            textboxes=tuple(self.textboxes),
            footnotes=tuple(self.footnotes),
            shapes=tuple(self.shapes),
            has_formatting=True,
            has_tracked_changes=self.tracked,
            comment_count=self._comment_count(),
            legacy_fonts=tuple(self.legacy_fonts),
            legacy_encoding=looks_legacy_encoded(text),
            page_count=self._page_count(),
            default_font=self.styles.default_run_format().font,
            source_name=self.name,
            even_and_odd_headers=self._even_and_odd_headers(),
        )

    # -- block level ----------------------------------------------------------------------
    def _blocks(
        self,
        parent: etree._Element,
        state: _StoryState,
        cell: CellRef | None,
        tstyle: str | None,
        depth: int,
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == P:
                self._paragraph(child, state, cell, tstyle)
            elif tag == TBL:
                self._table(child, state, depth if cell is None else cell.depth + 1)
            elif tag == SDT:
                content = child.find(SDTCONTENT)
                if content is not None:
                    self._blocks(content, state, cell, tstyle, depth)
            elif tag in (CUSTOMXML, INS, MOVETO):
                self._blocks(child, state, cell, tstyle, depth)
            elif tag == ALTERNATE:
                chosen = _choose(child)
                if chosen is not None:
                    self._blocks(chosen, state, cell, tstyle, depth)

    def _table(self, tbl: etree._Element, state: _StoryState, depth: int) -> None:
        register = state.story is Story.BODY
        tindex = len(self.tables)
        if register:
            self.tables.append(None)
        tblpr = tbl.find(TBLPR)
        tstyle: str | None = None
        direct_edges: dict[str, bool] = {}
        if tblpr is not None:
            style_el = tblpr.find(_w("tblStyle"))
            if style_el is not None:
                tstyle = style_el.get(_W_VAL)
            direct_edges = table_border_edges(tblpr.find(_w("tblBorders")))
        if tstyle not in self.styles.styles:
            tstyle = self.styles.default_table
        edges = self.styles.table_borders(tstyle)
        edges.update(direct_edges)
        first = len(self.main)
        grid = tbl.find(_w("tblGrid"))
        grid_els = grid.findall(_w("gridCol")) if grid is not None else []
        grid_widths = [_twips(g.get(_w("w"))) for g in grid_els]
        grid_cols = len(grid_widths)
        rows = list(_rows(tbl))
        widths: list[tuple[float | None, ...]] = []
        max_cells = 0
        cell_visible = False
        all_cells_nil = True
        any_cell = False
        for r_index, tr in enumerate(rows):
            cells = list(_cells(tr))
            max_cells = max(max_cells, len(cells))
            if register:
                widths.append(_cell_widths(cells, grid_widths))
            for c_index, tc in enumerate(cells):
                any_cell = True
                tcpr = tc.find(TCPR)
                cell_edges = (
                    table_border_edges(tcpr.find(_w("tcBorders"))) if tcpr is not None else {}
                )
                if any(cell_edges.values()):
                    cell_visible = True
                if not all(cell_edges.get(e) is False for e in ("top", "left", "bottom", "right")):
                    all_cells_nil = False
                ref = CellRef(tindex, r_index, c_index, depth) if register else None
                self._blocks(tc, state, ref, tstyle, depth)
        if register:
            # Inside borders only show between rows / columns that exist.
            if len(rows) < 2:
                edges.pop("insideH", None)
            if max_cells < 2:
                edges.pop("insideV", None)
            visible = cell_visible or (any(edges.values()) and not (any_cell and all_cells_nil))
            last = len(self.main) - 1
            self.tables[tindex] = Table(
                index=tindex,
                rows=len(rows),
                cols=max(grid_cols, max_cells),
                depth=depth,
                has_visible_borders=visible,
                first_paragraph=first,
                last_paragraph=max(last, first),
                cell_widths_mm=tuple(widths),
            )

    # -- paragraphs -----------------------------------------------------------------------
    def _paragraph(
        self,
        p: etree._Element,
        state: _StoryState,
        cell: CellRef | None,
        tstyle: str | None,
    ) -> None:
        ppr = p[0] if len(p) and p[0].tag == PPR else p.find(PPR)
        ref = ppr.get(PPR_POOL_ATTR) if ppr is not None else None
        if ref is not None:  # pooled: keyed on its index, read from the pool
            ppr = self._rpr_pool[int(ref)]
            cached = self._ppr_cache.get(ref)
            if cached is None:
                cached = self._ppr_cache[ref] = self._direct_ppr(ppr)
            direct, direct_key = cached
        else:
            direct, direct_key = self._direct_ppr(ppr)
        style_id = self.styles.para_style_id(direct.get("pStyle"))
        base = self.styles.para_base(style_id, tstyle)
        label: str | None = None
        level: int | None = None
        num_id, ilvl = self._num(direct, base, style_id)
        num_ppr: dict[str, Any] = {}
        if num_id:
            numbering = self.numbering
            lvl = numbering.level(num_id, ilvl)
            if lvl is not None:
                num_ppr = {k: v for k, v in lvl.ppr.items() if k.startswith("ind_")}
                label = numbering.label(num_id, ilvl)
                level = ilvl
        pformat = self._pformat(style_id, tstyle, base, num_ppr, direct, direct_key)

        acc = _ParaAcc()
        self._inline(p, acc, state, style_id, tstyle, len(state.paragraphs))
        index = len(state.paragraphs)  # after the content: a nested text box may have added some
        text = "".join([r.text for r in acc.runs])
        para = _new_paragraph(
            index,
            text,
            tuple(acc.runs),
            pformat,
            style_id,
            self.styles.style_name(style_id),
            label,
            level,
            state.story,
            cell,
            self.section,
            _nfc(text),
            acc.has_drawing,
        )
        state.paragraphs.append(para)
        if acc.page_field and not state.page_field:
            state.page_field = True
            state.page_field_alignment = pformat.alignment
            state.page_field_size = acc.page_field_size
        if acc.page_field_format and state.page_field_format is None:
            state.page_field_format = acc.page_field_format
        if state.story is Story.BODY and cell is None and ppr is not None:
            sect = ppr.find(SECTPR) if self._para_sections else None
            if sect is not None:
                self.section_props.append((sect, len(self.main) - 1))
                self.section += 1

    def _num(self, direct: dict[str, Any], base: dict[str, Any], style_id: str | None):
        if "numId" in direct:
            num_id = direct["numId"]
            ilvl = direct.get("ilvl", base.get("ilvl", 0))
        elif "numId" in base:
            num_id = base["numId"]
            ilvl = direct.get("ilvl", base.get("ilvl"))
            if ilvl is None and num_id:
                ilvl = self.numbering.level_for_style(num_id, style_id)
        else:
            return None, 0
        return num_id, (ilvl or 0)

    def _direct_ppr(self, ppr: etree._Element | None) -> tuple[dict[str, Any], tuple[Any, ...]]:
        """parse_ppr() of a paragraph's w:pPr (read-only: shared by equal pPr) and its sorted
        items; cached by the pPr's content as parse_ppr reads it."""
        key = None if ppr is None else _ppr_key(ppr)
        cached = self._ppr_cache.get(key)
        if cached is None:
            direct = parse_ppr(ppr) if ppr is not None else _EMPTY
            cached = self._ppr_cache[key] = (direct, tuple(sorted(direct.items())))
        return cached

    def _pformat(
        self,
        style_id: str | None,
        tstyle: str | None,
        base: dict[str, Any],
        num_ppr: dict[str, Any],
        direct: dict[str, Any],
        direct_key: tuple[Any, ...],
    ) -> ParagraphFormat:
        key = (style_id, tstyle, direct_key, tuple(num_ppr.items()))
        cached = self._pformat_cache.get(key)
        if cached is None:
            merged = dict(base)
            merged.update(num_ppr)
            merged.update(direct)
            cached = StyleSheet.paragraph_format(merged)
            self._pformat_cache[key] = cached
        return cached

    # -- inline content -------------------------------------------------------------------
    def _inline(
        self,
        parent: etree._Element,
        acc: _ParaAcc,
        state: _StoryState,
        pstyle: str | None,
        tstyle: str | None,
        para_index: int,
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == R:
                self._run(child, acc, state, pstyle, tstyle, para_index)
            elif tag in (HYPERLINK, SMARTTAG, CUSTOMXML, BDO, DIR):
                self._inline(child, acc, state, pstyle, tstyle, para_index)
            elif tag in (INS, MOVETO):
                self.tracked = True
                self._inline(child, acc, state, pstyle, tstyle, para_index)
            elif tag in (DEL, MOVEFROM):
                self.tracked = True
            elif tag == FLDSIMPLE:
                instr = child.get(_w("instr")) or ""
                fld = _Field([instr], separated=True)
                fld.is_page = bool(_PAGE_FIELD.match(instr))
                if fld.is_page:
                    acc.page_field_format = acc.page_field_format or _page_format(instr)
                state.fields.append(fld)
                before = len(acc.runs)
                self._inline(child, acc, state, pstyle, tstyle, para_index)
                if state.fields and state.fields[-1] is fld:
                    state.fields.pop()
                if fld.is_page:
                    acc.page_field = True
                    if len(acc.runs) > before:
                        acc.page_field_size = acc.runs[before].format.size_pt
            elif tag == SDT:
                content = child.find(SDTCONTENT)
                if content is not None:
                    self._inline(content, acc, state, pstyle, tstyle, para_index)
            elif tag == ALTERNATE:
                chosen = _choose(child)
                if chosen is not None:
                    self._inline(chosen, acc, state, pstyle, tstyle, para_index)
            elif tag in (OMATH, OMATHPARA):
                text = "".join(t.text or "" for t in child.iter(M_T))
                if text:
                    fmt = self.styles.run_format(pstyle, tstyle, {})
                    self._emit(acc, text, fmt, False)

    def _run(
        self,
        r: etree._Element,
        acc: _ParaAcc,
        state: _StoryState,
        pstyle: str | None,
        tstyle: str | None,
        para_index: int,
    ) -> None:
        fmt: RunFormat | None = None
        fields = state.fields
        pieces: list[str] = []
        hidden = in_result = False
        if fields:
            hidden = _in_instr(fields)
            in_result = _in_result(fields)
        for child in r:
            tag = child.tag
            if tag == T:
                if not hidden:
                    pieces.append(child.text or "")
            elif tag == RPR:
                ref = child.get(POOL_ATTR)
                if ref is not None:  # pooled: keyed on its index, read from the pool
                    key = (pstyle, tstyle, ref)
                    fmt = self._rformat_cache.get(key)  # type: ignore[assignment]
                    if fmt is None:
                        fmt = self._run_format(self._rpr_pool[int(ref)], pstyle, tstyle)
                        self._rformat_cache[key] = fmt
                    continue
                key = (pstyle, tstyle, tuple([(c.tag, tuple(c.items())) for c in child]))
                fmt = self._rformat_cache.get(key)  # type: ignore[assignment]
                if fmt is None:
                    fmt = self._run_format(child, pstyle, tstyle)
            elif tag in (TAB, PTAB):
                if not hidden:
                    pieces.append("\t")
            elif tag in (BR, CR):
                if not hidden:
                    pieces.append("\n")
            elif tag == NOBREAKHYPHEN:
                pieces.append("-")
            elif tag == SYM:
                pieces.append(_sym_char(child))
            elif tag == FLDCHAR:
                if fmt is None:
                    fmt = self._run_format(None, pstyle, tstyle)
                if pieces:
                    self._emit(acc, "".join(pieces), fmt, in_result)
                    pieces.clear()
                self._field_char(child, fields, acc, fmt)
                hidden = _in_instr(fields)
                in_result = _in_result(fields)
            elif tag == INSTRTEXT:
                if fields:
                    fields[-1].instr.append(child.text or "")
            elif tag == PGNUM:  # the legacy page-number element: a PAGE field without text
                acc.page_field = True
                if acc.page_field_size is None:
                    acc.page_field_size = (fmt or self._run_format(None, pstyle, tstyle)).size_pt
            elif tag in (DRAWING, PICT, OBJECT):
                acc.has_drawing = True
                self._shapes_in(child, state, para_index)
            elif tag == ALTERNATE:
                acc.has_drawing = True
                chosen = _choose(child)
                if chosen is not None:
                    for sub in chosen:
                        if sub.tag in (DRAWING, PICT, OBJECT):
                            self._shapes_in(sub, state, para_index)
        if pieces:
            if fmt is None:
                fmt = self._run_format(None, pstyle, tstyle)
            if in_result and fields[-1].is_page and acc.page_field_size is None:
                acc.page_field_size = fmt.size_pt
            text = pieces[0] if len(pieces) == 1 else "".join(pieces)
            if text and id(fmt) in self._checked_formats:  # _emit(), its common case inline
                acc.runs.append(_new_run(text, acc.length, fmt, in_result))
                acc.length += len(text)
            else:
                self._emit(acc, text, fmt, in_result)

    def _run_format(
        self, rpr: etree._Element | None, pstyle: str | None, tstyle: str | None
    ) -> RunFormat:
        # Drafts repeat a handful of w:rPr thousands of times: the format is cached by the
        # rPr's content (parse_rpr reads only its children's tags and attributes). _run()
        # looks the key up itself first (same key as here).
        key = (pstyle, tstyle, None if rpr is None else _children_key(rpr))
        fmt = self._rformat_cache.get(key)
        if fmt is None:
            direct = parse_rpr(rpr, self.styles.theme) if rpr is not None else _EMPTY
            fmt = self._rformat_cache[key] = self.styles.run_format(pstyle, tstyle, direct)
        return fmt

    @staticmethod
    def _field_char(
        el: etree._Element, fields: list[_Field], acc: _ParaAcc, fmt: RunFormat
    ) -> None:
        kind = el.get(_FLD_TYPE)
        if kind == "begin":
            fields.append(_Field(begin_format=fmt))
        elif kind == "separate" and fields:
            top = fields[-1]
            top.separated = True
            top.is_page = bool(_PAGE_FIELD.match("".join(top.instr)))
            if top.is_page:
                acc.page_field = True
                acc.page_field_format = acc.page_field_format or _page_format("".join(top.instr))
        elif kind == "end" and fields:
            top = fields.pop()
            if top.is_page is None:
                top.is_page = bool(_PAGE_FIELD.match("".join(top.instr)))
                if top.is_page:
                    acc.page_field_format = acc.page_field_format or _page_format(
                        "".join(top.instr)
                    )
            if top.is_page:
                acc.page_field = True
                if acc.page_field_size is None and top.begin_format is not None:
                    acc.page_field_size = top.begin_format.size_pt

    def _emit(self, acc: _ParaAcc, text: str, fmt: RunFormat, in_result: bool) -> None:
        if not text:
            return
        acc.runs.append(_new_run(text, acc.length, fmt, in_result))
        acc.length += len(text)
        # Legacy fonts count where they show letters (digits look the same in every font).
        if id(fmt) not in self._checked_formats and any(map(str.isalpha, text)):
            self._checked_formats.add(id(fmt))
            for font in (fmt.font_ascii, fmt.font_hansi):
                if font and font not in self.legacy_fonts and _legacy(font):
                    self.legacy_fonts[font] = None

    # -- shapes and text boxes ------------------------------------------------------------
    def _shapes_in(self, holder: etree._Element, state: _StoryState, para_index: int) -> None:
        anchor_para = para_index if state.story is Story.BODY else None
        if holder.tag == DRAWING:
            for frame in holder:
                if frame.tag in (WP_INLINE, WP_ANCHOR):
                    self._drawingml(frame, state, anchor_para)
        else:
            self._vml(holder, state, anchor_para)

    def _drawingml(self, frame: etree._Element, state: _StoryState, anchor: int | None) -> None:
        ext = frame.find(f"{{{WP_NS}}}extent")
        cx = _emu_mm(ext.get("cx")) if ext is not None else None
        cy = _emu_mm(ext.get("cy")) if ext is not None else None
        ox = oy = None
        if frame.tag == WP_ANCHOR:
            ox = _emu_mm(frame.findtext(f"{{{WP_NS}}}positionH/{{{WP_NS}}}posOffset"))
            oy = _emu_mm(frame.findtext(f"{{{WP_NS}}}positionV/{{{WP_NS}}}posOffset"))
        data = frame.find(f"{{{A_NS}}}graphic/{{{A_NS}}}graphicData")
        if data is None:
            return
        found = list(_drawing_parts(data))
        wsps = [el for el in found if el.tag == WPS_WSP]
        pics = [el for el in found if el.tag == PIC_PIC]
        if len(wsps) == 1 and not pics and data.find(WPS_WSP) is not None:
            self._wsp(wsps[0], state, anchor, cx, cy, ox, oy)
            return
        if not wsps and pics:
            self._add_shape(Shape("picture", anchor, state.story, cx, cy, ox, oy))
            return
        if not wsps:
            self._add_shape(Shape("other", anchor, state.story, cx, cy, ox, oy))
            return
        for wsp in wsps:  # a group or canvas: each shape with its own extent
            xext = wsp.find(f".//{{{A_NS}}}xfrm/{{{A_NS}}}ext")
            wcx = _emu_mm(xext.get("cx")) if xext is not None else None
            wcy = _emu_mm(xext.get("cy")) if xext is not None else None
            self._wsp(wsp, state, anchor, wcx, wcy, ox, oy)
        for _pic in pics:
            self._add_shape(Shape("picture", anchor, state.story, None, None, ox, oy))

    def _wsp(
        self,
        wsp: etree._Element,
        state: _StoryState,
        anchor: int | None,
        cx: float | None,
        cy: float | None,
        ox: float | None,
        oy: float | None,
    ) -> None:
        content = wsp.find(f"{WPS_TXBX}/{TXBXCONTENT}")
        if content is not None:
            self._textbox(content, state, anchor, cx, cy, ox, oy)
            return
        geom = wsp.find(f".//{{{A_NS}}}prstGeom")
        prst = geom.get("prst") if geom is not None else None
        is_connector = wsp.find(f"{{{WPS_NS}}}cNvCnPr") is not None
        if prst in ("line", "straightConnector1") or is_connector or cx == 0 or cy == 0:
            kind = "line"
        elif prst == "rect":
            kind = "rect"
        else:
            kind = "other"
        self._add_shape(Shape(kind, anchor, state.story, cx, cy, ox, oy))

    def _vml(self, holder: etree._Element, state: _StoryState, anchor: int | None) -> None:
        for el in holder:
            tag = el.tag
            if tag == V_GROUP:
                self._vml(el, state, anchor)
                continue
            kind_name = _V_SHAPES.get(tag) if isinstance(tag, str) else None
            if kind_name is None:
                continue
            style = _vml_style(el.get("style"))
            width = _vml_length_mm(style.get("width"))
            height = _vml_length_mm(style.get("height"))
            ox = _vml_length_mm(style.get("margin-left") or style.get("left"))
            oy = _vml_length_mm(style.get("margin-top") or style.get("top"))
            content = el.find(f"{V_TEXTBOX}/{TXBXCONTENT}")
            if content is not None:
                self._textbox(content, state, anchor, width, height, ox, oy)
                continue
            if kind_name == "line":
                x1, y1 = _vml_point(el.get("from"))
                x2, y2 = _vml_point(el.get("to"))
                if None not in (x1, x2, y1, y2):
                    width, height = round(abs(x2 - x1), 2), round(abs(y2 - y1), 2)  # type: ignore[operator]
                    ox, oy = x1, y1
                kind = "line"
            elif kind_name == "shape" and (
                el.get("type") == "#_x0000_t32"
                or el.get("{urn:schemas-microsoft-com:office:office}connectortype")
            ):
                kind = "line"
            elif el.find(V_IMAGEDATA) is not None:
                kind = "picture"
            elif kind_name in ("rect", "roundrect"):
                kind = "line" if height == 0 or width == 0 else "rect"
            else:
                kind = "other"
            self._add_shape(Shape(kind, anchor, state.story, width, height, ox, oy))

    def _textbox(
        self,
        content: etree._Element,
        state: _StoryState,
        anchor: int | None,
        cx: float | None,
        cy: float | None,
        ox: float | None,
        oy: float | None,
    ) -> None:
        saved_numbering = self._save_counters()
        if state.story in (Story.BODY, Story.TEXTBOX):  # nested boxes: flattened, inner first
            box_state = _StoryState(Story.TEXTBOX, self.textboxes)
            first = len(self.textboxes)
            self._blocks(content, box_state, None, None, depth=1)
            indexes = tuple(range(first, len(self.textboxes)))
            text = "\n".join(self.textboxes[i].text for i in indexes)
        else:
            box_state = _StoryState(state.story, [])
            self._blocks(content, box_state, None, None, depth=1)
            indexes = ()
            text = "\n".join(p.text for p in box_state.paragraphs)
            if box_state.page_field and not state.page_field:
                state.page_field = True
                state.page_field_alignment = box_state.page_field_alignment
                state.page_field_size = box_state.page_field_size
        self._restore_counters(saved_numbering)
        self._add_shape(Shape("textbox", anchor, state.story, cx, cy, ox, oy, text, indexes))

    def _add_shape(self, shape: Shape) -> None:
        self.shapes.append(shape)

    # -- sections, headers, footers -------------------------------------------------------
    def _sections(self) -> list[Section]:
        sections: list[Section] = []
        inherited: dict[tuple[str, str], str] = {}
        start = 0
        for index, (sect, last) in enumerate(self.section_props):
            refs: dict[tuple[str, str], str] = {}
            values: dict[str, Any] = {}
            if sect is not None:
                for child in sect:
                    tag = child.tag
                    if tag in (_w("headerReference"), _w("footerReference")):
                        kind = "header" if tag == _w("headerReference") else "footer"
                        refs[(kind, child.get(_W_TYPE) or "default")] = child.get(_R_ID) or ""
                values = _section_values(sect)
            inherited.update(refs)
            headers = self._header_footers("header", inherited, index)
            footers = self._header_footers("footer", inherited, index)
            sections.append(
                Section(
                    index=index,
                    headers=headers,
                    footers=footers,
                    first_paragraph=start,
                    last_paragraph=max(last, start),
                    **values,
                )
            )
            start = last + 1
        return sections

    def _header_footers(
        self, kind: str, refs: dict[tuple[str, str], str], section: int
    ) -> tuple[HeaderFooter, ...]:
        out: list[HeaderFooter] = []
        for variant in ("default", "first", "even"):
            rid = refs.get((kind, variant))
            if not rid or rid not in self.rels:
                continue
            part = self.rels[rid][1]
            root = self.pkg.xml(part, self._rpr_pool) if self.pkg.has(part) else None
            if root is None:
                continue
            if _has_tracked(root):
                self.tracked = True
            story = Story.HEADER if kind == "header" else Story.FOOTER
            state = _StoryState(story, [])
            saved_section, self.section = self.section, section
            saved_numbering = self._save_counters()
            self._blocks(root, state, None, None, depth=1)
            self._restore_counters(saved_numbering)
            self.section = saved_section
            out.append(
                HeaderFooter(
                    kind=variant,
                    paragraphs=tuple(state.paragraphs),
                    has_page_field=state.page_field,
                    page_field_alignment=state.page_field_alignment,
                    page_field_size_pt=state.page_field_size,
                    page_field_format=state.page_field_format,
                )
            )
        return tuple(out)

    # -- footnotes, comments, properties --------------------------------------------------
    def _read_footnotes(self) -> None:
        root = self._related_xml("footnotes", "word/footnotes.xml", self._rpr_pool)
        if root is None:
            return
        if _has_tracked(root):
            self.tracked = True
        state = _StoryState(Story.FOOTNOTE, self.footnotes)
        self.section = 0  # a footnote's page (and so its section) is not known
        saved = self._save_counters()
        for note in root.iter(_w("footnote")):
            if note.get(_W_TYPE) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            self._blocks(note, state, None, None, depth=1)
        self._restore_counters(saved)

    def _comment_count(self) -> int:
        root = self._related_xml("comments", "word/comments.xml")
        if root is None:
            return 0
        return sum(1 for _ in root.iter(_w("comment")))

    def _page_count(self) -> int | None:
        if not self.pkg.has("docProps/app.xml"):
            return None
        try:
            root = self.pkg.xml("docProps/app.xml")
        except ReadError:
            return None
        if root is None:
            return None
        pages = root.findtext(f"{{{APP_NS}}}Pages")
        try:
            return int(pages) if pages and int(pages) > 0 else None
        except ValueError:
            return None


# -- helpers ------------------------------------------------------------------------------
_SETTINGS_ROOT = re.compile(rb"<w:settings\b[^>]*>")
# Where the w:compat element of word/settings.xml ends (the part's head the reader needs).
_COMPAT_END = (b"</w:compat>", b"<w:compat/>")
_THEME_FONT_LANG = re.compile(rb"<w:themeFontLang\b[^>]*?\sw:val\s*=\s*[\"']([^\"']*)[\"']")
# <w:evenAndOddHeaders/>, or with w:val: group 1 is the value (None when absent: on)
_EVEN_ODD = re.compile(
    rb"""<w:evenAndOddHeaders\b(?:[^>]*?\bw:val\s*=\s*["']([^"']*)["'])?[^>]*>"""
)
_OFF_VALUES = (b"0", b"false", b"off")
_COMPAT = re.compile(rb"<w:compat\b(?:[^>]*/>|.*?</w:compat>)", re.DOTALL)
_THEME_ROOT = re.compile(rb"<a:theme\b[^>]*>")
_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


def _element(data: bytes, name: bytes, start: int) -> bytes | None:
    """The bytes of the first ``<name …>…</name>`` at or after ``start``: what the pattern
    ``<name\\b.*?</name>`` (dot matching all) finds, found with ``bytes.find`` (the lazy
    pattern tries the end tag at every byte: fifteen times slower on a theme part)."""
    opening, closing = b"<" + name, b"</" + name + b">"
    pos = data.find(opening, start)
    while pos >= 0:
        after = pos + len(opening)
        if after == len(data) or data[after] not in _WORD_BYTES:  # \b after the name
            end = data.find(closing, after)
            return data[pos : end + len(closing)] if end >= 0 else None
        pos = data.find(opening, after)
    return None


_A_DECL = f'xmlns:a="{A_NS}"'.encode()


def _main_fonts(scheme: bytes) -> bytes | None:
    """An a:fontScheme cut to what ``linter.styles.Theme`` reads: the a:latin, a:ea and a:cs
    of a:majorFont and a:minorFont, which come before the font of each script (sixty or
    so per kind). None when the scheme is not laid out that way."""
    out = [scheme[: scheme.find(b">") + 1]]
    for kind in (b"major", b"minor"):
        start = scheme.find(b"<a:" + kind + b"Font>")
        end = scheme.find(b"</a:" + kind + b"Font>", start)
        if start < 0 or end < 0:
            return None
        cut = scheme.find(b"<a:font ", start, end)
        kept = scheme[start : cut if cut >= 0 else end]
        if b"<a:latin" not in kept or b"<a:ea" not in kept or b"<a:cs" not in kept:
            return None
        out.append(kept + b"</a:" + kind + b"Font>")
    out.append(b"</a:fontScheme>")
    return b"".join(out)


_SCHEME_FONT = re.compile(rb"""<a:(latin|ea|cs)\s+typeface\s*=\s*"([^"&<]*)"[^>]*>""")


def _scheme_fonts(scheme: bytes) -> dict[str, str | None] | None:
    """``linter.styles.Theme.fonts`` of an a:fontScheme cut by ``_main_fonts``: the
    typeface of a:latin, a:ea and a:cs under a:majorFont and a:minorFont; None when one of
    them is not written ``<a:latin typeface="...">`` (no entity, double quotes)."""
    fonts: dict[str, str | None] = {}
    for kind in (b"major", b"minor"):
        start = scheme.find(b"<a:" + kind + b"Font>")
        end = scheme.find(b"</a:" + kind + b"Font>", start)
        if start < 0 or end < 0:
            return None
        found = {slot: face for slot, face in _SCHEME_FONT.findall(scheme, start, end)}
        if len(found) != 3 or scheme.count(b"<a:", start, end) != 4:
            return None  # a:majorFont itself and its three fonts, nothing else
        for slot in (b"latin", b"ea", b"cs"):
            fonts[f"{kind.decode()}.{slot.decode()}"] = found[slot].decode("utf-8") or None
    return fonts


_VIET_FONT = re.compile(rb'<a:font\s+script\s*=\s*"Viet"\s+typeface\s*=\s*"([^"&<]+)"')


def _viet_fonts(scheme: bytes) -> dict[str, str | None]:
    """The typeface of the "Viet" script under a:majorFont and a:minorFont (``Theme``'s
    "major.viet", "minor.viet"), where the scheme lists one."""
    fonts: dict[str, str | None] = {}
    for kind in (b"major", b"minor"):
        start = scheme.find(b"<a:" + kind + b"Font>")
        end = scheme.find(b"</a:" + kind + b"Font>", start)
        if start < 0 or end < 0:
            continue
        found = _VIET_FONT.search(scheme, start, end)
        if found is not None:
            fonts[f"{kind.decode()}.viet"] = found.group(1).decode("utf-8")
    return fonts


def _settings_compat(data: bytes, name: str, part: str, doc: str) -> etree._Element | None:
    """A settings part holding only its w:compat element, or None when the part is not laid
    out as expected (then the caller parses it whole). A part that cannot name the setting
    (no such bytes, no character reference) gives an empty settings element."""
    head = _SETTINGS_ROOT.search(data, 0, 4096)
    if head is None or _W_DECL not in head.group(0) or head.group(0).endswith(b"/>"):
        return None
    if name.encode() not in data and b"&#" not in data:
        return etree.Element(_w("settings"))
    compat = _COMPAT.search(data, head.end())
    if compat is None:
        return None
    try:
        return _parse_xml(head.group(0) + compat.group(0) + b"</w:settings>", part, doc)
    except ReadError:
        return None


def _choose(alternate: etree._Element) -> etree._Element | None:
    """The branch of mc:AlternateContent Word reads: the first Choice, else the Fallback."""
    choice = alternate.find(CHOICE)
    if choice is not None:
        return choice
    return alternate.find(FALLBACK)


def _drawing_parts(node: etree._Element):
    """Shapes and pictures of a graphic (through groups), not those inside a text box."""
    for child in node:
        if child.tag in (WPS_WSP, PIC_PIC):
            yield child
        elif isinstance(child.tag, str):
            yield from _drawing_parts(child)


def _through_controls(parent: etree._Element, tag: str):
    """The ``tag`` children of ``parent``, looking inside content controls and custom XML
    (rows of a table, cells of a row)."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (SDT, CUSTOMXML):
            inner = child.find(SDTCONTENT) if child.tag == SDT else child
            if inner is not None:
                yield from _through_controls(inner, tag)


def _rows(tbl: etree._Element):
    return _through_controls(tbl, TR)


def _cell_widths(cells: list[etree._Element], grid: list[float | None]) -> tuple[float | None, ...]:
    """Each cell's width: the grid columns it spans (w:gridBefore and w:gridSpan honoured),
    else its own w:tcW in twips; None when neither is known."""
    out: list[float | None] = []
    pos = 0
    if cells:
        trpr = cells[0].getparent().find(_w("trPr"))
        before = trpr.find(_w("gridBefore")) if trpr is not None else None
        if before is not None:
            pos = int(before.get(_W_VAL) or 0)
    for tc in cells:
        tcpr = tc.find(TCPR)
        span_el = tcpr.find(_w("gridSpan")) if tcpr is not None else None
        span = int(span_el.get(_W_VAL) or 1) if span_el is not None else 1
        cols = grid[pos : pos + span]
        pos += span
        if cols and len(cols) == span and all(c is not None for c in cols):
            out.append(twips_to_mm(sum(c for c in cols if c is not None)))
            continue
        tcw = tcpr.find(_w("tcW")) if tcpr is not None else None
        if tcw is not None and tcw.get(_w("type"), "dxa") == "dxa":
            w = _twips(tcw.get(_w("w")))
            out.append(twips_to_mm(w) if w else None)
        else:
            out.append(None)
    return tuple(out)


def _cells(tr: etree._Element):
    return _through_controls(tr, TC)


def _in_instr(fields: list[_Field]) -> bool:
    return any(not f.separated for f in fields)


def _in_result(fields: list[_Field]) -> bool:
    return bool(fields) and all(f.separated for f in fields)


def _sym_char(el: etree._Element) -> str:
    raw = el.get(_w("char")) or ""
    try:
        code = int(raw, 16)
    except ValueError:
        return ""
    font = (el.get(_w("font")) or "").lower()
    if 0xF000 <= code <= 0xF0FF:
        if font.startswith("wingdings") and code - 0xF000 in _WINGDINGS:
            return _WINGDINGS[code - 0xF000]
        if font.startswith(_SYMBOL_FONTS):
            return bullet_text(chr(code), font)
        code -= 0xF000
    try:
        return chr(code)
    except (ValueError, OverflowError):
        return ""


def _emu_mm(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return round(int(float(value)) / EMU_PER_MM, 2)
    except (ValueError, OverflowError):
        return None


def _vml_point(value: str | None) -> tuple[float | None, float | None]:
    if not value:
        return None, None
    parts = value.split(",")
    if len(parts) != 2:
        return None, None
    return _vml_length_mm(parts[0]), _vml_length_mm(parts[1])


def _has_tracked(root: etree._Element) -> bool:
    for _ in root.iter(*TRACK_TAGS):
        return True
    return False


def _section_values(sect: etree._Element) -> dict[str, Any]:
    values: dict[str, Any] = {}
    size = sect.find(_w("pgSz"))
    if size is not None:
        width = _twips(size.get(_w("w")))
        height = _twips(size.get(_w("h")))
        values["page_width_mm"] = twips_to_mm(width) if width is not None else None
        values["page_height_mm"] = twips_to_mm(height) if height is not None else None
        orient = size.get(_w("orient"))
        if orient is None and width is not None and height is not None:
            orient = "landscape" if width > height else "portrait"
        values["orientation"] = orient or "portrait"
    margins = sect.find(_w("pgMar"))
    if margins is not None:
        for attr, key in (
            ("top", "margin_top_mm"),
            ("bottom", "margin_bottom_mm"),
            ("left", "margin_left_mm"),
            ("right", "margin_right_mm"),
            ("header", "header_distance_mm"),
            ("footer", "footer_distance_mm"),
        ):
            val = _twips(margins.get(_w(attr)))
            if val is not None:
                values[key] = twips_to_mm(abs(val))
    title = sect.find(_w("titlePg"))
    values["title_page"] = title is not None and title.get(_W_VAL) not in ("0", "false", "off")
    pg = sect.find(_w("pgNumType"))
    if pg is not None:
        start = _twips(pg.get(_w("start")))
        values["page_number_start"] = int(start) if start is not None else None
        values["page_number_format"] = pg.get(_w("fmt"))
    return values


def _twips(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


__all__ = ["ReadError", "read_docx", "read_path"]
