"""Task extraction: who does what, by when, producing what (the "six clears" of KL 226).

``extract_tasks(doc, anatomy)`` walks the body (anatomy part ``noi_dung``) and returns one
:class:`Task` per assigned piece of work, found as

- numbered or bulleted items, including Word auto-numbering (``Paragraph.label``);
- "Giao X chủ trì, phối hợp với Y …" and "X chủ trì / có trách nhiệm …" sentences;
- items under a heading that names the actor ("1. Sở Nội vụ:" then "- Chủ trì …");
- addressed requests: "Đề nghị X …", "Yêu cầu X …", and items under an introduction
  "Ban Thường vụ … yêu cầu các chi bộ … thực hiện một số nhiệm vụ sau:".

Lines that open with a slot's label ("Đơn vị chủ trì: …; Đơn vị phối hợp: …", "Thời gian thực
hiện: …", "Sản phẩm: …", "Kinh phí: …") are no tasks: they give their slots to the tasks of the
group they close, or, right under a heading, to its items (:func:`_apply_slot_lines`).

Each task carries the slots of design.md (``lint tasks --format json``); :func:`render` prints
the table a chánh văn phòng would otherwise build by hand. Rules share one extraction per
document through ``ctx.memo("tasks", ...)`` (:func:`extraction_for`).

Plain-text documents (one paragraph per line, lines wrapped as on paper) are first re-joined
into logical paragraphs: a line continues the previous one unless it starts with a numbering
label or the previous line ended a sentence.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from linter.content import nlp, party, pos
from linter.content.deadlines import Deadline, best_deadline
from linter.lru import LRU
from linter.model import Document
from linter.parts import Anatomy

SLOTS = ("lead", "action", "deadline", "product", "resources")

_LABEL_RE = re.compile(
    r"^\s*(?P<label>(?:[IVX]{1,5}\.)|(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?)(?=\s)|\d{1,2}\)|\d{1,2}/(?=\s)|"
    r"[a-zđ]\)|[-–+•*])\s*"
)
_SENTENCE_END = re.compile(r"(?:[.!?:;]|\./\.)[\"”)]*$")


def _sentence_end(text: str) -> bool:
    """``_SENTENCE_END.search(text)``, tried only near the end: a match ends where the text
    does (or before its final newline), and what precedes that end in it is the whole run of
    closing quotes and brackets, then the mark of one or three characters."""
    t = text[:-1] if text.endswith("\n") else text
    run = len(t) - len(t.rstrip('"”)'))
    return _SENTENCE_END.search(text, max(0, len(t) - run - 3)) is not None


_OPENING_RE = re.compile(
    r"^(?:căn cứ|tiếp theo|trên đây|thực hiện|triển khai|theo)\s+(?:các\s+)?"
    r"(?:công văn|kết luận|kế hoạch|quyết định|nghị quyết|nghị định|chỉ thị|thông báo|"
    r"chương trình|hướng dẫn|thông tư|luật|ý kiến|công điện|quy định|đề án|văn bản|"
    r"chỉ đạo|là|nội dung|quy chế|điều lệ|pháp lệnh|hiến pháp|bộ luật|thông tri)",
    re.IGNORECASE,
)
# Sections whose items state aims, not tasks ("I. MỤC ĐÍCH, YÊU CẦU", "2. Yêu cầu").
_AIMS_RE = re.compile(
    r"mục\s+đích|yêu\s+cầu|mục\s+tiêu|quan\s+điểm|thành\s+phần|thời\s+gian|địa\s+điểm|"
    r"đối\s+tượng|phạm\s+vi|tình\s+hình|kết\s+quả\s+(?:đạt|thực)|căn\s+cứ|nội\s+dung\s+kiểm\s+tra|"
    r"tiêu\s+chuẩn|tiêu\s+chí|chỉ\s+tiêu",
    re.IGNORECASE,
)
# (not a numbering label in brackets: "(3) Thời hạn báo cáo: Ủy ban nhân dân cấp tỉnh …")
_SKIP_START = re.compile(
    r"^(?:nơi nhận|kính gửi|trên đây|\((?!\d{1,2}\)\s)|v/v\b|ví dụ\b)", re.IGNORECASE
)
# The document's own effect clause ("Hướng dẫn này có hiệu lực từ ngày ký, thay thế …").
_EFFECT_RE = re.compile(
    r"\bnày\s+có\s+hiệu\s+lực|\bcó\s+hiệu\s+lực\s+(?:thi\s+hành\s+)?(?:kể\s+)?từ\s+ngày",
    re.IGNORECASE,
)
# Narrative, not assignment: the opening of a thông báo kết luận ("Ngày 18/7/2025, đồng chí …
# tại buổi kiểm tra …", "Phó Chủ tịch UBND tỉnh tại cuộc họp nghe báo cáo …"), what a body
# has found or received ("Sau khi nghiên cứu …, Sở Nội vụ nhận thấy …").
_NARRATIVE_START = re.compile(
    r"^(?:ngày\s+\d|sau\s+khi\s+(?:nghe|nghiên\s+cứu|xem\s+xét)|tham\s+dự|qua\s+theo\s+dõi|"
    r"qua\s+kiểm\s+tra|qua\s+nghiên\s+cứu|thời\s+gian\s+qua|trong\s+thời\s+gian\s+qua)",
    re.IGNORECASE,
)
_MEETING_RE = re.compile(
    r"^(?:\S+\s+){0,16}?tại\s+(?:buổi|cuộc)\s+(?:họp|làm\s+việc|kiểm\s+tra|giao\s+ban|"
    r"đối\s+thoại|tiếp|nghe)",
    re.IGNORECASE,
)
# "Ủy ban nhân dân tỉnh nhận được Hướng dẫn số 46/HD-BCA …": what arrived, not what to do
# (not "Trong thời hạn 30 ngày, kể từ ngày nhận được quyết định …": the event a term counts
# from).
_RECEIVED_RE = re.compile(
    r"^(?!(?:khi|sau\s+khi|ngay\s+sau\s+khi|trường\s+hợp)\s)(?:\S+\s+){1,12}?(?<!từ\s)"
    r"(?<!ngày\s)(?<!khi\s)(?<!hợp\s)(?<!nếu\s)nhận\s+được\s+(?:công\s+văn|tờ\s+trình|hướng\s+dẫn|văn\s+bản|"
    r"kế\s+hoạch|báo\s+cáo|thông\s+báo|quyết\s+định|công\s+điện|đề\s+nghị|ý\s+kiến)",
    re.IGNORECASE,
)
_NARRATIVE_VERBS = {"đã", "đang", "nhận thấy", "nhận được", "vừa"}
# "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị … báo cáo": a closing formula.
_ESCALATION_RE = re.compile(
    r"nếu\s+có\s+(?:phát\s+sinh\s+)?(?:khó\s+khăn|vướng\s+mắc)|"
    r"quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện[^.;]{0,40}"
    r"(?:khó\s+khăn|vướng\s+mắc)",
    re.IGNORECASE,
)
# "Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.": the notice's closing.
_NOTICE_CLOSING_RE = re.compile(
    r"\bthông\s+báo\s+(?:kết\s+luận\s+[^.;]{0,160})?(?:để|đến|cho)\s+[^.;]{0,120}?\bbiết\b",
    re.IGNORECASE,
)
# "… trân trọng thông báo./.", "Văn phòng … xin thông báo.": the notice closes, it gives no work
_COURTESY_NOTICE_RE = re.compile(r"\b(?:trân\s+trọng|xin)\s+thông\s+báo[\s./]*$", re.IGNORECASE)
_DUTY_NOTICE_RE = re.compile(
    r"\b(?:phải|có\s+trách\s+nhiệm|có\s+nghĩa\s+vụ)\s+thông\s+báo\b", re.IGNORECASE
)
_ASSIGNING_START = re.compile(r"\s*(?:giao|đề\s+nghị|yêu\s+cầu)\s", re.IGNORECASE)
# Appointments listed as "Chủ tịch Hiệp hội: Ông …" are facts, not tasks.
_APPOINTMENT_RE = re.compile(r":\s*(?:Ông|Bà|Đồng chí)\s+[A-ZĐÀ-Ỹ]")
# An introduction to a list of components, not of tasks ("3.2. Hồ sơ đề nghị khen thưởng gồm:").
_LIST_INTRO = re.compile(r"\bgồm\s*(?:có\s*)?:$", re.IGNORECASE)
# An introduction of the documents a work rests on: "…, căn cứ quy định tại:", "căn cứ các văn
# bản sau:".
_BASIS_INTRO = re.compile(
    r"\bcăn\s+cứ(?:\s+(?:vào|quy\s+định|các\s+văn\s+bản|các\s+quy\s+định))*"
    r"(?:\s+(?:tại|sau(?:\s+đây)?))?\s*:$",
    re.IGNORECASE,
)
# An action whose objects are listed below it: "… trình Hội đồng nhân dân tỉnh quyết định:".
_OBJECTS_INTRO = re.compile(
    r"\b(?:quyết\s+định|phê\s+duyệt|thông\s+qua|ban\s+hành)\s*:$", re.IGNORECASE
)
# Section where a guide (Hướng dẫn) assigns work; the rest of a guide states rules.
_ORG_SECTION_RE = re.compile(r"tổ\s+chức\s+thực\s+hiện", re.IGNORECASE)
# Words opening a heading line that addresses the actors named after them.
_ADDRESS_PREFIX = re.compile(r"^(?:đề\s+nghị|yêu\s+cầu|giao|đối\s+với|về\s+phía)\s+", re.IGNORECASE)
# Nouns that make "đề nghị" a document ("hồ sơ đề nghị", "tờ trình đề nghị"), not a request.
_REQUEST_NOUNS = (
    "hồ sơ", "văn bản", "tờ trình", "công văn", "danh sách", "giấy", "đơn", "tờ khai", "phiếu",
    "báo cáo",
)  # fmt: skip
_ADVERBS = {
    "thường", "khẩn", "định", "kịp", "nghiêm", "có", "chịu", "phải", "cần", "tiếp", "chủ",
    "hằng", "hàng", "trực", "sớm", "chỉ", "tổ", "quan", "ưu",
}  # fmt: skip
# What may follow a subject: an adverb, or "căn cứ …" ("Các sở … căn cứ chức năng, nhiệm vụ
# … xây dựng kế hoạch").
_AFTER_SUBJECT = _ADVERBS | {"căn"}
# Adverbs that end a name pyvi cut short ("Ban Quản lý các khu công nghiệp Bình Thuận | chủ
# động"): not "có" ("Bộ Chính trị triệu tập | có thành phần …").
_NAME_END_ADVERBS = {"chủ động", "khẩn trương", "tiếp tục", "kịp thời", "thường xuyên"}
_OPENING_ADVERBS = frozenset(_NAME_END_ADVERBS | {"tích cực"})  # before "phối hợp"
# Words a name does not run on over: "UBND tỉnh | đã …", "Chủ đầu tư | được …", "… Đà Lạt
# | về …", "Bộ Tài nguyên và Môi trường | có nhiệm vụ, quyền hạn sau:".
_NOT_IN_NAME = {
    "đã", "đang", "sẽ", "được", "bị", "có", "không", "chưa", "nếu", "vì", "hoặc", "và", "về",
    "theo", "trong", "của", "để", "thì", "là", "phải", "cần", "nhiệm", "quyền", "sau", "như",
    "gồm", "với", "cho", "đối", "khi", "mà", "do", "từ", "đến", "tại", "giúp",
}  # fmt: skip
# Guards: a pattern matched ignoring case is tried only when the lower-cased text holds a
# word every match of it contains (a word with no "i" or "s", the letters IGNORECASE also
# equates with "ı" / "ſ", whose lower case differs): a text without it cannot match, and a
# scan that tries the pattern at every offset is skipped. Same results.
# An assessment of what was done, not an assignment ("Nhà đầu tư triển khai … vẫn còn chậm").
_ASSESSMENT_RE = re.compile(
    r"\b(?:vẫn\s+còn|còn\s+chậm|chưa\s+(?:đáp\s+ứng|đúng|đạt|bảo\s+đảm|đảm\s+bảo|hoàn\s+thành))\b",
    re.IGNORECASE,
)
_NUMBER_TARGET = re.compile(r"\d+(?:[.,]\d+)?\s?%")
# A counted output: "mỗi tháng 02 chuyên mục", "tổ chức 03 lớp tập huấn", "10 tin, bài".
_COUNTED_OUTPUT = re.compile(
    r"(?<![\d/.,])\d{1,4}\s+(?:\([^)]{1,12}\)\s+)?(?:chuyên\s+mục|chuyên\s+đề|tin,?\s+bài|tin|bài|"
    r"phóng\s+sự|lớp|hội\s+nghị|cuộc\s+thi|buổi|đợt|tọa\s+đàm|ấn\s+phẩm|video|clip)\b",
    re.IGNORECASE,
)
# A figure reached is a result reported, no product ("Đến nay, tỷ lệ … đạt 85,12%", "đã hoàn
# thành đúng hạn 123/123 nhiệm vụ (đạt 100%)"; not "phấn đấu … ít nhất 20%").
_REACHED = re.compile(r"\b(?:đã|đến nay|tính đến)\b|\(đạt\b", re.IGNORECASE)
# Document numbers and dates ("226-KL/TW", "số 30/2020/NĐ-CP", "11/12/2025") are not targets.
_REFERENCE = re.compile(
    r"\d+(?:/\d+)*\s*[-/]\s*[A-ZĐ][\wĐ]*(?:[-/][\wĐ]+)*|\d{1,2}/\d{1,2}/\d{4}|"
    r"(?:số|kết luận|nghị quyết|chỉ thị|quyết định|công văn|kế hoạch)\s+\d+",
    re.IGNORECASE,
)
_CHECKABLE_NUMBER = re.compile(r"\d")
_DIGIT = re.compile(r"\d")
_DOI_VOI = re.compile(r"^(?:đối với|về phía)\s+", re.IGNORECASE)
# A sentence that draws the consequence of the one before ("Do vậy đề nghị từng cơ quan, đơn vị
# … trong năm 2026"): it goes on with the same task unless it names bodies of its own.
_CONSEQUENCE_RE = re.compile(
    r"^\s*(?:do vậy|do đó|vì vậy|vì thế|theo đó|trên cơ sở đó|để thực hiện (?:được )?điều đó)\b",
    re.IGNORECASE,
)
_SEGMENT_CUT = re.compile(r";\s*(?=(?:giao|đề nghị|yêu cầu)\s)", re.IGNORECASE)


_ROMAN_LABEL = re.compile(r"[IVX]{1,5}\.")
_NUMBER_LABEL = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}[)/]")  # "1.", "1)", "1/"
_LETTER_LABEL = re.compile(r"[a-zđ]\)")


@lru_cache(maxsize=256)  # few distinct labels; the depth depends on the label only
def _level(label: str | None) -> float | None:
    """Depth of a numbering label: I. → 0, 1. → 1, 2.1. → 2, 2.1.3. → 3, a) → 3.25, - → 4, + → 5.

    A letter sits below a number of three parts ("12.4.2. Ban kiểm phiếu có nhiệm vụ:" then
    "a) …", "b) …"), and an unlabelled line after it (+0.5) above a dash."""
    if not label:
        return None
    label = label.strip()
    if _ROMAN_LABEL.fullmatch(label):
        return 0
    if _NUMBER_LABEL.fullmatch(label):
        return float(len([p for p in label.rstrip(".)/").split(".") if p]))
    if _LETTER_LABEL.fullmatch(label):
        return 3.25
    if label in ("-", "–", "•", "*"):
        return 4
    return 5


@dataclass
class Block:
    """A logical paragraph of the body: one .docx paragraph, or re-joined text lines."""

    paragraph: int  # first main-story paragraph
    text: str  # NFC text without the numbering label
    label: str | None
    offset: int  # offset of ``text`` in the first paragraph's NFC text (0 if label is Word's)
    paragraphs: tuple[int, ...] = ()

    @property
    def level(self) -> float | None:
        return _level(self.label)


@dataclass(frozen=True)
class ReportDuty:
    recipient: str | None
    channel: str | None


@dataclass(frozen=True)
class Task:
    text: str
    paragraph: int
    leads: tuple[str, ...]
    co_workers: tuple[str, ...]
    action: str | None
    deadline: Deadline
    product: str | None
    resources: str | None
    missing: tuple[str, ...]
    # Not part of the JSON contract; for rules.
    label: str | None = None
    lead_role: str | None = None  # chu_tri | giao | de_nghi | subject | heading | addressee | model
    lead_kinds: tuple[str, ...] = ()  # named | class | person, one per lead
    start: int = 0  # offsets of ``text`` in the first paragraph's NFC text
    end: int = 0
    paragraphs: tuple[int, ...] = ()
    slogan: bool = False
    report: ReportDuty | None = None
    has_number: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "paragraph": self.paragraph,
            "leads": list(self.leads),
            "co_workers": list(self.co_workers),
            "action": self.action,
            "deadline": self.deadline.to_dict(),
            "product": self.product,
            "resources": self.resources,
            "missing": list(self.missing),
            # (informative, beyond the contract) the leads are the learned tagger's guess
            "lead_guessed": self.lead_role == "model",
        }

    @property
    def named_leads(self) -> tuple[str, ...]:
        return tuple(
            lead for lead, k in zip(self.leads, self.lead_kinds, strict=False) if k != "class"
        )


@dataclass
class Extraction:
    tasks: list[Task]
    blocks: list[Block]
    resources: str | None  # the first resource named anywhere in the body
    resources_paragraph: int | None = None


# -- body and blocks --------------------------------------------------------------------------


def _body_indices(doc: Document, anatomy: Anatomy) -> list[int]:
    refs = anatomy.part_list("noi_dung")
    if refs:
        return sorted({r.paragraph for r in refs if r.story is None})
    # No anatomy: everything between the header and "Nơi nhận", minus the Kính gửi list.
    taken = set()
    for name, value in anatomy.parts.items():
        if name == "noi_dung":
            continue
        for r in value if isinstance(value, tuple) else (value,):
            if r.story is None:
                taken.add(r.paragraph)
    out: list[int] = []
    in_kinh_gui = False
    for p in doc.paragraphs:
        s = p.nfc.strip()
        if not s or p.index in taken:
            continue
        low = s.lower()
        if low.startswith("nơi nhận"):
            break
        if low.startswith("kính gửi"):
            in_kinh_gui = True
            continue
        if in_kinh_gui:
            if s.startswith(("-", "+", "–")):
                continue
            in_kinh_gui = False
        if s.isupper() or low.startswith(("số:", "số ")) or re.search(r",\s*ngày\s", low[:60]):
            continue
        out.append(p.index)
    return out


def body_blocks(doc: Document, anatomy: Anatomy) -> list[Block]:
    """The body as logical paragraphs (text lines re-joined for plain-text documents)."""
    blocks: list[Block] = []
    for i in _body_indices(doc, anatomy):
        p = doc.paragraphs[i]
        raw = p.nfc
        stripped = raw.strip()
        if not stripped:
            continue
        lead_ws = len(raw) - len(raw.lstrip())
        label = p.label.strip() if p.label else None
        offset = lead_ws
        text = stripped
        m = _LABEL_RE.match(stripped)
        if label is None and m:
            label = m.group("label")
            offset = lead_ws + m.end()
            text = stripped[m.end() :]
        starts_new = (
            doc.has_formatting
            or not blocks
            or label is not None
            or blocks[-1].paragraphs[-1] != i - 1
            or (_sentence_end(blocks[-1].text) and (text[:1].isupper() or text[:1] == "("))
            or blocks[-1].text.isupper()
            or (len(doc.paragraphs[i - 1].nfc.strip()) < 55 and text[:1].isupper())
            # a label line ("Đơn vị chủ trì: …") after an item that ends with no stop
            or (text[:1].isupper() and ":" in text and _SLOT_LINE.match(text) is not None)
        )
        if starts_new:
            blocks.append(Block(i, text, label, offset, (i,)))
        else:
            prev = blocks[-1]
            joiner = "" if prev.text.endswith("-") and not prev.text.endswith(" -") else " "
            prev.text = prev.text + joiner + text
            prev.paragraphs = (*prev.paragraphs, i)
    return blocks


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”)]*\s+(?=[A-ZĐÀ-Ỹ(])")
# (a number of one or two digits: "2.1.", "khoản 2. Điều"; a year or a date ends a sentence:
# "… từ ngày 01/7/2025. Các tổ chức đảng …")
_ABBREVIATION_END = re.compile(r"(?:\b[A-ZĐ]{1,4}|(?<![\d/])\d{1,2})\.$")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a block (split after . ! ? followed by a capital letter)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        # not after an abbreviation like "TP." or a number "2.1."
        before = text[start : m.start()]
        if _ABBREVIATION_END.search(before.rstrip()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


# -- actors and slots in one analysed segment ------------------------------------------------


def _split_class(a: nlp.Analysis, actor: nlp.Actor) -> list[nlp.Actor]:
    """A class that ran on into a named body: "Các sở, ban, ngành, UBND các xã, phường",
    "Các cơ quan chuyên môn thuộc UBND tỉnh, Ban Quản lý …" → one actor each.

    The analyser continues a class over ", <unit noun>" ("các sở, ban, ngành"); a unit noun
    that is the head of a name ("Ban Quản lý", "Ủy ban nhân dân", "UBND") starts a body. So
    does such a head after a named body or a person ("Công an Kinh tế, Đội Quản lý thị
    trường 12 B"), and a class after a person and "và" ("Thủ trưởng các đơn vị và các đoàn
    thể quận")."""
    toks = a.toks
    heads = a.starts("HEAD") | a.starts("STANDALONE")
    units = a.starts("UNIT")
    cuts: list[int] = []
    for i in range(actor.start + 2, actor.end):
        if (
            actor.kind == "person"
            and toks[i - 1].lower == "và"
            and toks[i].lower == "các"
            and i + 1 in units
        ):
            cuts.append(i)
            continue
        if toks[i - 1].text not in (",", "và") or i not in heads or not toks[i].is_title:
            continue
        longest = max(
            (h.end for label in ("HEAD", "STANDALONE") for h in a.of(label) if h.start == i),
            default=i + 1,
        )
        named = (
            i in a.starts("STANDALONE")
            or longest - i >= 2
            or (longest < actor.end and toks[longest].is_title and longest not in heads)
        )
        if named:
            cuts.append(i)
    if not cuts:
        return [actor]
    out: list[nlp.Actor] = []
    start = actor.start
    for c in [*cuts, actor.end + 1]:
        end = min(c - 1, actor.end)
        while end > start + 1 and toks[end - 1].text in (",", "và"):
            end -= 1
        # "UBND các xã, phường" is a class of units too, each doing the work for itself
        kind = "class" if any(t.lower == "các" for t in toks[start:end]) else "named"
        if start == actor.start and actor.kind == "person":
            kind = "person"
        out.append(_span_actor(a, kind, start, end))
        start = c
    return out


def _span_actor(a: nlp.Analysis, kind: str, start: int, end: int) -> nlp.Actor:
    return nlp.Actor(
        kind, start, end, a.span_text(start, end), a.toks[start].start, a.toks[end - 1].end
    )


def _actor_list(a: nlp.Analysis, i: int, *, classes_go_on: bool = False) -> list[nlp.Actor]:
    """Consecutive actors from token ``i``: "A, B và C"; "Các sở, ngành: A, B" → A, B.

    ``classes_go_on``: a class after a named body and a comma goes on with the list (after
    "phối hợp với" every name is a co-worker: "… với Sở Xây dựng, các cơ quan liên quan")."""
    out: list[nlp.Actor] = []
    actor = a.actor_at(i)
    while actor is not None:
        out.extend(_split_class(a, actor))
        j = actor.end
        if j + 1 < len(a.toks) and a.toks[j].text == "(":
            # "Bộ Tài chính (Kho bạc Nhà nước), Bộ Lao động …": the bracket names a part of it
            close = next((k for k in range(j + 1, min(len(a.toks), j + 12))
                          if a.toks[k].text == ")"), None)  # fmt: skip
            if (
                close is not None
                and close + 1 < len(a.toks)
                and a.toks[close + 1].text in (",", ";", "và")
            ):
                out[-1] = _extend(a, out[-1], close + 1)
                j = close + 1
        run = _run_on(a, j)
        if run > j:
            # a name cut short before the next name of the list: "Trưởng Ban Quản lý | các
            # khu công nghiệp | và Chủ tịch UBND …", "các cơ quan Trung ương | đóng trên
            # địa bàn | , UBND các xã …"
            out[-1] = _extend(a, out[-1], run)
            j = run
        places = _places_after(a, j)
        if places > j and places < len(a.toks) and a.toks[places].text in (",", ";", "và"):
            # "Ban Chủ nhiệm Đoàn Luật sư tỉnh Đắk Nông, tỉnh Bình Thuận và tỉnh Lâm Đồng
            # (cũ), Ban chấp hành …": one body's places, then the next name of the list
            out[-1] = _extend(a, out[-1], places)
            j = places
        if j < len(a.toks) and a.toks[j].text in (",", ";", "và") and a.actor_at(j + 1):
            nxt = a.actor_at(j + 1)
            if (
                nxt is not None
                and nxt.kind == "class"
                and out[-1].kind != "class"
                and a.toks[j].text == ","
                and not classes_go_on
                and not _list_goes_on(a, nxt)
            ):
                break
            actor = nxt
            continue
        if (
            j < len(a.toks)
            and a.toks[j].text == ":"
            and out[-1].kind == "class"
            and (nxt := a.actor_at(j + 1)) is not None
            and nxt.kind != "class"
        ):
            named = _actor_list(a, j + 1)
            return named
        break
    return out


def _list_goes_on(a: nlp.Analysis, nxt: nlp.Actor) -> bool:
    """A class after a named body and a comma continues the list of addressees when the list
    closes with "và" and another actor ("Yêu cầu Sở Xây dựng, các sở, ngành và UBND các xã
    liên quan xác định …"): the bodies a request names, one lead each."""
    toks = a.toks
    j = nxt.end
    if any(toks[k].lower == "và" for k in range(nxt.start, j)):
        return len(_split_class(a, nxt)) > 1  # the analyser read "các sở, ngành và UBND …"
    return j + 1 < len(toks) and toks[j].lower == "và" and a.actor_at(j + 1) is not None


def _places_after(a: nlp.Analysis, j: int) -> int:
    """Where a run of further places of the name ending at token ``j`` ends (", tỉnh Bình
    Thuận và tỉnh Lâm Đồng (cũ)"), ``j`` itself when none follows."""
    toks = a.toks
    end = k = j
    while k + 2 < len(toks) and toks[k].text in (",", "và"):
        n = _phrase_at(toks, k + 1, _STRUCT_PLACES)
        if not n or not toks[k + 1 + n].is_title or _inside_actor(a, k + 1):
            break
        k += 1 + n
        while k < len(toks) and toks[k].is_title and toks[k].is_word:
            k += 1
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
            k += 3  # "(cũ)"
        end = k
    return end


def _run_on(a: nlp.Analysis, j: int) -> int:
    """Where a name cut short at token ``j`` ends when a few plain words, then a separator
    and another actor follow (``j`` itself when not)."""
    toks = a.toks
    if j >= len(toks) or not toks[j].is_word:
        return j
    verbs = _verb_starts(a)
    k = j
    while (
        k < len(toks)
        and k - j < 6
        and toks[k].is_word
        and k not in verbs
        and toks[k].lower not in _NOT_IN_NAME
        and toks[k].lower not in _ADVERBS
        and not _inside_actor(a, k)
    ):
        k += 1
    if k > j and k + 1 < len(toks) and toks[k].text in (",", ";", "và") and a.actor_at(k + 1):
        return k
    return j


def _verb_starts(a: nlp.Analysis) -> frozenset[int]:
    return a.starts(nlp.VERB_LABELS)  # cached in the analysis


def _inside_actor(a: nlp.Analysis, i: int) -> bool:
    return any(x.start <= i < x.end for x in a.actors)


# The executing article of a decision: "A, B; C và D chịu trách nhiệm thi hành Quyết định này".
_EXECUTION_RE = re.compile(
    r"\s+(?:chịu|có)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?thi\s+hành\s+"
    r"(?:quyết\s+định|nghị\s+quyết|chỉ\s+thị|quy\s+định|quy\s+chế|hướng\s+dẫn|thông\s+tư)"
    r"\s+này",
    re.IGNORECASE,
)


def _execution_list(a: nlp.Analysis) -> tuple[list[nlp.Actor], int] | None:
    """The addressees of an executing article, one lead each: the list before "chịu trách
    nhiệm thi hành … này" split at ";", at "," before a capitalised actor head ("…, Giám đốc
    Sở Nội vụ"; not "các sở, ngành" nor "do Đảng, Nhà nước giao …") and at "và" before an
    actor head ("… và các đơn vị liên quan"), never inside brackets. The names run on over
    verbs and commas ("Chủ tịch các Hội do Đảng, Nhà nước giao nhiệm vụ …"), which the clause
    finders stop at."""
    m = _EXECUTION_RE.search(a.text)
    toks = a.toks
    if m is None or not toks or not _head_at(toks, 0):
        return None
    end = next((k for k, t in enumerate(toks) if t.start >= m.start()), len(toks))
    if end == 0 or any(t.text in (".", ":") for t in toks[:end]):
        return None
    cuts: list[int] = []
    depth = 0
    for k in range(1, end - 1):
        t = toks[k]
        depth = max(0, depth + (t.text == "(") - (t.text == ")"))
        if depth:
            continue
        nxt = toks[k + 1]
        before_head = bool(_head_at(toks, k + 1))
        if t.text == ";" or (before_head and (t.lower == "và" or (t.text == "," and nxt.is_title))):
            cuts.append(k)
    out: list[nlp.Actor] = []
    s = 0
    for c in [*cuts, end]:
        if c > s:
            head = _head_at(toks, s)
            if not head:
                return None
            words = toks[s:c]
            cls = any(t.lower in _CLASS_WORDS for t in words)
            kind = "class" if cls else (
                "person" if " ".join(t.lower for t in toks[s:head]) in _STRUCT_PERSONS
                else "named"
            )  # fmt: skip
            out.append(_span_actor(a, kind, s, c))
        s = c + 1
    return (out, end) if out else None


def _names_document(a: nlp.Analysis, ask: int) -> bool:
    """The segment opens with the document noun right before "yêu cầu" at ``ask`` (not "Tờ
    trình đề nghị …", "Hồ sơ đề nghị …": what a body asks its superior for)."""
    return 0 < ask <= 2 and all(t.is_word for t in a.toks[:ask]) and a.toks[ask].lower == "yêu"


# Leads of a segment by its text (``_find_leads`` reads only the analysis, a function of the
# text; the actors' names are quoted as written, so the written text is in the key too): a
# draft checked again while it is edited keeps most of its sentences. Bounded.
_LEADS: LRU[tuple[str, str], tuple[tuple[nlp.Actor, ...], str | None, int]] = LRU(4096)


def _find_leads(a: nlp.Analysis) -> tuple[list[nlp.Actor], str | None, int]:
    """Leads named in the segment itself, their role, and the token where the lead ends."""
    key = (a.text, a.original)
    got = _LEADS.get(key)
    if got is None:
        leads, role, end = _find_leads_uncached(a)
        if leads and role in ("subject", "shape") and ";" in a.text:
            # "Đảng viên … phải …; chi bộ thẩm tra …; đảng ủy cơ sở thẩm định …": a lead per
            # clause named by a Party actor phrase
            last = max(x.end for x in leads)
            leads = leads + [
                x for x in _later_party_leads(a, last, _verb_starts(a), commas=False)
                if x.text not in {y.text for y in leads}
            ]  # fmt: skip
        got = (tuple(leads), role, end)
        _LEADS.put(key, got)
    return list(got[0]), got[1], got[2]  # a new list: the caller may change it


def clear_caches() -> None:
    """Forget the leads and finished tasks kept between checks (the next extraction is cold)."""
    _LEADS.clear()
    _FINISHED.clear()


def _find_leads_uncached(a: nlp.Analysis) -> tuple[list[nlp.Actor], str | None, int]:
    toks = a.toks
    if "thi hành" in a.text.lower():
        execution = _execution_list(a)
        if execution is not None:
            return execution[0], "subject", execution[1]
    verbs = _verb_starts(a)
    partied = _party_subjects(a, verbs)
    if partied is not None:
        return partied[0], "subject", partied[1]
    pending: list[tuple[int, str, int]] = []  # requests whose addressee is no analyser actor
    for label, role in (("GIVE", "giao"), ("ASK", "de_nghi")):
        for h in a.of(label):
            if _inside_actor(a, h.start):
                continue
            before = " ".join(t.lower for t in toks[max(0, h.start - 2) : h.start])
            if (
                label == "ASK"
                and before.endswith(_REQUEST_NOUNS)
                and not _names_document(a, h.start)
            ):
                # "lập hồ sơ đề nghị Chủ tịch … tặng Bằng khen": a document to make; not an
                # item that names the document to issue ("a) Văn bản yêu cầu các hội: …
                # hoàn thành …"): its addressees do the work
                continue
            if before.endswith("được"):
                continue  # "người được giao phụ trách …", "nhiệm vụ được giao": passive
            subject = _subject_before_ask(a, h.start)
            if subject is not None:
                return [subject], "subject", subject.end
            j = h.end
            while j < len(toks) and toks[j].lower in ("cho", "đối", "với"):
                j += 1
            actors = _actor_list(a, j)
            if actors:
                return actors, role, actors[-1].end
            pending.append((h.start, role, j))
    asks = sorted(a.starts("GIVE") | a.starts("ASK"))
    for at, role, j in sorted(pending):
        own = _structural_subject(a)
        if (
            own is not None
            and own[1] == "subject"
            and own[2] < at
            and not any(own[2] <= k < at for k in asks)
        ):
            # "cấp ủy cấp dưới thảo luận, thống nhất đề nghị cấp ủy cấp trên …": the
            # request is the subject's own act
            return own[0], "shape", own[2]
        obj = _structural_object(a, j)
        if obj is not None:
            return obj[0], role, obj[1]
    topic = _topic_actor(a, verbs)
    if topic is not None:
        return [topic[0]], "subject", topic[1]
    termed = _term_subject(a, verbs) if "hạn" in a.text else None
    if termed is not None:
        return termed[0], "subject", termed[1]
    opened = _subject_after_opening(a, verbs)
    if opened is not None:
        return opened[0], "subject", opened[1]
    if a.actor_at(0) is None:
        # a subject the analyser does not take for a name, up to its predicate: "Đảng viên
        # được phân công có trách nhiệm …", "Cán bộ, nhân viên làm nhiệm vụ văn thư … có
        # trách nhiệm …", "Chánh văn phòng hoặc người được giao … chịu trách nhiệm …"
        phrase = _noun_phrase_subject(a, 0, verbs, weak=False)
        if phrase is not None:
            return _split_and(a, phrase[0]), "subject", phrase[1]
    topical = bool(_DOI_VOI.match(a.text)) and ":" in a.text
    # "Giúp Trưởng ban tổ chức, triển khai …", "Hỗ trợ Sở Nội vụ tổ chức …": an item opening
    # with a verb of helping names whom its doer helps, not the doer
    helping = _phrase_at(toks, 0, _HELPING)
    for actor in a.actors:
        if actor.start > 14 or (topical and ":" not in a.text[: actor.char_start]):
            break  # "Đối với các đảng viên …: Cấp ủy cấp trên cơ sở gửi …": a topic
        if helping and actor.start <= helping + 1:
            break
        if any(i in verbs or _inside_actor(a, i) for i in range(actor.start)):
            break
        subj = _subject_at(a, actor.start, verbs, opening=actor.start == 0)
        if (
            subj is not None
            and actor.start == 0
            and len(subj[0]) == 1
            and any(t.lower == "và" for t in toks[subj[1] : subj[1] + 16])
        ):
            # "Các thành viên Tổ giúp việc … và các tổ chức, cá nhân liên quan có trách nhiệm":
            # the clause's shape reads the whole subject, a list joined by "và"
            whole = _structural_subject(a)
            if (
                whole is not None
                and whole[1] == "subject"
                and len(whole[0]) > 1
                and whole[0][0].start == 0
                and whole[2] > subj[1]
            ):
                return whole[0], "subject", whole[2]
        if subj is not None and actor.start > 1 and toks[actor.start - 1].text == ",":
            # "Bên cạnh đó, các cấp, các ngành cần …": the list the analyser names in part
            whole = _structural_subject(a)
            if (
                whole is not None
                and whole[1] == "subject"
                and whole[2] == subj[1]
                and whole[0][0].start < actor.start
            ):
                return whole[0], "subject", whole[2]
        if subj is not None:
            first = subj[0][0]
            if (
                0 < first.start <= 4
                and _head_at(toks, 0)
                and all(
                    t.is_word and (t.is_title or (k > 0 and toks[k - 1].word == t.word))
                    for k, t in enumerate(toks[: first.start])
                )
            ):
                # the head the analyser left out ("Bộ Chỉ huy | quân sự tỉnh")
                first = nlp.Actor(
                    first.kind, 0, first.end, a.span_text(0, first.end), toks[0].start,
                    first.char_end,
                )  # fmt: skip
                return [first, *subj[0][1:]], "subject", subj[1]
            return subj[0], "subject", subj[1]
        listed = _class_list_subject(a, actor, verbs)
        if listed is not None:
            return [actor], "subject", listed
        break
    shaped = _structural_subject(a)
    then = _then_subject(a)
    if then is not None and (
        shaped is None
        or shaped[0][0].start < then[2]
        # (the shape's subject opens after the predicate of the one after "thì": a later
        # phrase of the main clause, "… thì lãnh đạo văn phòng thừa lệnh …, thủ trưởng …")
        or then[1] <= shaped[0][0].start
    ):
        # the subject of the main clause, not the condition's ("Nếu sao nhiều bản thì cơ
        # quan, tổ chức thực hiện …"); one the clause's shape finds after "thì" stays
        return then[0], "subject", then[1]
    if shaped is not None:
        # "shape": found by the clause's shape (callers read it as "subject", see extract)
        leads = shaped[0]
        if shaped[1] == "subject" and len(leads) == 1:
            leads = _split_and(a, leads[0])  # "bên bảo đảm và người giữ tài sản"
        return leads, "shape" if shaped[1] == "subject" else shaped[1], shaped[2]
    agent = _passive_agent(a)
    if agent is not None:
        return agent[0], "shape", agent[1]
    named = _named_subject(a)
    if named is not None:
        return [named], "shape", named.end
    duty = _duty_subject(a, verbs)
    if duty is not None:
        leads = _split_and(a, duty[0][0]) if len(duty[0]) == 1 else duty[0]
        return leads, "shape", duty[1]
    modal = _modal_subject(a)
    if modal is not None:
        return modal[0], "shape", modal[1]
    tagged = _pos_subject(a)
    if tagged is not None:
        return tagged[0], "shape", tagged[1]
    return [], None, 0


_HELPING = ("giúp", "giúp việc cho", "hỗ trợ")


# Round ten: the subject of a clause named by a Party actor phrase (linter/content/party.py) in
# lower case and with qualifiers no lexicon covers ("Cấp trên trực tiếp của tổ chức cơ sở đảng
# tiếp nhận …", "… thì ban thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng ra quyết
# định …", "Ban xây dựng đảng (hoặc ban tổ chức) đảng ủy cấp trên … căn cứ …"), then its
# predicate. Words that open no predicate after such a phrase (a copula, a passive, an aspect,
# a preposition that goes on with a qualifier).
_NOT_PARTY_PREDICATE = {
    "là", "có", "được", "bị", "đã", "đang", "sẽ", "không", "chưa", "vừa", "thuộc", "gồm",
    "còn", "theo", "tại", "của", "và", "hoặc", "với", "ở", "trong", "nơi", "về", "cho", "do",
    "mà", "thì", "nào", "này", "đó", "để", "từ", "đến", "như", "giao", "đề", "yêu", "kính",
}  # fmt: skip


def _party_predicate(
    a: nlp.Analysis, p: int, verbs: frozenset[int], *, tagged: bool, adjunct: bool = True
) -> int:
    """Where the predicate after a Party actor phrase ending at ``p`` starts, or -1: the word
    at ``p`` (or after an adjunct "khi …," set off by a comma: "Đảng viên sinh hoạt đảng tạm
    thời khi có đủ … năm tuổi đảng, làm tờ khai …") opens a predicate — a verb of the lexicon
    or of the closed list, a duty, "tự" before a verb, or (``tagged``) a word pyvi tags V."""
    toks = a.toks
    if adjunct and p < len(toks) and _phrase_at(toks, p, _ADJUNCT_OPEN):
        # the adjunct runs to the comma its predicate follows ("… khi có đủ 30, 40, 45 …
        # năm tuổi đảng, làm tờ khai …": not a comma inside a list of numbers)
        for k in range(p + 1, min(len(toks) - 1, p + 40)):
            if toks[k].text in (";", ":", "(", "."):
                return -1
            if toks[k].text == "," and not toks[k + 1].text.isdigit():
                return _party_predicate(a, k + 1, verbs, tagged=tagged, adjunct=False)
        return -1
    if p + 1 >= len(toks) or not toks[p].is_word or toks[p].is_title:
        return -1
    w = toks[p].lower
    if p in a.starts("RESP") or w in ("phải", "cần"):
        return p
    if w in _NOT_PARTY_PREDICATE or toks[p].text.isdigit():
        return -1
    if _phrase_at(toks, p, ("hoạt động", "bao gồm")):
        # "Ban Chấp hành hoạt động theo Quy chế …", "Các đảng bộ trực thuộc Trung ương bao
        # gồm …": how it works, what it is; no duty
        return -1
    if w == "tự" and (p + 1 in verbs or _phrase_at(toks, p + 1, _STRUCT_VERBS)):
        return p  # "Đảng viên tự đánh giá, …"
    if p in verbs or _phrase_at(toks, p, _STRUCT_VERBS):
        return p
    if toks[p - 1].text == ")" and w not in _DETERMINERS and toks[p + 1].is_word:
        # a bracket that closes the phrase closes the subject: "Cấp ủy cơ sở hoặc cấp ủy
        # cấp trên cơ sở (nơi không có đảng ủy cơ sở) đóng dấu giáp lai …"
        return p
    if not tagged:
        return -1
    words: list[str] = []
    for k in range(p, min(len(toks), p + 4)):
        if not toks[k].is_word:
            break
        if k > p and toks[k].word == toks[k - 1].word:
            words[-1] += "_" + toks[k].text
        else:
            words.append(toks[k].text)
    return p if pos.tags(tuple(words))[0] == "V" else -1


def _party_at(a: nlp.Analysis, s: int) -> int:
    """Where a Party actor phrase opening at token ``s`` (after at most one class word) ends,
    0 for none. A proper name stops the phrase ("Đảng ủy xã | Tân Hà"): no predicate follows
    it then, and the analyser reads the name."""
    toks = a.toks
    j = s + (s < len(toks) and toks[s].lower in _CLASS_WORDS)
    return party.party_phrase(toks, j)


def _party_subjects(a: nlp.Analysis, verbs: frozenset[int]) -> tuple[list[nlp.Actor], int] | None:
    """The Party actor phrases that open the clauses of the segment, each before its predicate.

    The main clause follows "thì" when the segment has one before its first ";" (what comes
    before is a condition: "Đảng viên chuyển sinh hoạt … thì cấp ủy …"); otherwise it starts
    the segment or follows the comma (or ";") that closes an opening of time or condition.
    The first of these starts that opens with a Party phrase decides: its predicate must
    follow, or the clause is left to the other readings. After it, each clause set off by ";"
    or "," that opens with another such phrase and its verb names a lead of its own
    (:func:`_later_party_leads`). The leads and where the first one ends."""
    toks = a.toks
    limit = min(len(toks), 90)
    firsts = party.FIRST_SYLLABLES
    if not any(toks[k].lower in firsts for k in range(limit)):
        return None
    semi = next((k for k in range(limit) if toks[k].text == ";"), limit)
    # a condition opening the segment runs to its "thì", over a ";" inside it ("Trường hợp
    # đảng viên chuyển đến …; cấp ủy … phát hiện …; kết nạp lại …, thì cấp ủy … dừng …")
    # (up to a ";" that opens another condition: "…; trường hợp đặc biệt thì …")
    reach = semi
    if _CONDITION_START.match(a.text):
        reach = next(
            (k for k in range(semi, limit) if toks[k].text == ";"
             and _CONDITION_START.match(a.text[toks[k].end :].lstrip())),
            limit,
        )  # fmt: skip
    then = next((k for k in range(reach) if toks[k].lower == "thì"), None)
    if then is not None:
        duty = a.starts("RESP")
        if any(k in duty or _phrase_at(toks, k, _STRUCT_MODALS_FIRST) for k in range(then)):
            then = None  # "…, cấp ủy cấp trên trực tiếp phải …, nếu thấy … thì …": a duty first
    if then is not None:
        starts = [_strip_term(a, then + 1, limit)]
    else:
        starts = [_strip_term(a, 0, limit)]
        at = 0
        # openings may follow one another: "Sau khi có quyết định của cấp ủy, định kỳ hằng
        # tháng, cơ quan tham mưu … thực hiện …"
        while at < limit and len(starts) < 4:
            rest = a.text[toks[at].start :]
            if not (_TIME_OPENING.match(rest) or _MODAL_OPENING.match(rest)):
                break
            close = next((k for k in range(at + 1, min(limit, semi + 1))
                          if toks[k].text in (",", ";")), None)  # fmt: skip
            if close is None:
                break
            starts.append(_strip_term(a, close + 1, limit))
            at = close + 1
    for s in starts:
        e = _party_at(a, s)
        if not e:
            continue
        # "Bí thư chi bộ hoặc phó bí thư chi bộ ký …", "chi bộ và đảng ủy cơ sở …": a list
        while e + 1 < limit and toks[e].lower in (",", "và", "hoặc"):
            f = _party_at(a, e + 1)
            if not f:
                break
            e = f
        if s == starts[0] and e + 1 < limit and toks[e].text == ":":
            # "- Cấp trên trực tiếp của tổ chức cơ sở đảng: Lập và gửi danh sách …": the
            # actor named before the colon of an item that goes on with its work
            q = e + 1
            if q in verbs or _phrase_at(toks, q, _STRUCT_VERBS):
                leads = _split_and(a, _span_actor(a, "class", s, e))
                return leads + _later_party_leads(a, q, verbs, commas=False), e
            return None
        p = _party_predicate(a, e, verbs, tagged=True)
        if p < 0 or _duty_later(a, p):
            # "Đảng viên chuyển sinh hoạt đảng tạm thời có trách nhiệm …": the verb qualifies
            # the subject; the readings that run to the duty find it whole
            return None
        leads = _split_and(a, _span_actor(a, "class", s, e))
        return leads + _later_party_leads(a, e, verbs, commas=True), e
    return None


def _duty_later(a: nlp.Analysis, p: int) -> bool:
    """A duty ("phải", "cần", "có trách nhiệm" …) follows the word at ``p`` in its clause
    (before a comma, a colon or a ";"), when ``p`` is no duty itself."""
    toks = a.toks
    if p in a.starts("RESP") or toks[p].lower in ("phải", "cần"):
        return False
    for k in range(p + 1, min(len(toks), p + 16)):
        if toks[k].text in (",", ";", ":", ".", "("):
            return False
        if k in a.starts("RESP") or (toks[k].lower in ("phải", "cần") and _whole_word(toks, k)):
            return True
    return False


def _later_party_leads(
    a: nlp.Analysis, e: int, verbs: frozenset[int], *, commas: bool
) -> list[nlp.Actor]:
    """The leads of the clauses after token ``e`` set off by ";" (or, with ``commas``, by ",")
    that each open with a Party actor phrase and its predicate: "Đảng viên được kết nạp lại phải
    làm bản kê khai …; chi bộ thẩm tra, báo cáo đảng ủy cơ sở; đảng ủy cơ sở thẩm định …", "…
    ra quyết định …, đảng ủy cơ sở nơi giao và nơi nhận lập biên bản …". A request ("; đề nghị
    …") ends the search; after a comma only a verb of the lexicon opens the predicate."""
    toks = a.toks
    limit = min(len(toks), 90)
    out: list[nlp.Actor] = []
    depth = 0
    chunk = e  # where the piece before the next comma or ";" starts
    for k in range(e, limit):
        t = toks[k].text
        if t in ("(", ")"):
            depth = max(0, depth + (1 if t == "(" else -1))
        if t == ":" and not depth:
            break  # "… đối với các trường hợp sau: Đảng viên bỏ sinh hoạt …; …": a list
        if depth or t not in (";", ",") or (t == "," and not commas):
            continue
        listed = t == "," and k > chunk and _party_at(a, chunk) == k
        chunk = k + 1
        if listed:
            continue  # "hướng dẫn đảng ủy cơ sở, chi ủy, chi bộ cơ sở … phối hợp": a list
        if k + 1 in a.starts("GIVE") or k + 1 in a.starts("ASK"):
            break
        f = _party_at(a, k + 1)
        while f and f + 1 < limit and toks[f].lower in ("và", "hoặc"):
            g = _party_at(a, f + 1)  # "; chi ủy hoặc chi ủy cơ sở viết …": a list
            if not g:
                break
            f = g
        if f and _party_predicate(a, f, verbs, tagged=t == ";") >= 0:
            out.append(_span_actor(a, "class", k + 1, f))
        elif t == ";":
            out.extend(_duty_clause(a, k + 1, verbs))
    return out


def _duty_clause(a: nlp.Analysis, c: int, verbs: frozenset[int]) -> list[nlp.Actor]:
    """The subject of a clause after ";" that opens with an actor head and runs to its own
    duty ("…; cấp ủy cấp trên trực tiếp nơi có chi bộ, đảng bộ được chuyển đến có trách nhiệm
    làm thủ tục tiếp nhận …"): a lead of its own. Not a duty to work with another ("… có
    trách nhiệm phối hợp"), nor in a sentence that names who leads ("chủ trì"), where the
    other bodies' duties support the lead's."""
    toks = a.toks
    if a.of("LEADV") or c >= len(toks):
        return []
    if not (party.head_at(toks, c) or _head_at(toks, c + (toks[c].lower in _CLASS_WORDS))):
        return []
    resp = a.starts("RESP")
    for d in range(c + 1, min(len(toks), c + 22)):
        x = toks[d]
        if x.text in (";", ":", ".", "(", ")"):
            return []
        if d in resp or (x.lower == "phải" and _whole_word(toks, d)):
            if toks[d - 1].lower in ("được", "giao", "và", "hoặc", ","):
                return []
            hit = next((h for h in a.of("RESP") if h.start == d), None)
            q = hit.end if hit is not None else d + 1
            if q >= len(toks) or _phrase_at(toks, q, ("phối hợp",)):
                return []
            if toks[q].lower in ("có", "là", "được", "bị", "đủ"):
                return []  # "các thành viên phải có năng lực …": a requirement, no work
            if not (q in verbs or _phrase_at(toks, q, _STRUCT_VERBS) or toks[q].lower in _ADVERBS):
                return []
            # (a clause bounded by ";" and its duty may name a long Party actor)
            found = _duty_phrase(a, c, d, longest=20)
            return found[0] if found is not None else []
    return []


# Round eight: the subject of a duty clause by the clause's structure, whatever words its
# qualifiers and its verb are. Heads of parties and persons that name an actor only as the
# subject of a duty ("Bên nhận bảo đảm mới phải …", "người giữ tài sản có trách nhiệm …"), with
# the words after them that make them something else ("bên cạnh", "người dân").
_DUTY_HEADS = ("bên", "người", "cá nhân", "lãnh đạo", "chi ủy")
_NOT_DUTY_HEAD_NEXT = {"cạnh", "trong", "ngoài", "kia", "này", "đó", "dân", "có", "được"}
_PERSON_DUTY_HEADS = {"người", "cá nhân", "lãnh đạo"}
# The duty that ends the subject: "phải", "cần", "có/chịu trách nhiệm", "có nhiệm vụ".
_DUTY_WORDS = ("phải", "cần", "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ", "có nghĩa vụ")
_DUTY_FIRST = {"phải", "cần", "có", "chịu", "thừa", "thay"}
# Acting for another body ends the subject as a duty does: "…, sau đại hội, lãnh đạo văn phòng
# cấp uỷ thừa lệnh ban thường vụ cấp uỷ … xác nhận chữ ký …" (not "người thay mặt …": a name).
_ON_BEHALF = ("thừa lệnh", "thay mặt", "thừa ủy quyền")
# An adjunct of time or condition between the subject and its duty ("Đảng viên dự bị … , khi
# hết thời hạn dự bị phải …", "Cán bộ … trước khi nghỉ hưu, thôi việc … phải bàn giao …").
_ADJUNCT_OPEN = ("khi", "trước khi", "sau khi", "nếu", "trong khi", "trong trường hợp")
_MODAL_OPENING = re.compile(r"^(?:sau|trước|trường\s+hợp|nếu)\b", re.IGNORECASE)


def _whole_word(toks: list[nlp.Tok], k: int) -> bool:
    """Token ``k`` is a word of one syllable (not "bị" of "dự bị")."""
    w = toks[k].word
    return (k == 0 or toks[k - 1].word != w) and (k + 1 == len(toks) or toks[k + 1].word != w)


def _modal_subject(a: nlp.Analysis) -> tuple[list[nlp.Actor], int] | None:
    """The noun phrase from a clause start to the clause's first duty, when its head names an
    actor, whatever the words between (round eight: the fallback when no other reading found a
    subject).

    The clause starts the segment, follows an opening clause of time or condition set off by a
    comma, or follows "thì" (:func:`_clause_starts`). Its subject runs from an actor head
    (:func:`_clause_head`) to the duty ("phải", "cần", "có trách nhiệm" …) over qualifiers the
    lexicon lacks ("Đảng viên dự bị sinh hoạt đơn lẻ ở ngoài nước", "Bên nhận bảo đảm mới");
    an adjunct of time or condition before the duty ("…, khi hết thời hạn dự bị phải …",
    "… trước khi nghỉ hưu, thôi việc … phải …") is not part of it."""
    toks = a.toks
    end = min(len(toks), 60)
    duty = None
    for k in range(1, end):
        t = toks[k]
        if t.text in (";", ":", ".", "?"):
            return None
        if t.lower not in _DUTY_FIRST or toks[k - 1].lower in ("được", "giao", "không", "chưa"):
            continue
        n = _phrase_at(toks, k, _DUTY_WORDS)
        if not n and _phrase_at(toks, k, _ON_BEHALF):
            if _phrase_at(toks, k - 1, _DUTY_HEADS):
                continue
            n = 2
        if (
            n == 3
            and toks[k + 1].lower == "nghĩa"
            and (
                (k + 3 < len(toks) and toks[k + 3].lower == "được")
                or _phrase_at(toks, k - 1, _DUTY_HEADS)
            )
        ):
            continue  # "người có nghĩa vụ (được bảo đảm)": the obligor, a name, no duty
        if n and (n > 1 or _whole_word(toks, k)):  # not "cần" of "cần thiết"
            duty = k
            break
    if duty is None or (duty + 1 < len(toks) and toks[duty + 1].lower == "được"):
        return None  # "… phải được kiểm kê": a passive about a thing
    for s, head, kind in _clause_subjects(a, duty):
        stop = duty
        for k in range(head, duty):
            if _phrase_at(toks, k, _ADJUNCT_OPEN):
                stop = k
                break
        for k in range(head, stop):
            if toks[k].lower == "bằng" and _whole_word(toks, k):
                # "bên đóng góp | bằng tài sản hoặc quyền sử dụng đất theo thỏa thuận phải
                # …": the means qualifies the party; the subject ends before it
                stop = k
                break
        while stop > head and (not toks[stop - 1].is_word or toks[stop - 1].lower in _POS_NP_STOP):
            stop -= 1  # "…, khi …", "Người yêu cầu đăng ký tự | chịu trách nhiệm"
        if any(
            toks[k].text == ","
            and not (_head_at(toks, k + 1) or _phrase_at(toks, k + 1, _DUTY_HEADS))
            for k in range(head, stop)
        ):
            continue  # a comma that does not list subjects ("…, lợi ích hợp pháp, chịu …")
        if stop - s > 20:
            continue
        if any(
            (toks[k].lower in _DUTY_SUBJECT_STOP and _whole_word(toks, k))
            or toks[k].text in (";", ":", "(", ")")
            for k in range(s, stop)
        ):
            continue  # (a stop word inside a word marks nothing: "Đảng viên dự bị")
        if stop < duty and any(toks[k].lower in ("thì", ";") for k in range(stop, duty)):
            continue
        actor = _span_actor(a, kind, s, stop)
        leads = _split_and(a, actor)
        if len(leads) == 1:
            # "Cán bộ, công chức, viên chức và người lao động trong cơ quan …": one lead before
            # "và" and a party or person head after it
            for k in range(stop - 2, head, -1):
                if toks[k].lower == "và" and _phrase_at(toks, k + 1, _DUTY_HEADS):
                    leads = [_span_actor(a, kind, s, k), _span_actor(a, "person", k + 1, stop)]
                    break
        return leads, stop
    return None


def _clause_starts(a: nlp.Analysis, end: int) -> list[int]:
    """Where the main clause may start before token ``end``: the segment's start, after an
    opening clause of time or condition set off by a comma (the first comma an actor head
    follows, before any "thì": a later one is inside a list or another clause, "…, Tỉnh ủy,
    Ủy ban nhân dân … đã chỉ đạo các sở, ban, ngành, địa phương tập trung …"), after "thì"."""
    toks = a.toks
    starts = [0]
    # an opening of time or condition only: after "Thực hiện …,", "Trên cơ sở …," a comma
    # more often separates the items of the work ("Thực hiện …, quản lý người …")
    opening = bool(_TIME_OPENING.match(a.text) or _MODAL_OPENING.match(a.text))
    for k in range(1, end):
        comma = opening and toks[k].text == ","
        if toks[k].lower == "thì" or (comma and _clause_head(a, k + 1, end) is not None):
            opening = False
            starts.append(k + 1)
    return starts


def _clause_subjects(a: nlp.Analysis, end: int) -> Iterator[tuple[int, int, str]]:
    """Each clause start before ``end`` (a term opening it left out) whose subject opens with
    an actor head: the start, where the head ends, the subject's kind."""
    for s in _clause_starts(a, end):
        s = _strip_term(a, s, end)
        got = _clause_head(a, s, end)
        if got is not None:
            yield s, *got


def _clause_head(a: nlp.Analysis, s: int, end: int) -> tuple[int, str] | None:
    """Where the actor head of a subject starting at ``s`` ends and the subject's kind, or None:
    a head of :data:`_STRUCT_HEADS` or of the lexicon, or a party or person noun of
    :data:`_DUTY_HEADS`, after at most two class words ("các", "mỗi" …)."""
    toks = a.toks
    j = s
    while j < end and toks[j].lower in _CLASS_WORDS and j - s < 2:
        j += 1
    if j >= end:
        return None
    if toks[s].lower in ("toàn", "cơ") and _phrase_at(toks, s, ("toàn bộ", "cơ sở")):
        return None  # "toàn bộ tiền và tài sản của quỹ", "Cơ sở pháp lý", "Cơ sở vật chất"
    if (
        j == s
        and toks[j].lower == "tổ"
        and _phrase_at(toks, j, ("tổ chức",))
        and not _phrase_at(toks, j, ("tổ chức đảng",))
    ):
        return None  # "Tổ chức hội nghị …": the verb, not the noun
    head = _head_at(toks, j) or max(
        (h.end for label in _HEAD_LABELS for h in a.of(label) if h.start == j), default=0
    )
    if head:
        return head, "person" if j in a.starts("PERSON") else "class"
    n = _phrase_at(toks, j, _DUTY_HEADS)
    nxt = toks[j + n].lower if j + n < len(toks) else ""
    if not n or nxt in _NOT_DUTY_HEAD_NEXT:
        return None
    words = " ".join(t.lower for t in toks[j : j + n])
    return j + n, "person" if words in _PERSON_DUTY_HEADS else "class"


# What the predicate found by its part of speech may not be: a copula, possession, a passive,
# an aspect or a negation (the clause then states a fact, not a duty).
_NOT_POS_PREDICATE = {
    "là", "có", "được", "bị", "đã", "đang", "sẽ", "không", "chưa", "vừa", "thuộc", "gồm",
    "còn", "theo", "tại",
}  # fmt: skip


_HEAD_LABELS = ("UNIT", "HEAD", "PERSON", "STANDALONE")
# Words a subject found by its tags does not run on over: a right or a passive ("có thể",
# "được"), a time ("mỗi năm", "hằng năm"), "tự".
_POS_NP_STOP = {"có", "được", "mỗi", "hằng", "hàng", "tự", "chỉ", "cùng"}
# A frequency opens the predicate as "định kỳ" does ("Ban thường vụ đảng ủy mỗi tháng họp …").
_FREQUENCY_OPENING = tuple(
    f"{w} {p}" for w in ("mỗi", "hằng", "hàng") for p in ("tuần", "tháng", "quý", "năm")
)


def _pos_subject(a: nlp.Analysis) -> tuple[list[nlp.Actor], int] | None:
    """The noun phrase from a clause start to the first word pyvi's tagger takes for a verb,
    when its head names an actor and the phrase is short (round eight: the fallback after
    :func:`_modal_subject`, for duties stated by a plain verb the lexicon lacks: "Cấp ủy khoá
    mới nhận bàn giao …", "…, đảng viên dự bị viết bản tự kiểm điểm …").

    The tags are corrected where they are known to fail on subjects: a capitalised word is part
    of a name ("Thường trực cấp ủy"), "cấp" is a noun ("cấp ủy cấp dưới"), and after a head that
    needs a name ("cơ quan", "bên", "người") a verb followed by another verb qualifies the head
    ("cơ quan đăng ký | trả kết quả"). An adverb of the closed list ("kịp thời", "chủ động" …)
    also opens the predicate. Only a few segments reach this (no other reading found a subject
    and an actor head opens a clause), so the tagger runs rarely."""
    toks = a.toks
    limit = min(len(toks), 60)
    end = next((k for k in range(limit) if toks[k].text in (";", ":", ".", "?", "!")), limit)
    for s, head, kind in _clause_subjects(a, end):
        words: list[str] = []
        firsts: list[int] = []
        for k in range(s, min(end, s + 24)):
            if k == s or toks[k].word != toks[k - 1].word or not toks[k].is_word:
                words.append(toks[k].text)
                firsts.append(k)
            else:
                words[-1] += "_" + toks[k].text
        tags = pos.tags(tuple(words))
        w0 = max(w for w, k in enumerate(firsts) if k < head)
        if tags[w0] == "V" and (s in a.starts("ACTION") or _phrase_at(toks, s, _STRUCT_VERBS)):
            continue  # "Tổ chức Lễ …": the verb, not the noun
        # a head that needs its name ("cơ quan", "bên", "người", "Văn phòng") and is not
        # followed by a proper name takes one qualifying verb, and only before another verb
        # ("cơ quan đăng ký | trả kết quả"; not "Bên | nhận bảo đảm …", "Người yêu cầu đăng ký
        # | thông báo …": the tags cannot tell where such a name ends)
        named = (
            _standing(toks, s, head)
            or _standing(toks, head - 1, head)
            or (head < end and toks[head].is_title)
            or s in a.starts("STANDALONE")  # "Ban thường vụ đảng ủy | mỗi tháng họp …"
        )
        pred = None
        qualified = False
        for w, k in enumerate(firsts):
            if k < head:
                continue
            t = toks[k]
            if t.text == ",":
                if _head_at(toks, k + 1) or _phrase_at(toks, k + 1, _DUTY_HEADS):
                    continue  # a list of subjects ("Cán bộ, đảng viên")
                break
            if _phrase_at(toks, k, _FREQUENCY_OPENING):
                pred = k  # "Ban thường vụ đảng ủy | mỗi tháng họp một lần": a frequency
                break
            if (
                not t.is_word
                or (t.lower in _MODAL_STOP and _whole_word(toks, k))
                or t.lower in _POS_NP_STOP
            ):
                break
            if not t.is_title and _phrase_at(toks, k, _STRUCT_MODALS):
                pred = k
                break
            if tags[w] != "V" or t.is_title or t.lower in _CLASS_NOUNS:
                continue
            if not named and not qualified and k == head and w + 1 < len(tags):
                qualified = tags[w + 1] == "V"
                if qualified:
                    continue  # "cơ quan đăng ký | trả kết quả"
            pred = k
            break
        if pred is None or pred == s or pred - s > 10 or pred + 2 > end:
            continue
        if toks[pred].lower in _NOT_POS_PREDICATE or not toks[pred - 1].is_word:
            continue
        after = firsts.index(pred) + 1
        if not named and not (qualified and after < len(tags) and tags[after] != "V"):
            continue
        if any(
            toks[k].lower in _NOT_POS_PREDICATE and _whole_word(toks, k)
            for k in range(pred + 1, min(end, pred + 3))
        ) or (
            any(
                _phrase_at(toks, k, ("là", "bao gồm", "gồm", "hoạt động"))
                for k in range(pred, min(end, pred + 10))
            )
            # "Người ký văn bản là người chịu trách nhiệm về …": a duty all the same
            and not any(pred < k < end for k in a.starts("RESP"))
        ):
            continue  # a fact, a definition or a right ("… được khai thác", "… bao gồm …")
        actor = _span_actor(a, kind, s, pred)
        return _split_and(a, actor), pred
    return None


def _class_list_subject(a: nlp.Analysis, actor: nlp.Actor, verbs: frozenset[int]) -> int | None:
    """Where the predicate starts after a list of classes opening the clause ("Các Bộ, cơ
    quan, địa phương | tải tài liệu …", "Các bộ, tỉnh | đăng nhập phần mềm …"), when the verb
    is one the lexicon lacks: a list of classes is a whole subject, so the lower-case word
    after it is its predicate. The list opens the segment or follows a short topic label
    ("Liệt kê tài liệu: Các cơ quan, địa phương liệt kê …"); None otherwise."""
    toks = a.toks
    i, j = actor.start, actor.end
    if i > 0 and not (toks[i - 1].text == ":" and i <= 8 and toks[0].is_word):
        return None
    if toks[i].lower not in _CLASS_WORDS or not any(toks[k].text == "," for k in range(i, j)):
        return None
    if j + 1 >= len(toks) or not toks[j].is_word or toks[j].is_title or toks[j].text.isdigit():
        return None
    if toks[j].lower in _NOT_IN_NAME or _head_at(toks, j) or _phrase_at(toks, j, _STRUCT_PLACES):
        return None
    if toks[j].lower in ("liên", "trực", "thuộc", "cấp", "trên", "có"):
        return None  # the list runs on: "… liên quan", "… trực thuộc", "… cấp tỉnh"
    return j


def _duty_subject(a: nlp.Analysis, verbs: frozenset[int]) -> tuple[list[nlp.Actor], int] | None:
    """The noun phrase before a duty ("có trách nhiệm", "chịu trách nhiệm") followed by its
    verb, whatever its head: "Lưu trữ cơ quan có trách nhiệm kiểm tra …", "Người được giao
    nhiệm vụ văn thư cơ quan chịu trách nhiệm kiểm tra …". Only a body or a person bears a
    duty, so the phrase is the subject unless it names a thing, a document or a time. The
    phrase opens the segment, or follows an opening clause set off by a comma or "thì"."""
    toks = a.toks
    depth = 0
    p = None
    resp = a.starts("RESP")
    for k, t in enumerate(toks[:40]):
        if t.text in ("(", ")"):
            depth = max(0, depth + (1 if t.text == "(" else -1))
        elif not depth and k in resp and k > 0 and toks[k - 1].lower not in ("được", "giao"):
            p = k
            break
        elif t.text in (";", ":") and not depth:
            return None
    if p is None:
        return None
    hit = next((h for h in a.of("RESP") if h.start == p), None)
    q = hit.end if hit is not None else p + 3
    if not (
        q < len(toks)
        and (q in verbs or _phrase_at(toks, q, _STRUCT_VERBS) or toks[q].lower in _ADVERBS)
    ):
        return None  # "làm việc có trách nhiệm": a manner, no duty
    if toks[p - 1].lower in ("và", "hoặc", ","):
        return None  # "Lưu trữ và có trách nhiệm …": verbs joined, no subject
    opening = bool(
        _OPENING_WORDS.match(a.text)
        or _CONDITION_START.match(a.text)
        or _OPENING_CLAUSE.match(a.text)
        or _TIME_OPENING.match(a.text)
    )
    if not opening:
        # the whole phrase, commas and all: "Người được giao giải quyết, theo dõi công việc
        # của cơ quan, tổ chức có trách nhiệm …"
        whole = _duty_phrase(a, 0, p)
        if whole is not None:
            return whole
    c = _strip_term(a, _boundary_before(toks, p, 0), p)
    if c > 0 and not (toks[c - 1].lower in (",", "thì") and opening):
        return None
    return _duty_phrase(a, c, p)


def _duty_phrase(
    a: nlp.Analysis, c: int, p: int, longest: int = 14
) -> tuple[list[nlp.Actor], int] | None:
    """The subject phrase ``[c, p)`` before a duty, when it names no thing, document or time
    and holds no clause of its own (at most ``longest`` words)."""
    toks = a.toks
    words = [k for k in range(c, p) if toks[k].is_word]
    if not words or len(words) > longest:
        return None
    first = c
    while first < p and toks[first].lower in _DETERMINERS:
        first += 1
    if first >= p or toks[first].lower in _THING_START or not toks[first].is_word:
        return None
    if toks[first].text.isdigit():
        return None
    depth = 0
    for k in range(c, p):
        x = toks[k]
        if x.text in ("(", ")"):
            depth = max(0, depth + (1 if x.text == "(" else -1))
        elif not depth and x.lower in _STRUCT_STOP and not (k > c and toks[k - 1].word == x.word):
            return None
    head = _head_at(toks, c)
    person = head and " ".join(t.lower for t in toks[first:head]) in _STRUCT_PERSONS
    kind = "person" if toks[first].lower == "người" or person else "class"
    pieces = _struct_pieces(a, c, p, set())
    if pieces is not None and len(pieces) > 1:
        return _struct_leads(a, pieces), p
    return [_span_actor(a, kind, c, p)], p


# Words that open a phrase naming a document or a thing, not a body.
_THING_START = {
    "kế", "quyết", "nghị", "thông", "luật", "chương", "đề", "công", "báo", "hồ", "văn", "dự",
    "danh", "quy", "hướng", "tờ", "chỉ", "điều", "khoản", "mục", "phụ", "biểu", "mẫu", "các",
    "những", "mỗi", "từng", "hằng", "hàng", "định", "trường", "nội", "việc", "thời", "trong",
}  # fmt: skip


def _named_subject(a: nlp.Analysis) -> nlp.Actor | None:
    """A body named by a proper name with no actor head, opening the segment and followed
    by a duty: "Quỹ Bảo trợ trẻ em tỉnh có trách nhiệm …", "Viettel Lâm Đồng phải …". The
    name opens with two capitalised words and runs with no verb, comma or clause word to a
    responsibility phrase or "phải"."""
    toks = a.toks
    s = 0
    if _OPENING_WORDS.match(a.text):
        # "Hằng năm, Quỹ … có trách nhiệm …", "Khi thay đổi trụ sở, Quỹ … phải …"
        s = next((k + 1 for k, t in enumerate(toks[:24]) if t.text == ","), 0)
    if len(toks) < s + 3 or not (toks[s].is_title and toks[s + 1].is_title):
        return None
    if toks[s].lower in _THING_START:
        return None
    verbs = _verb_starts(a)
    for k in range(s + 2, min(len(toks), s + 13)):
        if k in a.starts("RESP") or toks[k].lower == "phải":
            if k + 1 < len(toks) and toks[k + 1].lower == "được":
                return None  # "… phải được …": a rule about a thing
            return _span_actor(a, "named", s, k)
        t = toks[k]
        if k in verbs or t.lower in _STRUCT_STOP or (not t.is_word and t.text not in "()-"):
            return None
    return None


def _passive_agent(a: nlp.Analysis) -> tuple[list[nlp.Actor], int] | None:
    """The agent of a passive duty: "Danh sách … được các Hội công chứng viên gửi về …",
    "… do Sở Nội vụ chủ trì": an actor phrase after "được"/"do" and before an action verb
    (after "do", before "chủ trì"). Not what was done ("đã được … phê duyệt")."""
    toks = a.toks
    found = [
        k for k, t in enumerate(toks[:48]) if t.lower in ("được", "do") and _head_at(toks, k + 1)
    ]
    if not found:
        return None
    actions = {h.start for h in a.of("ACTION")}
    lead_verbs = a.starts("LEADV")
    preds = _struct_predicates(a)
    pset = set(preds)
    for k in found:
        t = toks[k]
        if any(x.lower in _NOT_BEFORE_AGENT for x in toks[:k]):
            return None  # what was or will be done, a definition ("Quỹ xã hội: là …")
        head = _head_at(toks, k + 1)
        end = next((p for p in preds if p >= head), None)
        if end is None or end - k > 12:
            continue
        if t.lower == "do":
            if end not in lead_verbs:
                continue
        else:
            # a class ("được các Hội công chứng viên gửi về …") or a name the analyser
            # knows, the action right after it; not the authority of a definition
            actor = a.actor_at(k + 1)
            # a duty in the passive ("Văn bản phải được Văn thư cơ quan trình …") names its
            # agent by any actor head
            duty = k > 0 and toks[k - 1].lower in ("phải", "cần")
            if end not in actions or not (
                toks[k + 1].lower in _CLASS_WORDS
                or (actor is not None and actor.end == end)
                or duty
            ):
                continue
        if any(toks[q].lower in ("thẩm", "được") for q in range(k + 1, end)) or any(
            x.lower in ("đã", "vừa", "đang") for x in toks
        ):
            continue
        pieces = _struct_pieces(a, k + 1, end, pset)
        if pieces:
            return _struct_leads(a, pieces), end
    return None


_NOT_BEFORE_AGENT = {"đã", "vừa", "đang", "sẽ", "bị", "là", ":"}


# Strong predicates after a subject: "có trách nhiệm", "chịu trách nhiệm", "chủ trì", "phải".
_MODALS = {"phải"}
# Words a subject noun phrase does not run on over (a clause of its own, a condition, a copula).
_NP_STOP = {
    "đã", "đang", "sẽ", "không", "chưa", "nếu", "vì", "thì", "là", "cần", "để", "khi", "mà",
    "do", "gồm", "như", "nào", "bị", "nhưng", "song",
}  # fmt: skip


def _predicate(a: nlp.Analysis, k: int) -> int:
    """How strongly token ``k`` marks the predicate after a subject noun phrase: 2 for a duty
    ("có trách nhiệm", "chịu trách nhiệm", "phải", "có nhiệm vụ"), 1 for "chủ trì" (also a
    modifier: "Cơ quan chủ trì tổ chức hội nghị có trách nhiệm …"), 0 for none. Not after
    "được"/"giao" ("Đơn vị hoặc cá nhân được giao chủ trì soạn thảo …")."""
    prev = a.toks[k - 1].lower if k > 0 else ""
    if prev in ("được", "giao"):
        return 0
    if (
        k in a.starts("RESP")
        or a.toks[k].lower in _MODALS
        or " ".join(t.lower for t in a.toks[k : k + 3]) == "có nhiệm vụ"
    ):
        return 2
    return 1 if k in a.starts("LEADV") else 0


# Heads that make a whole subject on their own, before any verb ("…, cấp ủy báo cáo …"); other
# heads need their name first ("cơ quan đăng ký", "Trung tâm đăng ký giao dịch, tài sản").
_SELF_STANDING = {
    "cấp ủy", "chi bộ", "đảng ủy", "đảng bộ", "tổ chức đảng", "đảng viên", "cán bộ",
    "công chức", "thành viên", "đồng chí", "đại biểu", "quỹ",
}  # fmt: skip


def _noun_phrase_subject(
    a: nlp.Analysis, i: int, verbs: frozenset[int], *, weak: bool
) -> tuple[nlp.Actor, int] | None:
    """A subject noun phrase from token ``i`` headed by a class, unit or Party body noun, in
    any case ("cấp ủy cấp trên trực tiếp …", "Đảng viên được phân công", "Cơ quan tham mưu
    về công tác tổ chức của cấp ủy"), up to its predicate.

    The phrase runs on to a duty ("có trách nhiệm", "chịu trách nhiệm", "phải", or "chủ trì"
    when no duty follows) over modifiers that may contain verbs ("được giao phụ trách …",
    "tham mưu về …"); with ``weak`` (after an opening clause) a short phrase may also end at
    the first action verb ("…, cấp ủy, chi bộ công an báo cáo …")."""
    toks = a.toks
    starts = a.starts("UNIT") | a.starts("HEAD") | a.starts("PERSON") | a.starts("STANDALONE")
    if i >= len(toks) or i not in starts or (i in verbs and i not in a.starts("UNIT")):
        return None
    if (
        i in a.starts("ACTION")
        and toks[i].lower == "tổ"
        and " ".join(t.lower for t in toks[i : i + 3]) != "tổ chức đảng"
    ):
        return None  # "Tổ chức hội nghị …": the verb, not the noun
    kind = "person" if i in a.starts("PERSON") else "class"
    head = max((h.end for label in ("UNIT", "HEAD", "PERSON", "STANDALONE") for h in a.of(label)
                if h.start == i), default=i + 1)  # fmt: skip
    standing = nlp.normalise(a.span_text(i, head)).lower() in _SELF_STANDING
    first_verb = None
    marks: list[tuple[int, int]] = []
    for k in range(i + 1, min(len(toks), i + 18)):
        t = toks[k]
        strength = _predicate(a, k)
        if strength:
            marks.append((strength, k))
            if strength == 2:
                break
        # "tổ chức" after a head that needs a name is a noun ("cơ quan tổ chức của cấp ủy"),
        # after a whole subject a verb ("chi bộ tổ chức phát thẻ")
        noun = k in a.starts("UNIT") and not standing
        if first_verb is None and (
            (k in verbs and not noun and toks[k - 1].lower != "được")
            or t.lower in ("phải", "có")
            or (t.lower == "sẽ" and k + 1 in verbs)  # "…, Trung tâm sẽ chủ trì …"
        ):
            first_verb = k
        if not (t.is_word or t.text == ",") or t.lower in _NP_STOP:
            break
    if marks:
        k = max(marks, key=lambda m: (m[0], -m[1]))[1]
        if toks[k - 1].is_word:
            return _span_actor(a, kind, i, k), k
        return None
    if not weak or first_verb is None or first_verb - i > 8 or not toks[first_verb - 1].is_word:
        return None
    if any(toks[k].lower in _NOT_IN_NAME - {"của"} for k in range(i, first_verb)):
        return None
    if first_verb <= head and not standing and toks[first_verb].lower != "sẽ":
        return None
    return _span_actor(a, kind, i, first_verb), first_verb


def _subject_before_ask(a: nlp.Analysis, ask: int) -> nlp.Actor | None:
    """The subject of "Ban thường vụ đảng ủy xét, đề nghị Ban Thường vụ Thành ủy tặng …": a
    body opening the sentence, then its own verb, then ", đề nghị": the request is the
    subject's act (it proposes to a higher body), not an address to the body after it."""
    toks = a.toks
    if ask < 3 or toks[ask - 1].text not in (",", "và") or not a.actors:
        return None
    first = a.actors[0]
    if first.start != 0 or first.end >= ask - 1:
        return None
    inner = {i for label in ("UNIT", "HEAD", "LEVEL") for h in a.of(label)
             for i in range(h.start, h.end)}  # fmt: skip
    end = first.end
    while end < ask - 1 and end in inner and toks[end].is_word:
        end += 1
    between = toks[end : ask - 1]
    if not between or len(between) > 6 or not all(t.is_word for t in between):
        return None
    if any(_inside_actor(a, i) for i in range(end, ask - 1)):
        return None
    return _extend(a, first, end) if end > first.end else first


_TIME_OPENING = re.compile(
    r"^(?:trong(?!\s+trường\s+hợp)|định\s+kỳ|hằng|hàng|sau\s+khi|khi|trước\s+khi|chậm\s+nhất|"
    r"quý|tháng)\b",
    re.IGNORECASE,
)
# Opening clauses before the subject: a time, a basis, a purpose or a condition ("Căn cứ Kế
# hoạch …, các cơ quan …", "Trên cơ sở …, Sở Tài chính …", "Trong thời hạn 07 ngày …, Ban
# Chủ nhiệm …").
_OPENING_CLAUSE = re.compile(
    r"^(?:căn\s+cứ|trên\s+cơ\s+sở|để|nhằm|thực\s+hiện|theo|trong\s+trường\s+hợp|trường\s+hợp|"
    r"nếu|năm\s+\d|từ|ngay\s+sau\s+khi)\b",
    re.IGNORECASE,
)


def _subject_after_opening(
    a: nlp.Analysis, verbs: frozenset[int]
) -> tuple[list[nlp.Actor], int] | None:
    """The subject after an opening clause set off by a comma: "Định kỳ hằng tháng hoặc đột
    xuất, cấp ủy, chi bộ công an báo cáo …", "Căn cứ Kế hoạch …, các cơ quan, đơn vị, địa
    phương trên địa bàn tỉnh xây dựng …", "Trong thời hạn 07 ngày làm việc kể từ ngày kết
    thúc Đại hội, Ban Chủ nhiệm Đoàn Luật sư … có trách nhiệm …"."""
    toks = a.toks
    heads = a.starts("UNIT") | a.starts("HEAD") | a.starts("PERSON") | a.starts("STANDALONE")
    time = bool(_TIME_OPENING.match(a.text))
    if not (time or _OPENING_CLAUSE.match(a.text)):
        return None
    for comma in range(1, min(len(toks) - 2, 40)):
        if toks[comma].text in (";", ":", ".") and not (
            toks[comma].text == "."
            and toks[comma - 1].text.isdigit()
            and toks[comma + 1].text.isdigit()
        ):  # not the point of "2.0"
            break
        if toks[comma].text != "," or _inside_actor(a, comma):
            continue
        start = comma + 1
        # the first noun phrase after a comma that can name a body is the subject or none is
        if a.actor_at(start) is not None:
            return _subject_at(a, start, verbs, opening=True)
        if start in heads:
            phrase = _noun_phrase_subject(a, start, verbs, weak=True)
            return (_split_and(a, phrase[0]), phrase[1]) if phrase is not None else None
    return None


def _subject_at(
    a: nlp.Analysis, i: int, verbs: frozenset[int], *, opening: bool
) -> tuple[list[nlp.Actor], int] | None:
    """The actors named at token ``i`` as the subject of the clause, and where they end."""
    toks = a.toks
    actors = _actor_list(a, i)
    if not actors:
        return None
    j = actors[-1].end
    # a name pyvi cut short ("Trung tâm Phục vụ | hành chính công tỉnh", "Ban Quản lý
    # | các khu công nghiệp Bình Thuận"): a few more words before the verb still belong
    # to the subject (not an adverb: "… UBND các xã, phường | định kỳ hằng tháng báo cáo")
    k = j
    # seven words for a subject that opens the clause, four further in ("… để khuyến
    # khích các tổ chức | cá nhân đủ điều kiện đăng ký …" is an object)
    run = 7 if opening else 4
    while (
        k < len(toks)
        and k - j < run
        and toks[k].is_word
        and k not in verbs
        and toks[k].lower not in _AFTER_SUBJECT
        and (
            toks[k].lower not in _NOT_IN_NAME
            or " ".join(t.lower for t in toks[k : k + 3]) == "và tương đương"
        )
    ):
        k += 1
    pair = " ".join(t.lower for t in toks[k : k + 2])
    if k > j and k < len(toks) and (k in verbs or pair in _NAME_END_ADVERBS):
        actors = [*actors[:-1], _extend(a, actors[-1], k)]
        j = k
    # "Sở Tư pháp: Chủ trì …" (a colon only after a subject that opens the sentence)
    colon = False
    while j < len(toks) and (toks[j].text == "," or (toks[j].text == ":" and i == 0)):
        colon = colon or toks[j].text == ":"
        j += 1
    if j < len(toks) and (j in verbs or toks[j].lower in _AFTER_SUBJECT):
        return actors, j
    if (
        j + 1 < len(toks)
        and toks[j].lower == "sẽ"
        and (j + 1 in verbs or _phrase_at(toks, j + 1, _STRUCT_VERBS))
    ):
        # "Căn cứ …, Bộ Nội vụ sẽ tiến hành rà soát …": the body's own commitment
        return actors, j
    if colon and any(v > j for v in verbs):
        # "7. Sở Tài chính: Trên cơ sở đề xuất …, thẩm định và tham mưu …": the body's duty
        # opens with a clause of its own
        return actors, j
    return None


def _term_subject(a: nlp.Analysis, verbs: frozenset[int]) -> tuple[list[nlp.Actor], int] | None:
    """The subject of a term's statement: "Thời hạn các bộ, tỉnh tổng hợp … chậm nhất là ngày
    19 tháng 12 năm 2025", "(3) Thời hạn báo cáo: Ủy ban nhân dân cấp tỉnh báo cáo Bộ Nội vụ …
    trước ngày 15/04 của năm sau" — the actor right after "Thời hạn" (or after its short label
    and colon), when its predicate follows it. "Thời hạn" opens the segment or follows a colon
    or a numbering label."""
    toks = a.toks
    for k in range(min(len(toks) - 3, 24)):
        if toks[k].lower != "thời" or toks[k + 1].lower != "hạn":
            continue
        if k > 0 and toks[k - 1].is_word and toks[k - 1].text != ":":
            return None
        j = k + 2
        colon = next((c for c in range(j, min(j + 5, len(toks))) if toks[c].text == ":"), None)
        if colon is not None:
            j = colon + 1
        if a.actor_at(j) is None:
            return None
        return _subject_at(a, j, verbs, opening=True)
    return None


def _topic_actor(a: nlp.Analysis, verbs: frozenset[int]) -> tuple[nlp.Actor, int] | None:
    """The body named before the colon of "Đối với Nhà đầu tư Dự án …: Khẩn trương nộp …"."""
    toks = a.toks
    if len(toks) < 4 or toks[0].lower not in ("đối", "về") or toks[1].lower not in ("với", "phía"):
        return None
    actor = a.actor_at(2)
    if actor is None or not toks[2].is_title:
        return None
    colon = next((i for i in range(actor.end, min(len(toks), actor.end + 16))
                  if toks[i].text == ":"), None)  # fmt: skip
    if colon is None or colon + 1 >= len(toks):
        return None
    if verbs & set(range(actor.end, colon)):
        return None
    # a verb or an adverb, not "Có kết quả …" (a criterion: "Đối với UBND cấp xã: Có kết quả
    # đánh giá đạt loại Tốt")
    nxt = toks[colon + 1].lower
    if not (colon + 1 in verbs or (nxt in _ADVERBS and nxt != "có")):
        return None
    return _extend(a, actor, colon), colon + 1


def _extend(a: nlp.Analysis, actor: nlp.Actor, end: int) -> nlp.Actor:
    """The actor with its name running on to token ``end`` (exclusive)."""
    return nlp.Actor(
        actor.kind, actor.start, end, a.span_text(actor.start, end), actor.char_start,
        a.toks[end - 1].end,
    )  # fmt: skip


# -- structural lead finder ---------------------------------------------------------------------
# A subject found by the shape of the clause, not by the body's name: the noun phrase before the
# clause's first predicate (a verb of a small closed vocabulary), accepted when its head noun is
# an actor head (a small closed list of nouns that name bodies, offices and people, in any case).
# It is tried when the lexicon-driven finders above find nothing.

# Head nouns of an actor noun phrase ("cấp ủy cấp trên trực tiếp …", "Viện …", "Đội ứng cứu …").
_STRUCT_HEADS = (
    "ủy ban", "ubnd", "hđnd", "ubmttq", "sở", "ban", "bộ", "phòng", "cục", "chi cục", "tổng cục",
    "trung tâm", "văn phòng", "thanh tra", "cơ quan", "đơn vị", "địa phương", "cấp ủy",
    "chi ủy", "chi bộ", "đảng ủy", "đảng bộ", "đảng đoàn", "ban cán sự", "tổ chức đảng",
    "tổ chức cơ sở đảng", "đảng viên", "cán bộ", "công chức", "viên chức", "chủ tịch",
    "phó chủ tịch", "giám đốc", "phó giám đốc", "thủ trưởng", "người đứng đầu",
    "chánh văn phòng", "trưởng ban", "trưởng phòng", "bí thư", "phó bí thư", "hội", "hiệp hội",
    "liên đoàn", "đoàn", "mặt trận", "công an", "quân sự", "quân ủy", "trường", "bệnh viện",
    "ngân hàng", "công ty", "tổ", "hội đồng", "ban chỉ đạo", "ban quản lý", "tỉnh ủy",
    "thành ủy", "huyện ủy", "kho bạc", "viện", "tòa án", "đài", "báo", "doanh nghiệp",
    "nhà đầu tư", "chủ đầu tư", "đội", "đồng chí", "thành viên", "cá nhân", "tổ chức",
    "bộ phận", "ngành", "đoàn thể", "thường trực", "chính phủ", "bộ trưởng", "thủ tướng",
    "đại biểu", "chủ nhiệm", "trưởng đoàn", "tổ trưởng", "cấp ủy viên", "ủy viên", "viễn thông",
    "ông", "bà", "bưu điện", "học viện", "đại học", "trạm", "kiểm lâm", "hải quan",
    "lực lượng", "cảnh sát", "đồn", "tập đoàn", "tổng công ty", "hợp tác xã", "trưởng",
    "phó trưởng", "văn thư", "thư ký", "đoàn viên", "hội viên", "chính quyền", "chi nhánh",
    "quỹ",
)  # fmt: skip
# Heads that name people: a lead of kind "person" when named.
_STRUCT_PERSONS = {
    "chủ tịch", "phó chủ tịch", "giám đốc", "phó giám đốc", "thủ trưởng", "người đứng đầu",
    "chánh văn phòng", "trưởng ban", "trưởng phòng", "bí thư", "phó bí thư", "bộ trưởng",
    "thủ tướng", "chủ nhiệm", "trưởng đoàn", "tổ trưởng",
}  # fmt: skip
_PERSON_HEADS = _STRUCT_PERSONS | {"trưởng", "phó trưởng", "phó thủ trưởng"}
# Words that may continue a list of classes after a comma ("các bộ, tỉnh", "tỉnh, thành phố").
_STRUCT_PLACES = (
    "tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị trấn", "đặc khu", "ngành",
)  # fmt: skip
# Predicates the lexicon's action verbs do not cover (the closed vocabulary of duties).
_STRUCT_VERBS = (
    "phải", "cần", "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ", "chủ động",
    "khẩn trương", "tiếp tục", "thường xuyên", "kịp thời", "định kỳ", "căn cứ", "thông tin",
    "quản lý", "thu hồi", "làm", "thảo luận", "cụ thể hóa", "phân công", "chỉ định", "nộp",
    "trả lời", "trao tặng", "tham dự", "xác định", "phản ánh", "bảo đảm", "đảm bảo",
    "hỗ trợ", "thi hành", "tiến hành", "soạn thảo", "phát hiện", "duy trì", "xem xét",
    "thống nhất", "kiểm soát", "chuyển", "lựa chọn", "phân loại", "sử dụng", "bảo quản",
    "lưu trữ", "cấp phát", "giúp",
)  # fmt: skip
# Predicates that open with a duty or an adverb: a bare head before one is the whole subject
# ("quỹ phải báo cáo", not "quỹ phải" + "báo cáo").
_STRUCT_MODALS = (
    "phải", "cần", "có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ", "chủ động",
    "khẩn trương", "tiếp tục", "thường xuyên", "kịp thời", "định kỳ", "căn cứ",
)  # fmt: skip
_STRUCT_MODALS_FIRST = _STRUCT_MODALS[:3]  # "phải", "cần", "có trách nhiệm"
# Nouns named by their function ("ban kiểm tra", "tổ công tác", "đoàn giám sát", "Hội đồng
# quản lý"): a verb right after one is part of the name. Prepositions before a verb make it a
# noun ("theo quy định", "về quản lý").
_NAMED_BY_FUNCTION = {"ban", "tổ", "đoàn", "đội", "phòng", "thư"}
# Words that make a head noun something else: "trường hợp", "hội nghị", "ban hành", "báo cáo".
_NOT_HEAD_NEXT = {
    "trường": {"hợp"}, "hội": {"nghị", "thảo", "thi", "đàm", "diễn", "họp", "nhập", "đủ"},
    "ban": {"hành", "đầu", "ngày", "đêm"}, "bộ": {"máy", "luật", "mặt"}, "đoàn": {"kết"},
    "đội": {"ngũ"}, "báo": {"cáo"}, "phòng": {"chống", "ngừa", ","}, "sở": {"hữu", "dĩ"},
    "cục": {"bộ"}, "viện": {"dẫn", "trợ"}, "tổ": {"quốc"}, "đài": {"thọ"},
    "quỹ": {"đất", "lương", "thời", "tiền", "nhà", "khen", "phúc", "dự", "tín", "bảo", "đầu"},
    "công": {"tác", "việc", "trình", "khai", "bố"},
}  # fmt: skip
_NOUN_MAKERS = {
    "được", "bị", "của", "các", "những", "ngày", "giờ", "theo", "về", "tại", "việc", "buổi",
    "cuộc",
}  # fmt: skip
_DETERMINERS = {"các", "những", "mỗi", "từng", "toàn", "tất", "cả", "thể"}
# Nouns that name actors only as a class after a determiner ("các cấp", "từng cấp").
_CLASS_NOUNS = {"cấp"}
# "… nhất là / đặc biệt là …" after a subject phrase singles out part of it.
_SINGLING_OUT = {"nhất", "biệt"}
_CLASS_WORDS = {"các", "những", "mỗi", "từng"}
_NP_BOUNDARY = {",", ";", ":", "thì", ".", "“", "”", '"'}
# What a subject noun phrase never contains (a clause of its own, a condition, a copula).
_STRUCT_STOP = {
    "đã", "đang", "sẽ", "không", "chưa", "nếu", "vì", "là", "để", "khi", "mà", "nhưng",
    "song", "gồm", "như", "bị", "nào", "do", "thì", "nhằm",
}  # fmt: skip
# What the subject before a duty never contains (see _modal_subject).
_MODAL_STOP = (_STRUCT_STOP - {"khi", "nếu"}) | {"bằng", "này"}
# Before a duty word, "đang" opens a relative inside the subject ("Bên nhận cầm cố đang giữ tài
# sản đó phải …", "người đang giữ tài sản bảo đảm có nghĩa vụ …"), not a predicate of its own.
_DUTY_SUBJECT_STOP = _MODAL_STOP - {"đang"}
# A counted term before the subject: "… thì trong thời hạn 30 ngày làm việc cấp ủy …".
_TERM_PREFIX = re.compile(
    r"^(?:(?:trong|chậm\s+nhất|sau)\s+(?:thời\s+hạn\s+|vòng\s+)?\d{1,3}\s+(?:\([^()]{1,12}\)\s+)?"
    r"(?:ngày|giờ|tháng)(?:\s+làm\s+việc)?\s*,?\s*)",
    re.IGNORECASE,
)


@cache
def _struct_table(words: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first syllable, longest first."""
    return party.phrase_table(tuple(nlp.normalise(w).lower() for w in words))


# The table of each phrase tuple by the tuple's identity: the tuples passed are module
# constants, literals or cached, and a lookup by value would hash the whole tuple at every
# token. An entry keeps its tuple alive, so its id is not reused for another while it is here.
_TABLE_BY_ID: dict[int, tuple[tuple[str, ...], dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _table_of(words: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    got = _TABLE_BY_ID.get(id(words))
    if got is not None and got[0] is words:
        return got[1]
    table = _struct_table(words)
    if len(_TABLE_BY_ID) < 256:
        _TABLE_BY_ID[id(words)] = (words, table)
    return table


def _phrase_at(toks: list[nlp.Tok], i: int, words: tuple[str, ...]) -> int:
    """Length (in syllables) of the longest phrase of ``words`` at token ``i``, 0 for none."""
    return party.longest_at(toks, i, _table_of(words))


def _struct_predicates(a: nlp.Analysis) -> list[int]:
    """Token indexes where a predicate may start, in order.

    Not inside a name (a capitalised word after the clause's first: "Ban Quản lý", "Sở Kế
    hoạch"), not after "được"/"bị"/"của" (a modifier: "đảng viên được phân công"), not
    "tổ chức" as a noun ("các tổ chức", "tổ chức đảng"), not "làm việc" after a unit of time."""
    toks = a.toks
    verbs = _verb_starts(a)
    table = _table_of(_STRUCT_VERBS)
    out: list[int] = []
    depth = 0
    for i, t in enumerate(toks):
        if t.text in ("(", ")"):
            depth = max(0, depth + (1 if t.text == "(" else -1))
        if i not in verbs and (t.lower not in table or not party.longest_at(toks, i, table)):
            continue  # (first: most tokens open no predicate)
        if depth or not t.is_word:
            continue  # not inside brackets: "(gồm: Văn phòng, … kiểm tra)"
        prev = toks[i - 1].lower if i > 0 else ""
        if t.is_title and i > 0 and toks[i - 1].is_word:
            continue
        if prev in _NOUN_MAKERS and i > 1 and toks[i - 2].word == toks[i - 1].word:
            prev = ""  # the last syllable of a word ("đảng viên dự bị | tổng hợp"), no marker
        if prev in _NOUN_MAKERS or (prev in _NAMED_BY_FUNCTION and i not in a.starts("RESP")):
            continue
        if t.lower == "tổ" and i + 1 < len(toks) and toks[i + 1].lower == "chức":
            nxt = toks[i + 2].lower if i + 2 < len(toks) else ""
            if nxt in ("đảng", "cơ", "chính", ",", "và", ";"):
                continue
        if _inside_actor(a, i):
            continue
        out.append(i)
    return out


def _relative_clause(toks: list[nlp.Tok], c: int, end: int) -> int | None:
    """Where a relative clause "nơi …" opens inside the subject phrase ``[c, end)`` after an
    actor head ("cấp ủy nơi đảng viên đang sinh hoạt và công tác", "chi bộ nơi đảng viên cư
    trú"), or None: a short clause with no punctuation of its own."""
    for k in range(c + 1, end):
        if toks[k].lower == "nơi":
            if not _head_at(toks, c) or end - k > 12 or end - k < 2:
                return None
            if any(not t.is_word for t in toks[k:end]):
                return None
            return k
    return None


def _head_at(toks: list[nlp.Tok], i: int) -> int:
    """Where the actor head of a phrase starting at ``i`` ends (after "các", "những" …), or 0."""
    j = i
    while j < len(toks) and toks[j].lower in _DETERMINERS and j - i < 3:
        if toks[j].lower == "toàn" and j + 1 < len(toks) and toks[j + 1].lower == "bộ":
            j += 1  # "toàn bộ" is "the whole" ("Toàn bộ hệ thống"), not a head "bộ"
        j += 1
    n = _phrase_at(toks, j, _STRUCT_HEADS)
    if not n and j > i and toks[j].lower in _CLASS_NOUNS and toks[j - 1].lower != "toàn":
        n = 1  # "các cấp, các ngành", "từng cấp": a class of levels or branches
    if n == 1 and j + 1 < len(toks) and toks[j + 1].lower in _NOT_HEAD_NEXT.get(toks[j].lower, ()):
        return 0
    return j + n if n else 0


def _struct_pieces(
    a: nlp.Analysis, start: int, end: int, preds: set[int], *, cont: bool = False
) -> list[tuple[int, int, str]] | None:
    """The pieces of a noun phrase ``[start, end)`` split at ",", ";", "và", "với" (with the
    separator before each), or None when a piece is not an actor phrase. With ``cont`` the
    phrase may continue a list named before it (its first piece may be a place: "thành phố")."""
    toks = a.toks
    pieces: list[tuple[int, int, str]] = []
    s, sep = start, ""
    depth = 0
    for k in range(start, end + 1):
        t = toks[k].text if k < end else ""
        if t == "(":
            depth += 1
        elif t == ")":
            depth = max(0, depth - 1)
        if k == end or (depth == 0 and toks[k].lower in (",", ";", "và", "với", "hoặc")):
            pieces.append((s, k, sep))
            if k < end:
                s, sep = k + 1, toks[k].lower
    # "Giám đốc Sở hoặc người được ủy quyền": a person designated as the alternative goes
    # with the piece before it
    merged: list[tuple[int, int, str]] = []
    for s, e, sep in pieces:
        if (
            sep == "hoặc"
            and merged
            and not _head_at(toks, s)
            and any(toks[k].lower == "được" for k in range(s, e))
        ):
            merged[-1] = (merged[-1][0], e, merged[-1][2])
        else:
            merged.append((s, e, sep))
    pieces = merged
    for n, (s, e, _sep) in enumerate(pieces):
        if e <= s or e - s > 16:
            return None
        if any(k in preds for k in range(s, e)):
            return None
        if any(
            toks[k].lower in _STRUCT_STOP
            and not (k > s and toks[k].is_title)
            and not (k > s and toks[k - 1].word == toks[k].word)  # "dự bị", "thiết bị"
            for k in range(s, e)
        ) and not (toks[s].text == "(" or any(toks[k].text == "(" for k in range(s, e))):
            return None
        if _head_at(toks, s):
            continue
        if (n > 0 or cont) and _phrase_at(toks, s, _STRUCT_PLACES):
            continue  # "các bộ, tỉnh", "Ủy ban nhân dân tỉnh, thành phố"
        return None
    return pieces


def _struct_leads(a: nlp.Analysis, pieces: list[tuple[int, int, str]]) -> list[nlp.Actor]:
    """One actor per lead: a new lead after ";", after "và"/"với" before a head, after ","
    before a capitalised head with a name ("…, Giám đốc Sở Nội vụ"); a class list ("các cấp
    ủy, tổ chức đảng, cơ quan") is one lead."""
    toks = a.toks
    groups: list[list[tuple[int, int, str]]] = []
    for s, e, sep in pieces:
        head = _head_at(toks, s)
        new = (
            not groups
            or sep == ";"
            or (sep in ("và", "với") and head)
            or (
                sep == ","
                and head
                and toks[s].is_title
                and e - s >= 3
                and head < e
                and not (
                    any(t.lower in _CLASS_WORDS for t in toks[s:e])
                    and " ".join(t.lower for t in toks[s:head]) not in _PERSON_HEADS
                )
            )  # not a class of bodies in the list ("…, Ủy ban nhân dân các cấp, …"); a
            # person over a class is one ("Chánh Văn phòng Sở, Trưởng các phòng …")
        )
        if new:
            groups.append([(s, e, sep)])
        else:
            groups[-1].append((s, e, sep))
    out: list[nlp.Actor] = []
    for g in groups:
        s, e = g[0][0], g[-1][1]
        words = [t for t in toks[s:e] if t.is_word]
        cls = any(t.lower in ("các", "những", "mỗi", "từng") for t in words)
        named = not cls and any(t.is_title for t in words[1:])
        head_end = _head_at(toks, s)
        head_words = " ".join(t.lower for t in toks[s:head_end])
        kind = "class" if not named else ("person" if head_words in _STRUCT_PERSONS else "named")
        out.append(_span_actor(a, kind, s, e))
    return out


_SCOPE = ("trong phạm vi", "theo chức năng", "theo phạm vi")
_SINGLED_OUT = ("nhất là", "đặc biệt là")
_SCOPE_FIRST = {"trong", "theo", "nhất", "đặc"}


def _scope_before(toks: list[nlp.Tok], p: int) -> int:
    """Where the subject phrase ends when a scope follows it before the predicate at ``p``
    ("Các bộ, … trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm"); ``p`` if none."""
    for k in range(p - 1, max(0, p - 16), -1):
        w = toks[k].lower
        if w in (";", ":", "."):
            break
        if w not in _SCOPE_FIRST:
            continue
        if _phrase_at(toks, k, _SINGLED_OUT) and k > 1:
            # "Chính quyền các cấp, nhất là người đứng đầu ở cơ sở cần …"
            return k - 1 if toks[k - 1].lower == "," else k
        if _phrase_at(toks, k, _SCOPE):
            # "Người đứng đầu cơ quan, tổ chức, trong phạm vi quyền hạn được giao có trách
            # nhiệm": the scope set off by a comma
            comma = k > 1 and toks[k - 1].text == ","
            b = _boundary_before(toks, k - 1 if comma else k, 0)
            if _head_at(toks, b) or _phrase_at(toks, b, _STRUCT_PLACES):
                return k - 1 if comma else k
    return p


def _boundary_before(toks: list[nlp.Tok], p: int, floor: int) -> int:
    """The first token of the phrase that ends before token ``p`` (after the last boundary)."""
    k = p - 1
    while k >= floor and toks[k].lower not in _NP_BOUNDARY:
        k -= 1
    return k + 1


def _strip_term(a: nlp.Analysis, c: int, p: int) -> int:
    """Skip a counted term opening the phrase ("trong thời hạn 30 ngày làm việc …")."""
    if c >= p:
        return c
    toks = a.toks
    text = a.text[toks[c].start : toks[p - 1].end]
    m = _TERM_PREFIX.match(text)
    if not m:
        return c
    at = toks[c].start + m.end()
    while c < p and toks[c].start < at:
        c += 1
    return c


def _structural_subject(a: nlp.Analysis) -> tuple[list[nlp.Actor], str, int] | None:
    """The subject of the segment by its shape: the actor phrase before a predicate, its role
    ("subject", or "giao"/"de_nghi" for the phrase after "Giao"/"Đề nghị" when pyvi took the
    verb into the next word) and where it ends.

    Predicates are tried in order. One at the start of the segment (nothing before it: the
    subject is left out) ends the search, unless the segment opens with a clause of time,
    basis or condition; one whose phrase is not an actor phrase (an opening clause, a list of
    objects) sends the search on to the next boundary; when the segment's own first phrase is
    no actor phrase, only the clause after "thì" may still have one ("Người vào Đảng … thì
    trong thời hạn 15 ngày làm việc cấp ủy có thẩm quyền … làm …")."""
    toks = a.toks
    preds = _struct_predicates(a)
    pset = set(preds)
    copula = _copula_subject(a, preds)
    if copula is not None:
        return copula
    opening = bool(_OPENING_WORDS.match(a.text))
    after_then = False
    # "Kính đề xuất UBND tỉnh chỉ đạo …": the verbs of the address are no predicate
    lead_in = _phrase_at(toks, 0, _ADDRESS_VERBS)
    for p in preds[:12]:
        if p < lead_in:
            continue
        colon = p > 0 and toks[p - 1].text == ":"
        end = _scope_before(toks, p - 1 if colon else p)
        c = _boundary_before(toks, end, 0)
        then = c > 0 and toks[c - 1].lower == "thì"
        if after_then and not then:
            continue
        if not then and any(t.lower in ("đã", "đang") for t in toks[:c]):
            continue  # "Đại hội đã biểu quyết …; Ban Kiểm tra …": what was done
        c = _strip_term(a, c, end)
        role = "subject"
        n = _phrase_at(toks, c, _ADDRESS_VERBS)
        if n and c + n < end:
            role = "giao" if toks[c].lower == "giao" else "de_nghi"
            c += n
        if c >= end:
            if c == 0 and not opening:
                return None  # the segment opens with its predicate: no subject of its own
            continue
        rel = _relative_clause(toks, c, end)
        if rel is not None and (
            toks[end - 1].lower in ("đang", "đã") or _head_at(toks, rel + 1) == end
        ):
            continue  # the verb of "… nơi đảng viên (đang) | sinh hoạt …", not the subject's
        head = _head_at(toks, c)
        modal = p in a.starts("RESP") or bool(_phrase_at(toks, p, _STRUCT_MODALS))
        if rel is not None:
            # "Cấp ủy, chi bộ nơi đảng viên đang làm việc | lập sổ …": the relative clause
            # belongs to the last piece
            pieces = _struct_pieces(a, c, rel, pset, cont=role == "subject")
            if pieces:
                pieces[-1] = (pieces[-1][0], end, pieces[-1][2])
        elif head == end and not toks[c].is_title and not _standing(toks, c, end) and not modal:
            # a bare head that needs a name takes the verb after it as its name ("cơ quan
            # đăng ký | tiếp nhận …"): the predicate is the next one, if it follows closely
            nxt = next((q for q in preds if q > p), None)
            if (
                nxt is None
                or nxt - p > 4
                or any(toks[k].lower in _NP_BOUNDARY for k in range(p, nxt))
            ):
                continue
            end = nxt
            pieces = [(c, end, "")]
        else:
            pieces = _struct_pieces(a, c, end, pset, cont=role == "subject")
        if pieces is not None:
            pieces, c = _extend_back(a, pieces, c, pset) if role == "subject" else (pieces, c)
        if pieces is None or not _head_at(toks, c):
            if c == 0 and not opening:
                after_then = True
            continue
        if colon and c != 0:
            continue  # "X: Verb" names the body only when X is the whole opening
        if role == "subject" and _object_of_preposition(a, c):
            continue  # "… phối hợp với Sở Xây dựng, …, Ban Quản lý dự án | đầu tư …"
        return _struct_leads(a, pieces), role, end
    return None


# A condition or a topic before "thì": "Nếu …", "Đối với …", "Trường hợp …", "Khi …".
_CONDITION_START = re.compile(
    r"^(?:[-–+•]\s*)?(?:nếu|đối\s+với|trường\s+hợp|trong\s+trường\s+hợp|khi|sau\s+khi|riêng)\b",
    re.IGNORECASE,
)
# Nouns of people that head a subject only where the clause needs one (after "thì"):
# "người thân trong gia đình", "người được giao …".
_THEN_PERSONS = ("người", "lãnh đạo")


def _then_subject(a: nlp.Analysis) -> tuple[list[nlp.Actor], int, int] | None:
    """The subject of the main clause after a condition or a topic closed by "thì".

    Vietnamese puts the condition first and marks the main clause with "thì": "Nếu sao nhiều
    bản thì cơ quan, tổ chức thực hiện …", "Đối với chi bộ không có con dấu riêng thì bí thư
    hoặc phó bí thư (nếu được phân công) thay mặt chi bộ ký …", "Đảng viên chuyển sinh hoạt …
    thì cấp ủy cấp trên trực tiếp … có trách nhiệm …". The subject is the noun phrase right
    after "thì" (an actor head, or a person noun), up to the main clause's predicate. The part
    before "thì" is a condition when it opens with a condition word or gives no duty itself
    (no "phải"/"có trách nhiệm", no request): otherwise the first clause is the task's."""
    toks = a.toks
    t = next((k for k, x in enumerate(toks[:80]) if x.lower == "thì"), None)
    if t is None or t < 2 or any(x.text in (";", ".") for x in toks[:t]):
        return None
    if not _CONDITION_START.match(a.text):
        duty = a.starts("RESP") | a.starts("ASK") | a.starts("GIVE")
        if any(k in duty or _phrase_at(toks, k, _STRUCT_MODALS_FIRST) for k in range(t)):
            return None
    s = _strip_term(a, t + 1, min(len(toks), t + 30))
    if s >= len(toks) or _phrase_at(toks, s, ("toàn bộ",)):
        return None  # "thì toàn bộ tiền và tài sản của quỹ …": a thing
    if a.actor_at(s) is not None:
        # a body by its name: the name is the subject, whatever verb follows ("… thì Văn
        # phòng đăng ký đất đai ghi …")
        actors = _actor_list(a, s)
        if not actors:
            return None
        j = actors[-1].end
        if j < len(toks) and (
            j in _verb_starts(a)
            or j in a.starts("RESP")
            or toks[j].lower in _AFTER_SUBJECT
            or _phrase_at(toks, j, _STRUCT_VERBS)
        ):
            return actors, j, t
        return None  # a name that runs on over a verb the lexicon lacks
    person = bool(_phrase_at(toks, s, _THEN_PERSONS))
    if not (_head_at(toks, s) or person):
        return None
    preds = sorted(
        {p for p in _struct_predicates(a) if p > s + 1}
        | {k for k in a.starts("RESP") if k > s + 1}
        # "… thì bí thư hoặc phó bí thư (nếu được phân công) thay mặt chi bộ ký …"
        # and "… thì lãnh đạo văn phòng thừa lệnh ban thường vụ … xác nhận …"
        | {k for k in range(s + 2, min(len(toks), s + 24)) if _phrase_at(toks, k, _ON_BEHALF)}
    )
    aside = _aside_after(toks, s)
    if aside is not None and not person and (not preds or preds[0] > aside[0]):
        # "… thì cấp ủy cấp trên trực tiếp (ở Trung ương là Bộ Chính trị, …) chuẩn y …": a
        # bracketed aside closes the subject; the word after it is the predicate
        pieces = _struct_pieces(a, s, aside[0], set())
        if pieces is not None:
            return _struct_leads(a, pieces), aside[1], t
    if not preds:
        return None
    p = preds[0]
    if (
        toks[p - 1].text == ","
        and _phrase_at(toks, p, ("tổ chức",))
        and any(q in (p + 2, p + 3) for q in preds)
    ):
        p = min(q for q in preds if q > p + 1)  # "cơ quan, tổ chức thực hiện …"
    head = _head_at(toks, s)
    if head == p and not toks[s].is_title and not _standing(toks, s, p):
        # a bare head named by the verb after it ("cơ quan | đăng ký chỉ từ chối …")
        nxt = next((q for q in preds if q > p), None)
        if nxt is None or nxt - p > 4:
            return None
        p = nxt
    if p - s > 22 or any(toks[k].text in (";", ".", ":") for k in range(s, p)):
        return None
    e = p
    while e > s and toks[e - 1].text == ",":
        e -= 1
    if e < p and not any(toks[k].text == "," for k in range(s, e)):
        return None  # "thì Văn phòng đăng ký đất đai ghi, cập nhật …": a verb the lexicon lacks
    pieces = None if person else _struct_pieces(a, s, e, {q for q in preds if q >= p})
    if pieces is not None:
        return _struct_leads(a, pieces), p, t
    # a phrase the pieces do not read ("người thân trong gia đình", "cấp ủy cấp trên … có
    # đảng viên chuyển đi"): one class, when nothing in it ends a noun phrase (a negation, a
    # clause word, "mới", "đối với", "cùng với") outside brackets
    depth, words = 0, 0
    for k in range(s, e):
        x = toks[k]
        if x.text in ("(", ")"):
            depth = max(0, depth + (1 if x.text == "(" else -1))
            continue
        if depth:
            continue
        words += x.is_word
        if x.lower in _STRUCT_STOP or x.lower in ("mới", "đối", "cùng"):
            return None
    if words > (5 if person else 16):
        return None
    return [_span_actor(a, "class", s, e)], p, t


def _aside_after(toks: list[nlp.Tok], s: int) -> tuple[int, int] | None:
    """A long bracketed aside a few words after token ``s`` followed by a lower-case word:
    where the bracket opens and the word after it, or None."""
    o = next((k for k in range(s + 1, min(len(toks), s + 8)) if toks[k].text == "("), None)
    if o is None or any(not toks[k].is_word for k in range(s, o)):
        return None
    depth = 0
    for k in range(o, min(len(toks), o + 60)):
        depth += (toks[k].text == "(") - (toks[k].text == ")")
        if depth == 0:
            if k - o < 8:
                return None  # a short qualifier belongs to the subject: "(nếu được phân công)"
            n = k + 1
            if (
                n < len(toks)
                and toks[n].is_word
                and not toks[n].is_title
                and toks[n].lower not in _NOT_IN_NAME
            ):
                return o, n
            return None
    return None


# Prepositions whose object a list of bodies may be: "phối hợp với A, B, C", "gửi cho A, B".
_LIST_PREPOSITIONS = {"với", "cho", "tới", "đến"}


def _object_of_preposition(a: nlp.Analysis, c: int) -> bool:
    """Whether the phrase at token ``c`` is a later member of a list of bodies that follows a
    preposition ("… phối hợp với Sở Xây dựng, Sở Nông nghiệp và Môi trường, Ban Quản lý dự
    án …"): an object, not the subject of the verb after it."""
    toks = a.toks
    if c == 0:
        return False
    clause = next((i + 1 for i in range(c - 1, -1, -1) if toks[i].text in (";", ":")), 0)
    at = toks[clause].start
    then = _CONSEQUENCE_RE.match(a.text[at:])
    if then is not None:
        at += (
            then.end()
            + len(a.text[at + then.end() :])
            - len(a.text[at + then.end() :].lstrip(" ,"))
        )
    if _OPENING_WORDS.match(a.text[at:]):
        # "Ngoài việc xét khen thưởng cho tổ chức đảng theo định kỳ, cấp ủy …", "Do đó, để
        # tạo điều kiện cho Đoàn Luật sư …, Sở Tư pháp tiếp nhận …": an opening clause
        return False
    k = c
    for _ in range(12):
        if k < 2 or toks[k - 1].text not in (",", "và"):
            break
        # the list member before the separator: back to the previous separator
        j = k - 2
        while (
            j > 0
            and toks[j - 1].text not in (",", ";", ":", ".")
            and toks[j - 1].lower != "và"
            and toks[j - 1].lower not in _LIST_PREPOSITIONS
        ):
            j -= 1
        if not (_head_at(toks, j) or a.actor_at(j) is not None) and not (
            j > 0 and toks[j - 1].lower == "và"  # "Sở Nông nghiệp và | Môi trường"
        ):
            return False
        k = j
        if k > 0 and toks[k - 1].lower in _LIST_PREPOSITIONS:
            break
    return k > 0 and toks[k - 1].lower in _LIST_PREPOSITIONS


_ADDRESS_VERBS = ("giao", "đề nghị", "yêu cầu", "kính đề nghị", "kính đề xuất")
# The duties an introduction gives its subject.
_INTRO_DUTY = ("có trách nhiệm", "chịu trách nhiệm", "có nhiệm vụ", "nhiệm vụ , quyền hạn")


def _copula_subject(a: nlp.Analysis, preds: list[int]) -> tuple[list[nlp.Actor], str, int] | None:
    """ "Sở Nội vụ là cơ quan thường trực của Hội đồng, có trách nhiệm …": an actor phrase
    opening the segment, "là" and what it is, then a duty as the first predicate: the phrase
    before "là" is the subject."""
    toks = a.toks
    if not _head_at(toks, 0):
        return None
    cop = next((k for k, t in enumerate(toks[:24]) if t.lower == "là"), None)
    if cop is None or cop < 1 or toks[cop - 1].lower in _SINGLING_OUT:
        return None
    duty = next((p for p in preds if p > cop), None)
    if duty is None or duty - cop > 20 or any(p < cop for p in preds):
        return None
    if not (duty in a.starts("RESP") or _phrase_at(toks, duty, _STRUCT_MODALS)):
        return None
    if any(t.lower in (";", ":", ".") for t in toks[cop:duty]):
        return None
    pieces = _struct_pieces(a, 0, cop, set(preds))
    if pieces is None:
        return None
    return _struct_leads(a, pieces), "subject", cop


def _split_and(a: nlp.Analysis, actor: nlp.Actor) -> list[nlp.Actor]:
    """A subject phrase naming two actors joined by "và" ("tổ chức đảng và đảng viên"), as the
    shape finder splits it; the phrase itself otherwise."""
    if not any(a.toks[k].lower == "và" for k in range(actor.start, actor.end)):
        return [actor]
    pieces = _struct_pieces(a, actor.start, actor.end, set())
    leads = _struct_leads(a, pieces) if pieces is not None else []
    if len(leads) >= 2:
        return [replace(x, kind=actor.kind) for x in leads]
    # "bên bảo đảm và người giữ tài sản": a party or person noun after "và" heads a second
    # subject (round eight)
    toks = a.toks
    for k in range(actor.end - 2, actor.start + 1, -1):
        if toks[k].lower == "và" and _phrase_at(toks, k + 1, _DUTY_HEADS):
            if _clause_head(a, actor.start, k) is None:
                break
            return [
                _span_actor(a, actor.kind, actor.start, k),
                _span_actor(a, "person", k + 1, actor.end),
            ]
    return [actor]


def _standing(toks: list[nlp.Tok], start: int, end: int) -> bool:
    """The head alone makes a subject ("cấp ủy", "đảng viên"; not "cơ quan", "đơn vị")."""
    return " ".join(t.lower for t in toks[start:end]) in _SELF_STANDING


def _extend_back(
    a: nlp.Analysis, pieces: list[tuple[int, int, str]], c: int, pset: set[int]
) -> tuple[list[tuple[int, int, str]], int]:
    """Earlier pieces of the same list, back over commas ("các tổ chức, cơ quan, đơn vị",
    "Ủy ban nhân dân tỉnh, thành phố"), then the list from its first actor head."""
    toks = a.toks
    while c > 1 and toks[c - 1].lower in (",", ";"):
        b = _boundary_before(toks, c - 1, 0)
        more = _struct_pieces(a, b, c - 1, pset, cont=True)
        if more is None:
            break
        pieces = [*more, (c, pieces[0][1], toks[c - 1].lower), *pieces[1:]]
        c = b
    while pieces and not _head_at(toks, pieces[0][0]):
        pieces = pieces[1:]
    if pieces:
        s, e, _ = pieces[0]
        pieces[0] = (s, e, "")
        c = s
    return pieces, c


_OPENING_WORDS = re.compile(
    r"^(?:sau\s+khi|khi|để|nhằm|nếu|trường\s+hợp|trong|trên\s+cơ\s+sở|căn\s+cứ|đối\s+với|theo|"
    r"thực\s+hiện|hằng|hàng|định\s+kỳ|từ|ngay|đến|qua|cùng\s+với|ngoài|bên\s+cạnh|với)\b",
    re.IGNORECASE,
)


def _structural_object(a: nlp.Analysis, j: int) -> tuple[list[nlp.Actor], int] | None:
    """The addressee after "giao/đề nghị/yêu cầu" by its shape: an actor phrase up to the next
    predicate ("Giao ban thường vụ cấp ủy cấp tỉnh lãnh đạo …")."""
    toks = a.toks
    if not _head_at(toks, j):
        return None
    preds = [p for p in _struct_predicates(a) if p > j]
    if not preds:
        return None
    end = preds[0]
    stop = next((k for k in range(j, end) if toks[k].lower in _STRUCT_STOP), end)
    end = min(end, stop)
    while end > j and not toks[end - 1].is_word:
        end -= 1
    if end <= j:
        return None
    pieces = _struct_pieces(a, j, end, set(preds))
    if pieces is None:
        return None
    return _struct_leads(a, pieces), end


def _co_workers(a: nlp.Analysis, lead_ends: set[int]) -> tuple[list[nlp.Actor], int]:
    toks = a.toks
    out: list[nlp.Actor] = []
    last = 0
    for h in a.of("COORD"):
        if _inside_actor(a, h.start):
            continue
        prev = toks[h.start - 1].lower if h.start > 0 else ""
        # "…, phối hợp với …", "Khẩn trương phối hợp …" (not "… gửi Sở Tư pháp … để phối hợp
        # với Sở Nội vụ …": the purpose of another body)
        if not (
            h.start == 0
            or prev in (",", ";")
            or h.start in lead_ends
            or " ".join(t.lower for t in toks[: h.start]) in _OPENING_ADVERBS
        ):
            continue
        j = h.end
        while j < len(toks) and toks[j].lower in ("với", "chặt", "chẽ", "cùng"):
            j += 1
        actors = _actor_list(a, j, classes_go_on=True)
        if actors:
            out.extend(x for x in actors if x.text not in {o.text for o in out})
            last = max(last, actors[-1].end)
    return out, last


def _phrase(a: nlp.Analysis, start: int, limit: int = 12) -> tuple[str, int]:
    """Text from token ``start`` to the end of its clause (at most ``limit`` syllables)."""
    toks = a.toks
    j = start
    words = 0
    while j < len(toks):
        t = toks[j]
        if t.text in (";", ".", ":", "(") or (t.text == "," and words >= 4):
            break
        if t.is_word:
            words += 1
            if words > limit:
                break
        j += 1
    return a.span_text(start, j), j


@cache
def _not_products() -> tuple[str, ...]:
    """Phrases that open with a product noun and name no deliverable (from the lexicon)."""
    return tuple(nlp.lexicon()["products"].get("not_products", ()))


@cache
def _product_context() -> tuple[frozenset[str], frozenset[str]]:
    """Words after / before a product hit that make it something else (from the lexicon)."""
    lex = nlp.lexicon()["products"]
    return frozenset(lex["not_after"]), frozenset(lex["not_before"])


def _recurring(toks: list[nlp.Tok]) -> bool:
    """The segment says "định kỳ"."""
    return any(t.lower == "định" and i + 1 < len(toks) and toks[i + 1].lower == "kỳ"
               for i, t in enumerate(toks))  # fmt: skip


# Words that end a product's name: a clause word, a modal, a negation or a particle is no
# part of it ("hệ thống | phải được …", "kế hoạch | không phù hợp", "dự toán kinh phí | thì …",
# "báo cáo kết quả Đại hội | kèm theo …").
_PRODUCT_END = frozenset(
    ("trước", "trong", "chậm", "để", "theo", "và", "của", "về", "phải", "được", "không", "chưa",
     "thì", "là", "bị", "cần", "sẽ", "đã", "đang", "mà", "nhằm", "kèm", "tại")
)  # fmt: skip
# Words a product's name does not end with (its window ran into the next phrase).
_PRODUCT_TAIL = frozenset(("cho", "có", "do", "trên", "hoặc", "nhưng", "với", "đối", "bằng", "từ"))
# After a product noun: a modal, a negation or a copula makes it the subject of a statement.
_NOT_IN_PRODUCT = frozenset(("phải", "không", "chưa", "cần", "là", "bị"))


def _product(a: nlp.Analysis, start_tok: int) -> str | None:
    not_after, not_before = _product_context()
    toks = a.toks
    verbs = _verb_starts(a)
    generic = {(h.start, h.end) for h in a.of("PRODUCT_GENERIC")}
    escal = a.starts("ESCALATION")
    for h in sorted(a.of("PRODUCT"), key=lambda h: (h.start, -(h.end - h.start))):
        if h.start < start_tok or _inside_actor(a, h.start):
            continue
        if _phrase_at(toks, h.start, _not_products()):
            continue  # "hệ thống chính trị": the political system, nothing made
        nxt = toks[h.end].lower if h.end < len(toks) else ""
        nxt2 = " ".join(t.lower for t in toks[h.end : h.end + 2])
        prev = toks[h.start - 1].lower if h.start > 0 else ""
        prev2 = " ".join(t.lower for t in toks[max(0, h.start - 2) : h.start])
        if nxt in not_after or nxt2 in not_after or prev in not_before or prev2 in not_before:
            continue
        if h.text.lower() == "quy định" and _in_basis(toks, h.start, verbs):
            continue  # "theo thẩm quyền và quy định pháp luật": what the work follows
        before = " ".join(t.lower for t in toks[max(0, h.start - 4) : h.start])
        if prev == "được" or _in_side_clause(toks, h.start) or before.endswith(_FOLLOW_UP):
            # "được quy định như sau" (a verb); "Sau khi có quyết định phát thẻ …, chi bộ …",
            # "Trên cơ sở đề xuất … dự toán kinh phí …, thẩm định …": what the work starts
            # from, not what it produces
            continue
        if nxt and (nxt[0].isdigit() or _DIGIT.match(nxt)):
            continue
        if _describes_person(toks, h.start):
            continue  # "xác nhận chữ ký của người thay mặt …, trưởng ban … ký văn bản"
        if h.text.lower() == "báo cáo" and nxt == "với" and not _recurring(toks):
            # "báo cáo với cấp ủy … để xin gia hạn": to inform someone, not a report ("báo
            # cáo với chi bộ theo định kỳ" is one)
            continue
        if nxt == "và" and h.end + 1 in verbs and not prev:
            continue  # "Quyết định và thông báo thời gian …": two verbs opening the item
        if (
            h.text.lower() == "quy định"
            and nxt in ("", ".", ";", "tại")
            and h.start > 0
            and toks[h.start - 1].is_word
            and prev not in _DETERMINERS
            and h.start - 1 not in verbs
        ):
            continue  # "bảo đảm đúng nguyên tắc, thủ tục quy định", "nhiệm vụ, quyền hạn
            # quy định tại các điểm …": the prescribed ones
        if (h.start, h.end) in generic and (
            not nxt
            or not toks[h.end].is_word
            or nxt in ("theo", "và", "đúng", "bảo", "đảm", "trước", "sau", "khi")
        ):
            continue
        if (
            h.text.lower() == "báo cáo"
            and any(h.end <= e <= h.end + 8 for e in escal)
            and not _recurring(toks)
        ):
            continue
        if nxt in _NOT_IN_PRODUCT and _whole_word(toks, h.end) and (h.start, h.end) in generic:
            continue  # "hệ thống phải được xây dựng …": a thing required, no product
        # a capitalised document noun followed by a verb names its document by its work
        # ("ban hành Kế hoạch nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2026")
        titled = toks[h.start].is_title and h.start > 0 and toks[h.start - 1].is_word
        limit = 10 if titled and h.end in verbs else 6
        j = h.end
        while (
            j < len(toks)
            and j - h.end < limit
            and toks[j].is_word
            and (j not in verbs or limit == 10)
            and not (toks[j].lower in _PRODUCT_END and _whole_word(toks, j))
            and not (limit == 10 and toks[j].lower in _CLASS_WORDS)
        ):
            j += 1
        if j - h.end == limit:
            while j > h.end and j < len(toks) and toks[j].word == toks[j - 1].word:
                j -= 1  # not half a word ("báo cáo Ủy ban nhân dân tỉnh kết")
        while j > h.end and toks[j - 1].lower in _PRODUCT_TAIL and _whole_word(toks, j - 1):
            j -= 1  # a name ends in no preposition ("hồ sơ thủ tục hành chính | cho")
        return a.span_text(h.start, j)
    m = None
    if _DIGIT.search(a.text):  # both need a digit, a target also "%"
        m = _NUMBER_TARGET.search(a.text) if "%" in a.text else None
        m = m or _COUNTED_OUTPUT.search(a.text)
    if m and not _REACHED.search(a.text, 0, m.start()):
        return m.group(0)
    return None


def _describes_person(toks: list[nlp.Tok], i: int) -> bool:
    """Token ``i`` is inside a phrase describing a person after "của người" ("chữ ký của người
    thay mặt đoàn chủ tịch, …, trưởng ban kiểm phiếu ký văn bản"): what that person signs or
    makes is not the task's product. The phrase runs to ";", "." or ":" only."""
    for k in range(i - 1, max(-1, i - 30), -1):
        if toks[k].text in (";", ".", ":"):
            return False
        if toks[k].lower == "người" and k > 0 and toks[k - 1].lower == "của":
            return True
    return False


def _in_basis(toks: list[nlp.Tok], i: int, verbs: frozenset[int]) -> bool:
    """Token ``i`` is inside a phrase of basis opened by "theo" a few words before it, with
    no verb or punctuation between ("theo thẩm quyền và quy định pháp luật")."""
    for k in range(i - 1, max(-1, i - 6), -1):
        t = toks[k]
        if not t.is_word or k in verbs:
            return False
        if t.lower == "theo":
            return k < i - 1
    return False


# "… gửi Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh": the receiving body's follow-up.
_FOLLOW_UP = ("để tổng hợp ,", "để tổng hợp", "để tổng hợp và")
# Clauses that state what the work starts from or when, not what it produces.
_SIDE_CLAUSE = ("sau khi", "căn cứ", "trên cơ sở", "thực hiện", "khi", "trường hợp", "nếu")


def _in_side_clause(toks: list[nlp.Tok], i: int) -> bool:
    """Token ``i`` lies in a clause (after ',', ':' or ';') opened by "Sau khi", "Căn cứ",
    "Trên cơ sở" …"""
    start = next((k + 1 for k in range(i - 1, -1, -1) if toks[k].text in (",", ":", ";", ".")), 0)
    words = " ".join(t.lower for t in toks[start : start + 3])
    return any(words == w or words.startswith(w + " ") for w in _SIDE_CLAUSE)


def _report(a: nlp.Analysis) -> ReportDuty | None:
    toks = a.toks
    reports = [h for h in a.of("ACTION") + a.of("PRODUCT") if h.text.lower() == "báo cáo"]
    if not reports:
        return None
    objs = a.starts("REPORT_OBJ")
    escal = a.starts("ESCALATION")
    periodic = "định kỳ" in a.text.lower()
    duty = None
    for h in reports:
        near = range(h.end, min(len(toks), h.end + 10))
        if any(i in escal for i in near) and not periodic:
            continue
        if any(i in objs for i in near) or periodic:
            duty = h
            break
    if duty is None:
        return None
    recipient = None
    for actor in a.actors:
        if actor.start < duty.end - 3:
            continue
        prev = " ".join(t.lower for t in toks[max(0, actor.start - 2) : actor.start])
        if actor.start == duty.end or prev.endswith(("về", "gửi", "lên", "cho", "báo cáo")):
            recipient = actor.text
            break
    channel = None
    for h in a.of("CHANNEL"):
        if h.text.lower() == "qua":
            nxt = a.actor_at(h.end)
            if nxt is None:
                nxt_text = a.span_text(h.end, min(len(toks), h.end + 4))
                if not re.match(
                    r"(?i)(hệ thống|phần mềm|hộp thư|thư điện tử|email|mạng)", nxt_text
                ):
                    continue
                channel = "qua " + nxt_text
            else:
                channel = "qua " + nxt.text
        else:
            channel = h.text
        break
    return ReportDuty(recipient, channel)


def _slogan(a: nlp.Analysis, named: bool, product: str | None, deadline: Deadline) -> bool:
    if named or product or deadline.concrete:
        return False
    if _CHECKABLE_NUMBER.search(_REFERENCE.sub(" ", a.text)):
        return False
    return bool(a.of("SLOGAN"))


# Before a resource word: what it is not ("dự án … ngoài ngân sách", "không sử dụng ngân
# sách") or a topic it is mentioned as ("vướng mắc liên quan đến cơ chế, chính sách và nguồn
# vốn"; a labelled case keeps "hướng dẫn … khó khăn, vướng mắc về kinh phí lập quy hoạch": the
# help given is about the funds).
_NOT_RESOURCE_BEFORE = frozenset(("ngoài", "không", "chưa"))
# A modal or a copula ends a resource's phrase ("dự toán kinh phí | phải tuân thủ …"; not
# "không" of "viện trợ không hoàn lại").
_RESOURCE_END = frozenset(("phải", "cần", "thì", "là"))
_TOPIC_BEFORE = ("liên quan đến", "liên quan tới")


def _resource_topic(a: nlp.Analysis, i: int) -> bool:
    """The resource word at ``i`` is in a list of topics after "liên quan đến" (back over no
    verb and no clause mark): a topic, not a means."""
    toks = a.toks
    verbs = _verb_starts(a)
    for k in range(i - 1, max(-1, i - 12), -1):
        if _phrase_at(toks, k, _TOPIC_BEFORE):
            return True
        if toks[k].text in (";", ".", ":", "(") or k in verbs:
            return False
    return False


def _resources(a: nlp.Analysis) -> str | None:
    toks = a.toks
    skip_to = 0  # the rest of a phrase that is no resource ("không bao gồm kinh phí ngân sách")
    for h in a.of("RESOURCE"):
        if _inside_actor(a, h.start) or h.start < skip_to:
            continue
        if (
            any(
                toks[k].lower in _NOT_RESOURCE_BEFORE and _whole_word(toks, k)
                for k in range(max(0, h.start - 3), h.start)
            )
            and all(toks[k].is_word for k in range(max(0, h.start - 3), h.start))
        ) or _resource_topic(a, h.start):
            # "các dự án ngoài ngân sách" (off-budget), "(không bao gồm kinh phí ngân sách nhà
            # nước cấp)": no means given
            skip_to = _phrase(a, h.start, limit=6)[1]
            continue
        text, j = _phrase(a, h.start, limit=10)
        cut = next(
            (k for k in range(h.end, j) if toks[k].lower in _RESOURCE_END and _whole_word(toks, k)),
            None,
        )
        if cut is not None:  # "dự toán kinh phí | phải tuân thủ đúng quy định"
            text = a.span_text(h.start, cut)
        return text
    return None


@dataclass
class _Context:
    level: float
    leads: list[nlp.Actor]
    role: str  # heading | addressee
    # the items below are its work only when they open with a verb: an introduction that
    # names a subject and its duty may go on to list contents ("… có trách nhiệm công khai …
    # theo các nội dung sau:" then "a) Danh sách …")
    verb_only: bool = False


def _opens_with_work(a: nlp.Analysis) -> bool:
    """An unnumbered paragraph under a heading that names its actor opens with the actor's
    work when its first word is a verb the lexicon lacks ("Tăng thời lượng, số lượng tin/bài
    …"): a capitalised word that names no thing, document or time, no actor, and is followed
    by its object (a lower-case word), in a sentence with a verb the lexicon knows."""
    toks = a.toks
    if len(toks) < 4 or not toks[0].is_title or not toks[0].is_word or a.actor_at(0):
        return False
    if toks[0].lower in _THING_START or _head_at(toks, 0) or toks[0].lower in _NOT_IN_NAME:
        return False
    if toks[1].is_title or not toks[1].is_word:
        return False
    return bool(_verb_starts(a))


def _strip_doi_voi(text: str) -> str:
    return _DOI_VOI.sub("", text)


# "Điều 3. Chức năng, nhiệm vụ của Đội ứng cứu sự cố:", "Điều 51. Trách nhiệm của Ủy ban nhân
# dân cấp tỉnh": the items below are the duties of the body named after "của".
_DUTY_HEADING = re.compile(
    r"^(?:Điều\s+\d{1,3}[a-zđ]?\.\s*)?(?:\([^()]{1,24}\)\s*:?\s*)?(?:(?:chức\s+năng|nhiệm\s+vụ|trách\s+nhiệm|nghĩa\s+vụ|"
    r"quyền\s+hạn|quyền)(?:\s*,\s*|\s+và\s+|\s+))+(?:(?:chung|cụ\s+thể)\s+)?"
    r"của\s+(?P<x>[^.;:]{2,120}?)\s*:?$",
    re.IGNORECASE,
)


_DUTY_QUALIFIER = re.compile(
    r"\s+(?:đối\s+với|trong\s+(?:việc|công\s+tác|lĩnh\s+vực))\s.*$", re.IGNORECASE
)
_DUTY_WORD = re.compile(r"chức\s+năng|nhiệm\s+vụ|trách\s+nhiệm|nghĩa\s+vụ", re.IGNORECASE)


def _duty_heading(text: str) -> list[nlp.Actor] | None:
    """The bodies a duty heading names, when the phrase after "của" is an actor phrase."""
    m = _DUTY_HEADING.match(text)
    if m is None or not _DUTY_WORD.search(text, 0, m.start("x")):
        return None  # "Quyền của Liên đoàn": rights, not duties
    # "Trách nhiệm của cơ quan, tổ chức, cá nhân đối với công tác văn thư": the bodies, not
    # the field their duties concern
    # "… của Cơ quan đăng ký, của cơ quan cung cấp thông tin": one list
    a = nlp.analyse(_DUTY_QUALIFIER.sub("", m.group("x")).replace(", của ", ", "))
    if not a.toks:
        return None
    pieces = _struct_pieces(a, 0, len(a.toks), set()) if _head_at(a.toks, 0) else None
    if pieces:
        return _struct_leads(a, pieces)
    # "Nghĩa vụ của quỹ:", "Trách nhiệm của Tổ phó là Phó Giám đốc Sở Nội vụ", "(Khoản 1):
    # Nhiệm vụ của cấp ủy triệu tập đại hội:": whoever the heading gives duties to is the
    # actor of its items, named by a head outside the closed list or with a clause of its own;
    # not a document, a time or a list ("Nhiệm vụ của Kế hoạch", "… của năm 2026")
    words = [t for t in a.toks if t.is_word]
    first = a.toks[0]
    if (
        not first.is_word
        or first.lower in _THING_START
        or first.lower in ("năm", "giai", "tháng", "quý", "mình", "từng")
        or _DIGIT.search(first.text)
        or len(words) > 12
    ):
        return None
    end = len(a.toks)
    while end > 1 and not a.toks[end - 1].is_word:
        end -= 1
    return [_span_actor(a, "class", 0, end)]


_PLACE_WORDS = frozenset({"tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường", "trấn"})


def _heading_actor(block: Block) -> list[nlp.Actor] | None:
    """Actors named by a heading block ("1. Sở Nội vụ:", "4. Đối với UBND cấp xã", "Điều 7.
    Sở Thông tin và Truyền thông")."""
    text = block.text.strip()
    duty = _duty_heading(text)
    if duty is not None:
        return duty
    article = _ARTICLE_RE.match(text)
    if article is not None:
        # an article titled with a body's name alone: its clauses are that body's duties
        a = nlp.analyse(text[article.end() :].rstrip(" .:"))
        if a.actors and a.actors[0].start == 0:
            actors = _actor_list(a, 0)
            rest = a.toks[actors[-1].end :]
            if all(t.text == "," or t.lower in _PLACE_WORDS for t in rest):
                # ("Ủy ban nhân dân quận, huyện, | thị xã": the places run on)
                return [*actors[:-1], _extend(a, actors[-1], len(a.toks))] if rest else actors
    body = _strip_doi_voi(text)
    if len(body) > 160:
        return None
    a = nlp.analyse(body)
    party_line = _party_line(block)
    if party_line is not None:
        return party_line
    if not a.actors or a.actors[0].start != 0:
        return _lower_case_heading(text, body, a, labelled=block.label is not None)
    actors = _actor_list(a, 0)
    end = actors[-1].end
    rest = [t for t in a.toks[end:] if t.is_word]
    if text.endswith(":"):
        if not rest or a.toks[end].text in (",", ":"):
            return actors
        colon = max(i for i, t in enumerate(a.toks) if t.text == ":")
        if _verb_starts(a) & set(range(end, colon)):
            # "đ) Ban Quản lý dự án | đầu tư xây dựng số 1:": words the analyser took for
            # verbs in a short tail still name the body; an assignment ("… giao các sở:") or
            # a longer clause does not
            asks = (a.starts("GIVE") | a.starts("ASK")) & set(range(end, colon))
            return actors if colon - end <= 8 and not asks else None
        # "4. Các cấp ủy đảng trực thuộc Thành ủy:", "- Ban thường vụ tỉnh ủy, thành ủy, đảng
        # ủy trực thuộc Trung ương:": the name runs on to the colon; a longer tail ("1. Nhà
        # đầu tư của 02 dự án đường bộ cao tốc …:") describes the body named first
        if colon - end <= 12 and not any(t.lower in _NOT_IN_NAME for t in a.toks[end:colon]):
            return [*actors[:-1], _extend(a, actors[-1], colon)]
        return actors
    if (
        block.label is not None
        and len(rest) <= 4
        and not (_verb_starts(a) - {x.start for x in actors}) & set(range(end, len(a.toks)))
    ):
        return actors
    return None


def _party_line(block: Block) -> list[nlp.Actor] | None:
    """The actor of a numbered or bulleted line that is only a Party actor phrase ("b) Cấp ủy
    cấp trên trực tiếp của tổ chức cơ sở đảng", "- Cơ quan tham mưu về công tác tổ chức:"): its
    items that open with a verb are the actor's work (not a list of members: "- Các ủy viên:"
    then "Ông …, Phó Giám đốc Sở …")."""
    text = block.text.strip()
    regime = _REGIME_HEADING.match(text)
    if regime is not None:
        # "Điều 14. Chế độ sinh hoạt chi bộ trực thuộc": the body whose meetings the items set
        a = nlp.analyse(regime.group("x"))
        end = len(a.toks)
        return [_span_actor(a, "class", 0, end)] if end and _party_at(a, 0) == end else None
    if block.label is None:
        return None
    topic = _DOI_VOI.match(text)
    body = text[topic.end() :].rstrip(" .…") if topic else text
    a = nlp.analyse(body)
    if not a.toks:
        return None
    if topic and ":" not in body:
        # "a) Đối với đảng viên đang công tác trong các cơ quan, đơn vị sự nghiệp, …": a topic
        # line with no clause of its own ("thì", a duty) names the class its items concern
        words = body.split()
        if (
            party.head_at(a.toks, 0)
            and len(words) <= 30
            # no sentence: "20.1.2. Đối với Đảng bộ Quân đội … thực hiện theo quy định …."
            and not a.of("ACTION")
            and not (body.endswith(".") and not body.endswith(".."))
            and not any(t.lower in ("thì", "phải", "cần", ";") for t in a.toks)
            and not a.starts("RESP")
        ):
            return [_span_actor(a, "class", 0, len(a.toks))]
        return None
    end = len(a.toks) - (a.toks[-1].text == ":")
    if end > 0 and _party_at(a, 0) == end and not _phrase_at(a.toks, end - 2, ("ủy viên",)):
        # (not "- Các ủy viên:" of a decision, then its members by name)
        return [_span_actor(a, "class", 0, end)]
    return None


# "Điều 14. Chế độ sinh hoạt chi bộ trực thuộc", "Chế độ họp của ban thường vụ đảng ủy".
_REGIME_HEADING = re.compile(
    r"^(?:Điều\s+\d{1,3}[a-zđ]?\.\s*)?chế\s+độ\s+(?:sinh\s+hoạt|họp|làm\s+việc|hội\s+họp)"
    r"(?:\s+của)?\s+(?P<x>[^.;:]{2,100}?)\s*:?$",
    re.IGNORECASE,
)


def _lower_case_heading(
    text: str, body: str, a: nlp.Analysis, *, labelled: bool = False
) -> list[nlp.Actor] | None:
    """Headings such as "d) Đối với ban tổ chức tỉnh ủy, thành ủy và tương đương:".

    A Party regulation names the bodies in lower case, which the analyser does not take for
    names. Only after "Đối với"/"Về phía", for a heading that ends with a colon, starts with
    the first word of a body or a unit and has no verb: the whole heading is one class. Round
    eight: also a short numbered or bulleted line with no "Đối với" that is only such a class
    ("- Cấp ủy cơ sở:", then "+ Thu hồi Huy hiệu Đảng …"), when its head names an actor."""
    if not text.endswith(":") or not a.toks or a.toks[-1].text != ":":
        return None
    if body == text and not (
        labelled and len(a.toks) <= 9 and _clause_head(a, 0, len(a.toks) - 1) is not None
    ):
        return None
    # "tổ chức" in "tổ chức cơ sở đảng" is a unit, not the verb
    in_name = {i for label in ("HEAD", "STANDALONE", "UNIT") for h in a.of(label)
               for i in range(h.start, h.end)}  # fmt: skip
    if (_verb_starts(a) - in_name) or len(body.split()) > 16:
        return None
    starts = a.starts("HEAD") | a.starts("STANDALONE") | a.starts("UNIT") | a.starts("PERSON")
    if 0 not in starts:
        return None
    return [_span_actor(a, "class", 0, len(a.toks) - 1)]


def _intro_addressees(a: nlp.Analysis) -> list[nlp.Actor] | None:
    """The addressees of an introduction ending in ':' ("… yêu cầu các chi bộ … sau:").

    Also a body named right before the colon after a verb of address ("2. Chỉ đạo Sở Nội
    vụ:", "…, Hội đồng thẩm định báo cáo, đề xuất Chủ tịch UBND tỉnh:")."""
    toks = a.toks
    colon = len(toks) - 1
    for h in a.of("ASK") + a.of("GIVE"):
        j = h.end
        actors = _actor_list(a, j)
        if actors:
            k = actors[-1].end
            n = _phrase_at(toks, k, ("chỉ đạo",)) if toks[colon].text == ":" else 0
            if n:
                # "Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:": the items are the directed body's
                directed = _actor_list(a, k + n)
                if directed and directed[-1].end == colon:
                    return directed
            return actors
    if colon < 2 or toks[colon].text != ":":
        return None
    for k in range(colon - 1, max(-1, colon - 24), -1):
        n = _phrase_at(toks, k, _INTRO_ADDRESS)
        if n and (k == 0 or toks[k - 1].lower in (",", ";")):
            actors = _actor_list(a, k + n)
            if actors and actors[-1].end == colon:
                return actors
            pieces = _struct_pieces(a, k + n, colon, set()) if _head_at(toks, k + n) else None
            return _struct_leads(a, pieces) if pieces else None
    return None


# Words of address before a class whose members a bracket lists ("lấy ý kiến các cơ quan có
# liên quan … (gồm: Văn phòng UBND tỉnh, Sở Tư pháp …)").
_MEMBER_ADDRESS = ("lấy ý kiến", "xin ý kiến", "đề nghị", "yêu cầu", "giao")


def _listed_members(a: nlp.Analysis) -> list[nlp.Actor] | None:
    """The bodies a bracket lists after a class addressed by an introduction: "… gửi lấy ý kiến
    các cơ quan có liên quan … (gồm: Văn phòng UBND tỉnh, Sở Khoa học và Công nghệ, Sở Tư pháp,
    Sở Tài chính) như sau:" — the items below are the work of each listed body (a list of named
    bodies is one lead each), not of the class. Two named bodies at least, the class addressed
    ("lấy ý kiến", "đề nghị" …) and no other actor between it and the bracket."""
    if "gồm" not in a.text:
        return None
    toks = a.toks
    for k in range(1, len(toks) - 3):
        if toks[k].text != "(" or toks[k + 1].lower != "gồm":
            continue
        j = k + 2 + (toks[k + 2].text == ":")
        members = _actor_list(a, j)
        if len(members) < 2 or any(m.kind != "named" for m in members):
            return None
        before = [x for x in a.actors if x.end <= k]
        if not before or before[-1].kind != "class":
            return None
        c = before[-1]
        said = " ".join(t.lower for t in toks[max(0, c.start - 3) : c.start])
        return members if said.endswith(_MEMBER_ADDRESS) else None
    return None


# Verbs of address an introduction names its addressee after ("Chỉ đạo Sở Nội vụ:").
_INTRO_ADDRESS = ("chỉ đạo", "đề xuất", "kiến nghị", "giao", "đề nghị", "yêu cầu")


# What closes a line whose items detail its subject's work ("…, trong đó lưu ý:", "…, cụ thể:",
# "… bảo đảm tiến độ cụ thể như sau:"). (When the items go on with cases, each with a party of
# its own — "X phải chuyển quyền sở hữu … như sau:" then "Đối với …, bên đóng góp … phải …" —
# the item's own subject wins: see the "shape" subjects in ``extract``.)
_DETAIL_END = ("lưu ý", "chú ý", "cụ thể", "như sau")


def _intro_subject(a: nlp.Analysis, *, items: bool = False) -> list[nlp.Actor] | None:
    """The subject of an introduction that gives it duties ("Các bộ, … trong phạm vi nhiệm
    vụ, quyền hạn của mình có trách nhiệm:", "Tổ giúp việc … có nhiệm vụ giúp Ban Chỉ đạo …:",
    "Bộ Tư pháp … có nhiệm vụ, quyền hạn:"): the items below are its work."""
    leads, role, end = _find_leads(a)
    if not leads or role not in ("subject", "shape"):
        return None
    toks = a.toks
    if leads[0].start == 0 and any(toks[k].text == ":" for k in range(end - 1, end + 1)):
        # "Đảng uỷ xã, phường và các đảng ủy khác …: Lập và gửi danh sách …, cụ thể:": the
        # body named before the colon does the items below
        return leads
    rest = range(end, len(toks))
    if (
        leads[0].start <= 1
        and toks
        and toks[-1].text == ":"
        and any(_phrase_at(toks, k, ("chỉ đạo",)) for k in rest)
    ):
        # "Riêng UBND phường Hồng Ngự cử đại diện … và chỉ đạo Phòng Văn hóa - Xã hội …:":
        # the items below are the work the subject directs
        return leads
    if not any(k in a.starts("RESP") or _phrase_at(toks, k, _INTRO_DUTY) for k in rest):
        # "Cấp ủy có thẩm quyền sử dụng phần mềm …, thường xuyên cập nhật …, trong đó lưu
        # ý:": a subject opening the line whose work the numbered or bulleted items below
        # detail (not the rows of a table after "…, cụ thể:")
        words = [t.lower for t in toks[-3:-1]] if toks and toks[-1].text == ":" else []
        if items and leads[0].start == 0 and " ".join(words[-2:]) in _DETAIL_END:
            return leads
        return None
    return leads


_ARTICLE_RE = re.compile(r"Điều\s+\d{1,3}[a-zđ]?\.\s+(?=\S)")


def _split_segments(text: str) -> list[tuple[int, int]]:
    """Sentences, further split at "; Giao …" / "; Đề nghị …" / "; Yêu cầu …"."""
    out: list[tuple[int, int]] = []
    # "Điều 3. Trong thời hạn …, Ban Chủ nhiệm … có trách nhiệm …": the article's number
    article = _ARTICLE_RE.match(text)
    for s, e in sentences(text):
        cut = max(s, article.end()) if article else s
        for m in _SEGMENT_CUT.finditer(text[s:e]):
            out.append((cut, s + m.start()))
            cut = s + m.end()
        out.append((cut, e))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _ask_after_comma(a: nlp.Analysis, lead: int) -> bool:
    """The assignment before the lead at token ``lead`` follows the comma that closes the
    opening with no giver named ("Căn cứ nội dung Thỏa thuận …, giao Trung tâm chủ trì …": the
    document's own assignment; not "Thực hiện Công văn …, UBND tỉnh giao Sở Nội vụ …")."""
    toks = a.toks
    k = lead - 1
    while k > 0 and toks[k].lower in ("cho", "đối", "với"):
        k -= 1
    return k > 0 and k in a.starts("GIVE") and toks[k - 1].text == ","


def _introduces(block: Block, nxt: Block | None) -> bool:
    """A line ending with ":" introduces what follows it, unless nothing does: it is the body's
    last, or a numbered item at its own level or above comes next ("2. Báo … chủ trì … xây
    dựng … chương trình …, cụ thể:" then "3. …"): then it is a sentence of its own."""
    if nxt is None:
        return False
    return not (block.level is not None and nxt.level is not None and nxt.level <= block.level)


def _action_after(a: nlp.Analysis, start: int) -> bool:
    """An action of its own after token ``start`` (not "chủ trì, phối hợp …" alone)."""
    coord = {i for h in a.of("COORD") for i in range(h.start, h.end)}
    return any(
        h.start >= start
        and not _inside_actor(a, h.start)
        and h.start not in coord
        and h.text.lower() != "phối hợp"
        for h in a.of("ACTION")
    )


def _parent_line(block: Block, nxt: Block | None) -> bool:
    """A numbered line with no sentence end whose own items follow (a heading, not a task).

    "8. Tăng cường đầu tư nguồn lực …" then "a) Sở Tài chính …"; "d) Đề nghị Viện Kiểm sát nhân
    dân tỉnh, Tòa án nhân dân tỉnh" then the duties in the next paragraph.
    """
    level = block.level
    if nxt is None or _sentence_end(block.text.rstrip()):
        return False
    if level is None:
        # a line whose numbering was lost (a text converted from another format): a short
        # line with no stop that opens with the bodies it addresses ("Đề nghị Ủy ban nhân dân
        # các huyện, thành phố", "Sở Thông tin và Truyền thông (Giao Phòng Bưu chính Viễn
        # thông)") and is followed by a sentence
        text = _TRAILING_BRACKET.sub("", block.text).strip()
        if not text or len(text.split()) > 15 or text.isupper() or not _sentence_end(nxt.text):
            return False
        leads, role, end, line = _line_actors(text)
        return bool(leads) and (role == "heading" or end == len(line.toks))
    if len(block.text.split()) > 100:
        return False
    if nxt.level is None and ":" in nxt.text and _SLOT_LINE.match(nxt.text):
        return False  # its lead follows on a label line ("Đơn vị chủ trì: …"), no items
    return nxt.level is None or nxt.level > level


@cache
def _actor_heads() -> tuple[str, ...]:
    lex = nlp.lexicon()["actors"]
    words = {nlp.normalise(w).lower() for key in ("heads", "standalone", "persons")
             for w in lex[key]}  # fmt: skip
    return tuple(sorted(words, key=len, reverse=True))


_ADDRESSED_LINE = re.compile(
    r"^\s*(?:kính\s+)?(?:đề\s+nghị|giao|yêu\s+cầu)\s+(?P<x>[^:;.]+?)\s*:?\s*$", re.IGNORECASE
)


def _addressed_line(text: str, a: nlp.Analysis) -> list[nlp.Actor] | None:
    """The addressees of a heading line that only names them after "Đề nghị"/"Giao"/"Yêu
    cầu" ("e) Đề nghị Ngân hàng Nhà nước khu vực X", "g) Đề nghị Ủy ban Mặt trận Tổ quốc
    Việt Nam tỉnh, …, Hội Cựu chiến binh tỉnh, Tỉnh đoàn"): one per comma-separated name, each
    capitalised, with no verb after the address; the duties follow in the next paragraphs."""
    m = _ADDRESSED_LINE.match(text)
    if m is None:
        return None
    first = min((k for k, t in enumerate(a.toks) if t.start >= m.start("x")), default=None)
    if first is None or any(v >= first for v in _verb_starts(a)):
        return None
    parts = re.split(r"\s*,\s*", m.group("x"))
    if len(parts) > 20 or any(
        not p[:1].isupper() or len(p.split()) > 12 or len(p.split()) < 2 for p in parts
    ):
        return None
    return [
        nlp.Actor("class" if re.search(r"\bcác\b", p) else "named", 0, 0, p, 0, 0) for p in parts
    ]


def _line_actors(text: str) -> tuple[list[nlp.Actor], str | None, int, nlp.Analysis]:
    """The actors a heading line names, with their role, where they end, and the analysis.

    The analyser's actors first ("Sở Tài chính chủ trì, phối hợp …", "Đề nghị Chi cục Hải
    quan …"); failing that, a name opening the line with the first word of a body ("Viện Kiểm
    sát nhân dân tỉnh, Tòa án nhân dân tỉnh", "Ủy ban nhân dân các địa phương") up to its first
    verb, one actor per comma-separated name.
    """
    a = nlp.analyse(text)
    addressed = _addressed_line(text, a)
    if addressed:
        return addressed, "heading", len(a.toks), a
    leads, role, end = _find_leads(a)
    role = "subject" if role == "shape" else role
    if leads:
        rest = a.toks[end:]
        if (
            role in ("giao", "de_nghi")
            and 0 < len(rest) <= 4
            and all(t.is_word for t in rest)
            and not _verb_starts(a) & set(range(end, len(a.toks)))
        ):
            # a name the analyser cut short ("Chi cục Hải quan | khu vực XIII")
            leads = [*leads[:-1], _extend(a, leads[-1], len(a.toks))]
            end = len(a.toks)
        return leads, role, end, a
    body = _ADDRESS_PREFIX.sub("", text.strip())
    b = nlp.analyse(body)
    if b.actors and b.actors[0].start == 0:
        actors = _actor_list(b, 0)
        return actors, "heading", len(a.toks), a
    verbs = _verb_starts(b)
    stop = min((v for v in verbs if v > 0), default=len(b.toks))
    name = b.span_text(0, stop).strip(" ,;")
    low = nlp.normalise(name).lower()
    if not name[:1].isupper() or not any(
        low == h or low.startswith(h + " ") for h in _actor_heads()
    ):
        return [], None, 0, a
    out = []
    for part in re.split(r"\s*,\s*", name):
        if part[:1].isupper():
            kind = "class" if re.search(r"\bcác\b", part) else "named"
            out.append(nlp.Actor(kind, 0, 0, part, 0, 0))
    return out, "heading", len(a.toks), a


def _narrative(
    seg: str, a: nlp.Analysis, role: str | None, lead_end: int, lead_start: int = 0
) -> bool:
    """A sentence that tells what happened or was found, not what is to be done."""
    asks = bool(a.of("GIVE") or a.of("ASK"))
    if (
        role == "subject"
        and lead_start >= 2
        and a.toks[lead_start - 1].lower == "được"
        and a.toks[lead_start - 2].lower in ("đã", "vừa")
    ):
        return True  # "Dự thảo quyết định đã được Sở Tư pháp tổ chức lấy ý kiến …": done
    low = seg.lower()  # for the guards (see above _ASSESSMENT_RE)
    if (_NARRATIVE_START.match(seg) or ("nhận" in low and _RECEIVED_RE.match(seg))) and not asks:
        return True
    if (
        ("buổ" in low or "cuộc" in low)
        and _MEETING_RE.match(seg)
        and not (asks or a.of("LEADV") or a.of("RESP"))
    ):
        return True
    if (
        role == "subject"
        and not asks
        and ("còn" in low or "chưa" in low)
        and _ASSESSMENT_RE.search(seg)
    ):
        # "các sở, ngành khẩn trương … rà soát các tiêu chí chưa đạt …": a duty right after
        # the subject makes the sentence work to do, whatever it goes on to name
        duty = lead_end < len(a.toks) and (
            lead_end in a.starts("RESP") or _phrase_at(a.toks, lead_end, _STRUCT_MODALS)
        )
        if not duty:
            return True
    if role == "subject" and lead_end < len(a.toks):
        nxt = " ".join(t.lower for t in a.toks[lead_end : lead_end + 2])
        first = a.toks[lead_end].lower
        if first in _NARRATIVE_VERBS or nxt in _NARRATIVE_VERBS:
            return True
    return False


# A term counted from the day the document takes effect ("Trong thời hạn 30 ngày kể từ ngày
# Quyết định này có hiệu lực, X có trách nhiệm …") is a deadline, not the effect clause.
_TERM_FROM_EFFECT = re.compile(
    r"kể\s+từ\s+ngày\s+[^,;.]{0,40}?có\s+hiệu\s+lực(?:\s+thi\s+hành)?", re.IGNORECASE
)


def _quoted(before: str) -> bool:
    """A quotation is open at the end of ``before``: what follows is another text's."""
    return before.count("“") > before.count("”")


_DUTY_CLAUSE = re.compile(
    r"\b(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|phải|cần|chủ\s+trì|giao|đề\s+nghị|"
    r"yêu\s+cầu|triển\s+khai|thực\s+hiện)\b",
    re.IGNORECASE,
)


def _escalation(seg: str) -> bool:
    """ "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …, báo cáo …": the closing
    formula; not when a request opens the sentence, or a clause before a semicolon, and the
    formula only follows its work
    ("Đề nghị Ban Chủ nhiệm … khẩn trương thực hiện …, trong quá trình thực hiện nếu có khó
    khăn, vướng mắc kịp thời phản ánh …")."""
    low = seg.lower()
    m = _ESCALATION_RE.search(seg) if "khăn" in low or "mắc" in low else None
    if m is None:
        return False
    before = seg[: m.start()]
    # (nor after a duty of its own clause: "Thủ trưởng các Sở … có trách nhiệm triển khai …;
    # trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo …")
    return not (
        (_ASSIGNING_START.match(seg) and "," in before)
        or (";" in before and _DUTY_CLAUSE.search(before) is not None)
    )


# Words before "thông báo" that make it one step of a series of work, not the notice's closing
# ("… gửi báo cáo … về Đảng ủy Bộ Ngoại giao để theo dõi và thông báo cho tổ chức đảng ở ngoài
# nước biết, tiếp nhận đảng viên …").
_STEP_BEFORE = {"và", ",", "để", "rồi", "đồng", "thời"}


def _notice_closing(seg: str) -> bool:
    """The notice's closing formula ("Văn phòng Sở thông báo để các phòng, đơn vị biết …",
    "Văn phòng Chính phủ trân trọng thông báo./.")."""
    if "báo" not in seg.lower():
        return False
    if _COURTESY_NOTICE_RE.search(seg):
        return True
    m = _NOTICE_CLOSING_RE.search(seg)
    if m is None:
        return False
    before = seg[: m.start()].replace(",", " , ").split()
    return not (before and before[-1].lower() in _STEP_BEFORE)


def _thing_requirement(a: nlp.Analysis) -> bool:
    """The segment states a requirement on a thing: a noun phrase with no actor in it ("Toàn
    bộ hệ thống", "Việc xây dựng phần mềm", a nominalised work after "việc") then "phải" or
    "cần" ("phải được xây dựng theo …", "phải xuất phát từ …"). Not a subject left out
    ("Phải …", "Chủ động …"), not an actor's duty."""
    toks = a.toks
    if len(toks) < 3 or not toks[0].is_word or toks[0].lower in _ADVERBS:
        return False
    nominal = toks[0].lower == "việc"
    verbs = _verb_starts(a)
    if not nominal and (0 in verbs or _OPENING_WORDS.match(a.text) or _head_at(toks, 0)):
        return False
    for k in range(1, min(len(toks), 16)):
        t = toks[k]
        if _inside_actor(a, k) or not (t.is_word or (nominal and t.text == ",")):
            return False  # ("Việc lập, thẩm định và phê duyệt dự toán … phải …")
        if t.lower in ("phải", "cần") and _whole_word(toks, k):
            return True
        if k in verbs and not nominal:
            return False
    return False


def _not_a_task(seg: str) -> bool:
    """Effect clauses, escalation and notice formulas, and lists of appointees."""
    return bool(
        (
            "lực" in seg.lower()
            and _EFFECT_RE.search(_TERM_FROM_EFFECT.sub(" ", seg) if "kể" in seg else seg)
        )
        or _escalation(seg)
        or _APPOINTMENT_RE.search(seg)
        or (
            _notice_closing(seg)
            and not _ASSIGNING_START.match(seg)
            # "Bên nhận bảo đảm mới phải thông báo cho bên bảo đảm để biết …": a duty
            and not _DUTY_NOTICE_RE.search(seg)
        )
    )


_CLOSING_STOP = {
    "đề", "nghị", "yêu", "cầu", "quan", "tâm", "phối", "hợp", "triển", "khai", "thực", "hiện",
    "tổ", "chức", "nghiêm", "túc", "các", "nội", "dung", "trên", "nêu", "này", "và", "tốt",
    "kính", "trân", "trọng", "chỉ", "đạo", "đầy", "đủ", "theo", "đúng", "quy", "định",
    "thông", "báo", "để", "biết",
}  # fmt: skip


# Words naming a provision: a closing object after one is cited, not carried out.
_PROVISION_WORDS = {"điểm", "tiết", "khoản", "mục", "điều", "phần", "chương"}


def _label_after(toks: list[nlp.Tok], k: int) -> bool:
    """A provision's number or letter follows token ``k`` ("Tiết a", "Điểm 4.3.1", "Mục
    II"; not "chi tiết tại Bảng 1")."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].text
    return nxt.isdigit() or (len(nxt) <= 4 and nxt.isalpha() and (nxt.islower() or nxt.isupper()))


def _closing_formula(a: nlp.Analysis, leads_named: bool) -> bool:
    """'… nghiêm túc triển khai thực hiện Công văn này': a closing formula, not a task."""
    if leads_named:
        return False
    in_actor = {i for x in a.actors for i in range(x.start, x.end)}
    closing = {i for h in a.of("CLOSING") for i in range(h.start, h.end)}
    content = [
        t
        for i, t in enumerate(a.toks)
        if t.is_word and i not in in_actor and i not in closing and t.lower not in _CLOSING_STOP
    ]
    if len(content) <= 2 and best_deadline(a.text).kind in ("none", "vague"):
        return True
    if not a.of("CLOSING"):
        return False
    toks = a.toks
    if all(
        any(
            toks[k].lower in _PROVISION_WORDS and _whole_word(toks, k) and _label_after(toks, k)
            for k in range(max(0, h.start - 8), h.start)
        )
        for h in a.of("CLOSING")
    ):
        return False  # "… theo trình tự nêu ở Tiết a, Điểm 4.3.1 Hướng dẫn này …": a citation
    generic = a.of("GENERIC") + a.of("CLOSING")  # not "Hướng dẫn" of "… Hướng dẫn này"
    real = [h for h in a.of("ACTION") if not any(g.start <= h.start < g.end for g in generic)
            and h.text.lower() not in ("thực hiện", "triển khai", "tổ chức", "phối hợp",
                                       "hoàn thành")]  # fmt: skip
    return not real and _product(a, 0) is None


# -- slots given on lines of their own --------------------------------------------------------

# A line that opens with a label naming a slot states who does the tasks of its group, with
# whom, by when, producing what, with what funds ("Đơn vị chủ trì: Phòng Quản lý Công nghiệp;
# Đơn vị phối hợp: Văn phòng Sở.", "Thời gian thực hiện: năm 2026."): it is no task itself.
# (Not a bare "Thời gian:" or "Kết quả:": the time of a meeting, a result reached.)
_UNIT = r"(?:cơ\s+quan\s*[,/]\s*đơn\s+vị|đơn\s+vị|cơ\s+quan|bộ\s+phận|người|cá\s+nhân|lãnh\s+đạo)"
_SLOT_LABELS = (
    ("chu_tri", rf"(?:{_UNIT}\s+)?chủ\s+trì(?:\s+(?:thực\s+hiện|tham\s+mưu))?"),
    ("thuc_hien", rf"{_UNIT}\s+(?:thực\s+hiện|triển\s+khai|được\s+giao|đầu\s+mối)|"
                  r"trách\s+nhiệm\s+thực\s+hiện|đầu\s+mối\s+thực\s+hiện"),
    ("phu_trach", rf"{_UNIT}\s+phụ\s+trách|phụ\s+trách"),
    ("co", rf"(?:{_UNIT}\s+)?phối\s+hợp(?:\s+thực\s+hiện)?"),
    ("deadline", r"thời\s+(?:gian|hạn)\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai)|thời\s+hạn|"
                 r"tiến\s+độ(?:\s+(?:thực\s+hiện|hoàn\s+thành))?"),
    ("product", r"sản\s+phẩm(?:\s+(?:đầu\s+ra|dự\s+kiến|cần\s+đạt|hoàn\s+thành))?|"
                r"kết\s+quả\s+(?:đầu\s+ra|cần\s+đạt|dự\s+kiến)|hình\s+thức\s+sản\s+phẩm"),
    ("resources", r"(?:nguồn\s+)?kinh\s+phí(?:\s+thực\s+hiện)?|nguồn\s+(?:lực|vốn)"),
)  # fmt: skip
_SLOT_ALT = "|".join(f"(?P<{name}>{rx})" for name, rx in _SLOT_LABELS)
_SLOT_LINE = re.compile(rf"^\s*(?:{_SLOT_ALT})\s*:", re.IGNORECASE)
# a further label in the same line, after a stop, a semicolon or a comma
_SLOT_NEXT = re.compile(rf"(?<=[.;,])\s*(?:{_SLOT_ALT})\s*:", re.IGNORECASE)
_LEAD_LABELS = ("chu_tri", "thuc_hien", "phu_trach")  # in this order of precedence
# labels inside a task's own text, after its work ("- Rà soát …; đơn vị chủ trì: Phòng …")
_SLOT_INLINE = re.compile(rf"[.;]\s*(?:{_SLOT_ALT})\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class _Slots:
    """What one or more label lines give the tasks of their group."""

    leads: tuple[nlp.Actor, ...] = ()
    lead_role: str | None = None
    co_workers: tuple[str, ...] = ()
    deadline: Deadline | None = None
    product: str | None = None
    resources: str | None = None


def _label_values(text: str) -> dict[str, str] | None:
    """The values of the labels a line opens with ("Đơn vị chủ trì: A; Đơn vị phối hợp: B"
    → chu_tri A, co B), or None when it opens with none."""
    m = _SLOT_LINE.match(text)
    if m is None:
        return None
    marks = [m, *_SLOT_NEXT.finditer(text, m.end())]
    out: dict[str, str] = {}
    for n, x in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        value = text[x.end() : end].strip(" \t.;,")
        name = x.lastgroup
        if name and value and name not in out:
            out[name] = value
    return out


def _value_actors(value: str) -> list[nlp.Actor]:
    """The bodies or persons a label's value names, one per name of its list; a name runs to
    the next name or the end ("Phòng Quản lý công nghiệp", whose lower-case words the analyser
    may leave out; "Phó giám đốc A, Phó giám đốc B": two)."""
    a = nlp.analyse(value)
    if not (a.actors and a.actors[0].start == 0):
        if not value[:1].isupper() or len(value.split()) > 12:
            return []
        return [nlp.Actor("named", 0, 0, value, 0, 0)]
    found = _actor_list(a, 0)
    out = []
    for n, x in enumerate(found):
        end = found[n + 1].start if n + 1 < len(found) else len(a.toks)
        while end > x.end and a.toks[end - 1].text in (",", ";", "và", "(", ")", "."):
            end -= 1
        text = a.span_text(x.start, end).strip(" ,;.") if end - x.start <= 16 else x.text
        out.append(nlp.Actor(x.kind, 0, 0, text, 0, 0))
    return out


def _value_deadline(value: str, year: int | None) -> Deadline:
    """The deadline a label's value gives: a date or period standing alone ("Quý III năm
    2026", "năm 2026", "Tháng 6/2026") reads as the period it names."""
    d = best_deadline(value, year=year)
    if d.kind != "none" or not value:
        return d
    d = best_deadline("trong " + value[0].lower() + value[1:], year=year)
    if d.kind == "none":
        return d
    return replace(d, text=value[max(0, d.start - 6) : d.end - 6], start=-1, end=-1)


def _merge_slots(lines: list[dict[str, str]], year: int | None) -> _Slots:
    """The slots of a run of label lines: the lead of the label that says "chủ trì" first,
    then "thực hiện", then "phụ trách"; the first value of every other slot."""
    values: dict[str, str] = {}
    for line in lines:
        for name, value in line.items():
            values.setdefault(name, value)
    leads: list[nlp.Actor] = []
    role = None
    for name in _LEAD_LABELS:
        if name in values:
            leads = _value_actors(values[name])
            if leads:
                role = "chu_tri" if name == "chu_tri" else "heading"
                break
    co = tuple(x.text for x in _value_actors(values["co"])) if "co" in values else ()
    deadline = _value_deadline(values["deadline"], year) if "deadline" in values else None
    return _Slots(tuple(leads), role, co, deadline, values.get("product"), values.get("resources"))


def _slot_group(blocks: list[Block], first: int, last: int, has_tasks: set[int],
                labels: set[int]) -> list[int]:  # fmt: skip
    """The blocks whose tasks take the slots of the label lines ``first`` … ``last``.

    Back from the lines: the items of the group they close, up to the heading above them (a
    numbered line, or an item of a higher level than the last one), or to an earlier label
    line; a numbered item that is a task itself closes the group with its own tasks ("1. Rà
    soát …" then "Đơn vị chủ trì: …"). When the lines sit right under a heading with no task
    before them, forward: the items under that heading."""
    rank = blocks[first - 1].level if first > 0 else None
    items: list[int] = []
    j = first - 1
    while j >= 0 and first - j <= 60:
        if j in labels:
            break
        level = blocks[j].level
        if level is not None and (level < 4 or (rank is not None and level < rank)):
            if j in has_tasks:
                items.append(j)
            elif not items and j == first - 1:
                # under the heading: the items that follow, up to the next line of its level
                out = []
                for i in range(last + 1, len(blocks)):
                    lv = blocks[i].level
                    if i in labels or (lv is not None and lv <= level):
                        break
                    out.append(i)
                return out
            break
        items.append(j)
        j -= 1
    return items


# A trích yếu that dates the document's work as a whole: "từ nay đến (hết) ngày D", "(hoàn
# thành) trước ngày D" (not a period: "năm 2026" names what a plan is about, not when each of
# its tasks is due)
_HORIZON_RE = re.compile(
    r"\b(?:từ\s+nay\s+đến(?:\s+hết)?|(?:hoàn\s+thành\s+)?trước)\s+(ngày\s+\d)", re.IGNORECASE
)


def _horizon(anatomy: Anatomy) -> Deadline | None:
    """The date the trích yếu gives the whole document's work, if it gives one."""
    ref = anatomy.part("trich_yeu")
    text = ref.text if ref is not None else ""
    m = _HORIZON_RE.search(text)
    if m is None:
        return None
    # the date after "ngày", read as the deadlines read "trước ngày D"
    lead = "trước "
    d = best_deadline(lead + text[m.start(1) :])  # (a date with its year)
    if d.kind != "date" or d.date is None or d.start != 0:
        return None
    return replace(d, text=text[m.start() : m.start(1) + d.end - len(lead)], start=-1, end=-1)


def _give_slots(t: Task, slots: _Slots, *, at: int | None = None) -> Task:
    """The task with the slots it lacks filled from a label line's (``at``: where labels
    start in the task's own text; its lead also replaces leads the rules read only there,
    such as "Đơn vị" of "đơn vị chủ trì:")."""
    changes: dict[str, Any] = {}
    if slots.leads and (
        not t.leads
        or t.lead_role == "model"
        or (at is not None and not any(x in t.text[:at] for x in t.leads))
    ):
        changes["leads"] = tuple(_trim_lead(x.text) for x in slots.leads)
        changes["lead_kinds"] = tuple(x.kind for x in slots.leads)
        changes["lead_role"] = slots.lead_role
    if slots.co_workers and not t.co_workers:
        changes["co_workers"] = slots.co_workers
    d = slots.deadline
    if (
        d is not None
        and d.kind != "none"
        and not t.deadline.concrete
        and (d.concrete or t.deadline.kind == "none")
    ):
        changes["deadline"] = d
    if slots.product and t.product is None:
        changes["product"] = slots.product
    if slots.resources and t.resources is None:
        changes["resources"] = slots.resources
    if not changes:
        return t
    t = replace(t, **changes)
    gone = {
        "lead": bool(t.leads),
        "deadline": t.deadline.concrete,
        "product": t.product is not None,
        "resources": t.resources is not None,
    }
    missing = tuple(m for m in t.missing if not gone.get(m, False))
    named = any(k != "class" for k in t.lead_kinds) and t.lead_role != "addressee"
    slogan = t.slogan and _slogan(nlp.analyse(t.text), named, t.product, t.deadline)
    return replace(t, missing=missing, slogan=slogan)


# -- times given by a heading ------------------------------------------------------------------

_TRAILING_BRACKET = re.compile(r"\(([^()]{4,80})\)\s*:?\s*$")


def _heading_time(block: Block, year: int | None) -> Deadline | None:
    """The time a heading line gives the items below it: a line that is a time ("Trước ngày
    12 tháng cuối quý"), or a step that ends with its time in brackets ("Giao, nhận … sản phẩm
    đầu kỳ (Trong 05 ngày làm việc đầu quý)"); not a sentence."""
    text = block.text.strip()
    if not text or len(text.split()) > 25 or _sentence_end(text.rstrip(":").rstrip()):
        return None
    d = best_deadline(text.rstrip(": "), year=year)
    if d.kind in ("date", "period", "recurring") and d.start == 0:
        return d
    m = _TRAILING_BRACKET.search(text)
    if m is None:
        return None
    d = best_deadline(m.group(1), year=year)
    return d if d.kind in ("date", "period", "recurring") and d.start == 0 else None


def _apply_heading_times(blocks: list[Block], tasks: list[Task | None], year: int | None) -> None:
    """Give the tasks of the items under a heading that states a time that time, where they
    have none of their own."""
    by_paragraph: dict[int, list[int]] = {}
    for n, t in enumerate(tasks):
        if t is not None:
            by_paragraph.setdefault(t.paragraph, []).append(n)
    # the time each heading (a block with no task of its own) states, read once
    times = [
        None if block.paragraph in by_paragraph else _heading_time(block, year) for block in blocks
    ]
    for k, block in enumerate(blocks):
        d = times[k]
        if d is None:
            continue
        level = block.level if block.level is not None else 3.5
        for j in range(k + 1, len(blocks)):
            nxt = blocks[j]
            if (nxt.level is not None and nxt.level <= level) or nxt.text.isupper():
                break
            if times[j] is not None:
                break  # the next step's time
            for n in by_paragraph.get(nxt.paragraph, ()):
                t = tasks[n]
                if t is not None:
                    tasks[n] = _give_slots(t, _Slots(deadline=replace(d, start=-1, end=-1)))


# -- slots given in a table of tasks ("bảng phân công") ----------------------------------------

# Header cells of a table of tasks, by the slot their column gives (the first that matches).
_TABLE_COLUMNS = (
    ("co", re.compile(r"phối\s+hợp", re.IGNORECASE)),
    ("deadline", re.compile(r"thời\s+(?:gian|hạn)|tiến\s+độ", re.IGNORECASE)),
    (
        "lead",
        re.compile(r"chủ\s+trì|trách\s+nhiệm|thực\s+hiện|phụ\s+trách|đầu\s+mối", re.IGNORECASE),
    ),
    ("product", re.compile(r"sản\s+phẩm|kết\s+quả\s+(?:đầu\s+ra|cần\s+đạt)", re.IGNORECASE)),
    ("task", re.compile(r"nhiệm\s+vụ|nội\s+dung|công\s+việc|hoạt\s+động", re.IGNORECASE)),
)
_WORD = re.compile(r"\w+")


def _table_rows(doc: Document, year: int | None) -> list[tuple[frozenset[str], _Slots]]:
    """The rows of the document's tables of tasks: each row's words and the slots it gives
    (a header row names a column of tasks and a column of leads or of times: "Tên nhiệm vụ |
    Sở, ngành chủ trì | Đơn vị phối hợp | Thời gian thực hiện")."""
    cells: dict[tuple[int, int, int], list[str]] = {}
    for p in doc.paragraphs:
        c = p.cell
        if c is not None and c.depth == 1 and p.nfc.strip():
            cells.setdefault((c.table, c.row, c.col), []).append(p.nfc.strip())
    out: list[tuple[frozenset[str], _Slots]] = []
    for table in doc.tables:
        if table.depth != 1 or table.rows < 2:
            continue
        columns: dict[str, int] = {}
        for col in range(table.cols):
            head = " ".join(cells.get((table.index, 0, col), ()))
            for name, rx in _TABLE_COLUMNS:
                if rx.search(head):
                    columns.setdefault(name, col)
                    break
        if "task" not in columns or not ({"lead", "deadline"} & columns.keys()):
            continue

        def cell(
            row: int, name: str, table_index: int = table.index, columns: dict[str, int] = columns
        ) -> str:
            col = columns.get(name)
            return " ".join(cells.get((table_index, row, col), ())) if col is not None else ""

        for row in range(1, table.rows):
            words = frozenset(w.lower() for w in _WORD.findall(cell(row, "task")))
            if len(words) < 4:
                continue  # a row of column numbers, or an empty one
            leads = tuple(_value_actors(cell(row, "lead"))) if "lead" in columns else ()
            co = tuple(x.text for x in _value_actors(cell(row, "co"))) if "co" in columns else ()
            when = cell(row, "deadline")
            slots = _Slots(
                leads,
                "chu_tri" if leads else None,
                co,
                _value_deadline(when, year) if when else None,
                cell(row, "product") or None,
            )
            out.append((words, slots))
    return out


def _apply_table_rows(doc: Document, tasks: list[Task | None], year: int | None) -> None:
    """Give each task the slots of the one row of a table of tasks that names the same work
    (most of the words of the shorter of the two), where the task lacks them."""
    rows = _table_rows(doc, year)
    if not rows:
        return
    for n, t in enumerate(tasks):
        if t is None:
            continue
        words = frozenset(w.lower() for w in _WORD.findall(t.text))
        if len(words) < 4:
            continue
        same = [slots for row, slots in rows if len(row & words) >= 0.7 * min(len(row), len(words))]
        if len(same) == 1:
            tasks[n] = _give_slots(t, same[0])


def _apply_slot_lines(
    blocks: list[Block], tasks: list[Task | None], lines: dict[int, dict[str, str]],
    year: int | None,
) -> None:  # fmt: skip
    """Give the slots of each run of label lines to the tasks of its group (in place)."""
    where: dict[int, list[int]] = {}
    for n, t in enumerate(tasks):
        if t is not None:
            where.setdefault(t.paragraph, []).append(n)
    for n, t in enumerate(tasks):
        m = _SLOT_INLINE.search(t.text) if t is not None and ":" in t.text else None
        if t is not None and m is not None:
            values = _label_values(t.text[m.start() + 1 :])
            if values:
                tasks[n] = _give_slots(t, _merge_slots([values], year), at=m.start())
    index = {b.paragraph: k for k, b in enumerate(blocks)}
    has_tasks = {index[p] for p in where if p in index}
    labels = set(lines)
    runs: list[list[int]] = []
    for k in sorted(lines):
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        slots = _merge_slots([lines[k] for k in run], year)
        for j in _slot_group(blocks, run[0], run[-1], has_tasks, labels):
            for n in where.get(blocks[j].paragraph, ()):
                t = tasks[n]
                if t is not None:
                    tasks[n] = _give_slots(t, slots)


def extract(doc: Document, anatomy: Anatomy) -> Extraction:
    """Tasks, body blocks and the document's resources."""
    blocks = body_blocks(doc, anatomy)
    year = anatomy.date.year if anatomy.date else None
    contexts: list[_Context] = []
    tasks: list[Task | None] = []
    last_level = 0.0
    aims_level: float | None = None  # inside an aims section opened at this level
    resources: str | None = None
    resources_paragraph: int | None = None
    # A guide (Hướng dẫn) states rules; only its "Tổ chức thực hiện" part assigns work.
    guide = anatomy.doc_type == "huong_dan"
    in_org = False
    in_quote = False
    list_level: float | None = None  # inside the items of "Hồ sơ … gồm:"
    outline: list[tuple[float, str]] = []  # the numbered lines above: (level, label + text)
    slot_lines: dict[int, dict[str, str]] = {}  # label lines ("Đơn vị chủ trì: …") by block
    for k, block in enumerate(blocks):
        level = block.level
        if level is not None:
            contexts = [c for c in contexts if c.level < level]
            last_level = level
            outline = [x for x in outline if x[0] < level]
        # the line this block sits under, when it reads as a heading (the lead tagger's context)
        above = outline[-1][1] if outline else None
        if level is not None:
            outline.append((level, f"{block.label} {block.text}" if block.label else block.text))
        text = block.text
        if not text:
            continue
        if list_level is not None:
            if level is not None and level > list_level:
                continue
            list_level = None
        if level is not None and ":" in text and _LIST_INTRO.search(text):
            list_level = level
            # "3. Trong thời hạn 30 ngày …, quỹ báo cáo với … . Hồ sơ gồm:": the sentences
            # before the one that introduces the list still state the item's work
            cut = sentences(text)
            if len(cut) < 2:
                continue
            text = text[: cut[-1][0]].rstrip()
        # A passage quoted from another body's document is not this document's work.
        if in_quote:
            in_quote = "”" not in text
            continue
        if text.startswith("“"):
            in_quote = "”" not in text
            continue
        if guide and (text.isupper() or (level is not None and level <= 1)):
            if _ORG_SECTION_RE.search(text) and len(text.split()) <= 12:
                in_org = True
            elif text.isupper() or level == 0:
                in_org = False
        if guide and not in_org:
            continue
        if _SKIP_START.match(text) and not _DUTY_HEADING.match(text):
            continue  # not "(Khoản 1): Nhiệm vụ của cấp ủy triệu tập đại hội:"
        nlp.prime(text)
        whole = nlp.analyse(text)
        if resources is None:
            resources = _resources(whole)
            if resources is not None:
                resources_paragraph = block.paragraph
        if (level is None or level >= 4) and ":" in text:
            values = _label_values(text)
            if values is not None:
                if aims_level is None:
                    slot_lines[k] = values
                continue
        is_heading = (
            text.isupper()
            or level == 0
            or (
                level is not None
                and len(text.split()) <= 12
                and not _sentence_end(text)
                and not _verb_starts(whole)
            )
        )
        if is_heading:
            if aims_level is not None and (level is None or level <= aims_level):
                aims_level = None
            if _AIMS_RE.search(text) and len(text.split()) <= 12:
                aims_level = level if level is not None else 0
        if aims_level is not None and not (is_heading and not _AIMS_RE.search(text)):
            continue
        if text.isupper() or level == 0:
            continue
        article = level is None and bool(_ARTICLE_RE.match(text))
        if article:
            contexts = []  # a new article ("Điều 9. …"): the actors of the last one end
        heading = _heading_actor(block)
        if heading:
            if article:
                level = 0.5  # "Điều 9. Trách nhiệm của …": above its numbered clauses
            contexts.append(
                _Context(
                    level if level is not None else last_level + 0.5,
                    heading,
                    "heading",
                    # (the items of a meeting regime are its rules, whatever they open with)
                    verb_only=_party_line(block) is not None
                    and not _REGIME_HEADING.match(block.text.strip()),
                )
            )
            continue
        if _parent_line(block, blocks[k + 1] if k + 1 < len(blocks) else None):
            # (a line with no number names its bodies before a bracket: "Sở … (Giao Phòng …)")
            leads, role, lead_end, line = _line_actors(
                text if level is not None else _TRAILING_BRACKET.sub("", text).strip()
            )
            if leads:
                contexts.append(_Context(level if level is not None else 0.0, leads, "heading"))
            if not leads or role == "heading" or not _action_after(line, lead_end):
                continue  # a heading: its items are the tasks
        if text.rstrip().endswith(":") and _BASIS_INTRO.search(text):
            # "Đề nghị các Ban chấp hành …, căn cứ quy định tại:" then "- Luật …;": the items
            # are the documents the work rests on
            list_level = level if level is not None else last_level + 0.5
            continue
        if text.rstrip().endswith(":") and _introduces(
            block, blocks[k + 1] if k + 1 < len(blocks) else None
        ):
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            listed = nxt is not None and nxt.label is not None
            # of an introduction of several sentences, the one that ends with the colon
            # introduces the items ("Đề nghị UBND cấp xã chỉ đạo …: … . Riêng UBND phường
            # Hồng Ngự cử … và chỉ đạo …:"); the whole, when it names no actor
            cut = sentences(text)
            last = nlp.analyse(text[cut[-1][0] :]) if len(cut) > 1 else None
            addressees = subject = None
            if last is not None:
                addressees = _listed_members(last) or _intro_addressees(last)
                subject = None if addressees else _intro_subject(last, items=listed)
            if not (addressees or subject):
                addressees = _listed_members(whole) or _intro_addressees(whole)
                subject = None if addressees else _intro_subject(whole, items=listed)
            if not (addressees or subject):
                addressees = _tagged_addressees(last or whole) or None
            if addressees or subject:
                contexts.append(
                    _Context(
                        level if level is not None else last_level + 0.5,
                        addressees or subject or [],
                        "addressee",
                        verb_only=subject is not None,
                    )
                )
            elif level is not None and _OBJECTS_INTRO.search(text):
                list_level = level  # "… trình Hội đồng nhân dân tỉnh quyết định:" then objects
            continue
        # "Căn cứ Kế hoạch …" / "Thực hiện Công văn …": a preamble, unless the subject after
        # the opening clause is given work ("Căn cứ Kế hoạch …, các cơ quan, đơn vị … xây
        # dựng Kế hoạch …"); "Thực hiện Công văn …, UBND tỉnh giao Sở Nội vụ …" recounts the
        # higher body's instruction, "Căn cứ Quy chế …, Văn phòng đề nghị …" introduces the
        # request the next paragraphs make
        opening = bool(_OPENING_RE.match(text))
        context = contexts[-1] if contexts else None
        current: dict[str, Any] | None = None
        request: list[nlp.Actor] = []  # the addressees the block's first sentence asks
        for n, (s, e) in enumerate(_split_segments(text)):
            seg = text[s:e]
            if _not_a_task(seg):
                if opening and n == 0:
                    break
                continue
            if n > 0 and ":" in seg and _SLOT_LINE.match(seg):
                # "… . Đơn vị chủ trì: Phòng …": the labels of the task before it
                if current is not None:
                    current["e"] = e
                    current["a"].append(nlp.analyse(seg))
                continue
            a = nlp.analyse(seg)
            leads, role, lead_end = _find_leads(a)
            if leads and _quoted(a.text[: leads[0].char_start]):
                continue  # "… Công văn số 1911/BNV-TCPCP hướng dẫn: “… thì UBND cấp tỉnh …”"
            if (
                leads
                and role in ("giao", "de_nghi", "subject")
                and lead_end + 1 < len(a.toks)
                and a.toks[lead_end].text in (",", ";", "và")
            ):
                more = _list_tail(a, lead_end, _heading_line(above))
                if more:
                    leads, lead_end = [*leads, *more], more[-1].end
            if role == "shape":
                # under a heading that names the actor, a subject found by shape alone
                # replaces it only when it is a named body, or opens the item ("Các
                # trường hợp …, Ban Thường vụ Đảng ủy phân công …"; not "… cho các cơ
                # quan, đơn vị ở địa phương …")
                if (
                    context is not None
                    and not (context.role == "addressee" and context.verb_only)
                    and leads[0].start > 0
                    and all(x.kind == "class" for x in leads)
                ):
                    leads, role, lead_end = [], None, 0
                else:
                    role = "subject"
            if (
                opening
                and n == 0
                and not (
                    leads
                    and leads[0].start > 0
                    and (
                        role == "subject"
                        or (role == "giao" and _ask_after_comma(a, leads[0].start))
                    )
                )
            ):
                break
            if _narrative(seg, a, role, lead_end, leads[0].start if leads else 0) and not (
                # "Trách nhiệm của các thành viên" then "Tham dự đầy đủ các cuộc họp …": a
                # duty of the heading's actor, not the account of a meeting
                context is not None
                and context.role == "heading"
                and not leads
                and _phrase_at(a.toks, 0, _STRUCT_VERBS)
            ):
                continue
            starts_with_verb = bool(a.toks) and (
                0 in _verb_starts(a)
                or a.toks[0].lower in _ADVERBS
                or (context is not None and bool(_phrase_at(a.toks, 0, _STRUCT_VERBS)))
            )
            if (
                leads
                and context is not None
                and context.role == "heading"
                and n == 0
                and leads[0].start > 0
                and role in ("subject", "shape", "de_nghi")
                and (starts_with_verb or a.toks[0].lower == "là")
                and not _ASSIGNING_START.match(seg.removeprefix("Kính").removeprefix("kính"))
            ):
                # "2.2. Sở Xây dựng:" then "- Là cơ quan thường trực giúp Ủy ban nhân dân
                # Thành phố chỉ đạo …", "- Thanh tra, kiểm tra … hoặc đề nghị cơ quan có thẩm
                # quyền …": an item that opens with its work is the heading's actor's; the
                # bodies inside it are whom it helps or asks
                leads, role, lead_end = [], None, 0
            if not leads and current is None and _thing_requirement(a):
                # "Toàn bộ hệ thống phải được xây dựng theo …", "Việc xây dựng phần mềm phải
                # xuất phát từ …": a requirement on a thing names no actor and is no task of
                # its own (after a task of the same item it is more of that task: "Giao Sở …
                # rà soát … . Việc lập, thẩm định … dự toán kinh phí phải tuân thủ …")
                continue
            follows = (
                current is not None
                and n > 0
                and bool(_CONSEQUENCE_RE.match(seg))
                and all(x.kind == "class" for x in leads)
            )
            if (
                leads
                and current is not None
                and n > 0
                and not current["leads"]
                and role == "subject"
                and leads[0].start == 0
                and all(x.kind == "class" for x in leads)
            ):
                # "e) Tập trung thực hiện … . Mỗi cơ quan, đơn vị … phải tổ chức …": an item
                # that opens with its work names who does it in the next sentence
                current["leads"], current["role"], current["lead_end"] = leads, role, 0
                current["e"] = e
                current["a"].append(a)
            elif leads and not follows:
                if current is not None:
                    tasks.append(_finish(current, year))
                if n == 0 and role in ("de_nghi", "giao"):
                    request = leads
                current = {"block": block, "s": s, "e": e, "a": [a], "leads": leads, "role": role,
                           "lead_end": lead_end}  # fmt: skip
            elif current is not None:
                current["e"] = e
                current["a"].append(a)
            elif (
                not starts_with_verb
                and current is None
                and (guessed := _detected_leads(a, _heading_line(above)))
            ):
                # a clause whose subject only the learned tagger reads ("b) Các sở, ban, ngành,
                # huyện, thị xã xây dựng kế hoạch …"): a task with a guessed lead, its own
                # subject before any actor of the heading or introduction above
                current = {"block": block, "s": s, "e": e, "a": [a], "leads": guessed,
                           "role": "model", "lead_end": guessed[-1].end}  # fmt: skip
            elif context is not None and (
                starts_with_verb
                or (block.label is not None and not context.verb_only)
                or (n == 0 and context.role == "heading" and _opens_with_work(a))
            ):
                current = {"block": block, "s": s, "e": e, "a": [a], "leads": context.leads,
                           "role": context.role, "lead_end": 0}  # fmt: skip
            elif block.label is not None and starts_with_verb:
                current = {"block": block, "s": s, "e": e, "a": [a], "leads": [], "role": None,
                           "lead_end": 0, "heading": _heading_line(above)}  # fmt: skip
        if current is not None:
            tasks.append(_finish(current, year))
        if request and level is not None:
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            if nxt is not None and nxt.level is not None and nxt.level > level:
                # "2. Yêu cầu các cấp uỷ, tổ chức đảng … không để chậm trễ …" then "2.1. Tập
                # trung …": the items spell out the request to the same addressees
                contexts.append(_Context(level, request, "addressee", verb_only=True))
    _apply_slot_lines(blocks, tasks, slot_lines, year)
    _apply_table_rows(doc, tasks, year)
    _apply_heading_times(blocks, tasks, year)
    horizon = _horizon(anatomy)
    if horizon is not None:
        # the work the trích yếu dates as a whole ("… cần tập trung thực hiện từ nay đến ngày
        # 30/6/2025"): its tasks with no date of their own are due then
        # (a slogan stays one: the date is the document's, the item still says nothing checkable)
        tasks = [
            t if t is None else replace(_give_slots(t, _Slots(deadline=horizon)), slogan=t.slogan)
            for t in tasks
        ]
    full = _full_names([t for t in tasks if t is not None])
    final: list[Task] = []
    for t in tasks:
        if t is None:
            continue
        if full and any(x in full for x in t.leads):
            names = tuple(full.get(x, x) for x in t.leads)
            if len(set(names)) == len(names):
                kinds = tuple(
                    "named" if x in full else k for x, k in zip(t.leads, t.lead_kinds, strict=True)
                )
                t = replace(t, leads=names, lead_kinds=kinds)
        if resources is None and t.resources is None:
            t = replace(t, missing=(*t.missing, "resources"))
        final.append(t)
    return Extraction(final, blocks, resources, resources_paragraph)


def _full_names(tasks: list[Task]) -> dict[str, str]:
    """Short leads that stand for a body the document names in full elsewhere: a bare head
    ("giao Trung tâm chủ trì …" after "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh")
    or a name cut inside a word ("Trung tâm Xúc | đầu tư"), when exactly one named lead of the
    document begins with it."""
    named = {
        x
        for t in tasks
        if t.lead_role != "model"  # (a guessed lead names no body for sure)
        for x, k in zip(t.leads, t.lead_kinds, strict=True)
        if k == "named"
    }
    # and the short names the document defines ("Trung tâm đăng ký giao dịch, tài sản của Cục
    # … (sau đây gọi là Trung tâm đăng ký giao dịch, tài sản)")
    named |= {m.group(1).strip(' “”"') for t in tasks for m in _DEFINED_NAME.finditer(t.text)}
    out: dict[str, str] = {}
    for t in tasks:
        for x in t.leads:
            if x in out or not x[:1].isupper():
                continue
            syl = x.split()
            longer = [
                m
                for m in named
                if len(m.split()) > len(syl) and m.split()[: len(syl)] == syl and "(" not in m
            ]
            # a chain of cut names ("Trung tâm Xúc", "Trung tâm Xúc tiến …") is one body
            longer = [m for m in longer if not any(o != m and o.startswith(m) for o in longer)]
            if len(longer) != 1:
                continue
            rest = longer[0].split()[len(syl)]
            bare = " ".join(syl).lower() in _HEAD_WORDS
            if bare or (rest[:1].islower() and rest[:1].isalpha() and syl[-1][:1].isupper()):
                out[x] = longer[0]
    return out


_HEAD_WORDS = frozenset(_STRUCT_HEADS) - {"ông", "bà", "đồng chí"}
_DEFINED_NAME = re.compile(r"\(\s*sau\s+đây\s+(?:gọi|viết)\s+(?:tắt\s+)?là\s+([^()]{3,80}?)\s*\)")


# Finished tasks by what _finish reads (the block, the span, the analyses — functions of the
# span's text —, the leads, the role, the year): a draft checked again while it is edited keeps
# most of its tasks. Bounded; a task is frozen, so one object can serve several checks.
_FINISHED: LRU[tuple[Any, ...], Task | None] = LRU(1024)
_MISS = object()


def _finish(cur: dict[str, Any], year: int | None) -> Task | None:
    block: Block = cur["block"]
    key = (
        block.paragraph,
        block.text,
        block.label,
        block.offset,
        block.paragraphs,
        cur["s"],
        cur["e"],
        len(cur["a"]),
        tuple(cur["leads"]),
        cur["role"],
        cur.get("lead_end", 0),
        cur.get("heading"),
        year,
    )
    task = _FINISHED.get(key, _MISS)
    if task is _MISS:
        task = _finish_uncached(cur, year)
        _FINISHED.put(key, task)
    return task  # type: ignore[return-value]


# Words that never belong to a body's name: a copula, an auxiliary or the polite "kính" before
# the verb ("Sở Nội vụ kính | trình", "quỹ thấy | …", "Ban Chấp hành có thể | …", "Sở Tư pháp
# nhận được | Đơn …"); at the very end of a lead also a verb or preposition a name does not end
# with ("tổ chức, cá nhân có", "cơ quan đăng ký không", "quỹ đến").
_LEAD_TAIL = re.compile(r"\s+(?:là|vẫn|có thể|kính|thấy|nhận được|chịu sự|cũng|sẽ)(?=\s|$)")
_LEAD_END = re.compile(r"\s+(?:có|không|chưa|chỉ|hoặc)$|(?<!chuyển)\s+đến$")


def _trim_lead(text: str) -> str:
    """The lead without a tail that is no part of a name (not inside brackets: "(sau đây gọi
    tắt là Liên đoàn)")."""
    for m in _LEAD_TAIL.finditer(text):
        before = text[: m.start()]
        if before.count("(") == before.count(")"):
            text = before
            break
    end = _LEAD_END.search(text)
    return text[: end.start()] if end else text


def _heading_line(text: str | None) -> str | None:
    """A numbered line above an item, if it reads as a heading: it ends with a colon or is
    no sentence ("b) Cấp ủy cấp trên trực tiếp …", "2. Các sở, ban, ngành, địa phương:")."""
    if text is None:
        return None
    return text if text.rstrip().endswith(":") or not _sentence_end(text) else None


_CLASS_OPENERS = ("các ", "những ", "mỗi ", "từng ", "toàn thể ")
# Nouns of a party or a person that open an actor the lexicon has no head for ("Bên ký quỹ",
# "Người yêu cầu đăng ký", "cá nhân, tổ chức …")
_ACTOR_NOUNS = frozenset({"bên", "người", "cá", "tổ"})
_HEAD_LABELS = ("HEAD", "STANDALONE", "PERSON", "UNIT")


def _guessed_kind(lead: str) -> str:
    """The kind of a lead the tagger read: a class ("các …", or written in lower case) or a
    named body."""
    return "class" if lead.lower().startswith(_CLASS_OPENERS) or lead[:1].islower() else "named"


def _actor_phrase(lead: str) -> bool:
    """The tagged words open with a body, a class of units, a person or a party, as every
    lead does (not a topic: "Công tác tổ chức", "Các trường hợp")."""
    return _opens_actor(nlp.analyse(lead), 0)


def _opens_actor(a: nlp.Analysis, i: int) -> bool:
    """Token ``i`` of ``a`` opens a body, a class of units, a person or a party."""
    toks = a.toks
    if i >= len(toks):
        return False
    first = i + 1 if toks[i].lower in ("các", "những", "mỗi", "từng", "toàn") else i
    if toks[i].lower == "toàn" and i + 1 < len(toks) and toks[i + 1].lower == "thể":
        first = i + 2
    if first >= len(toks):
        return False
    if first in a.starts(_HEAD_LABELS) or party.head_at(toks, first):
        return True
    word = toks[first].lower
    if word in ("cá", "tổ"):  # "cá nhân", "tổ chức"
        return first + 1 < len(toks) and toks[first + 1].lower in ("nhân", "chức")
    return word in _ACTOR_NOUNS


_DUTY_AFTER = re.compile(r"\s+có\s+(?:các\s+|những\s+)?(?:nhiệm vụ|quyền|trách nhiệm|nghĩa vụ)\b")


def _tagged_leads(text: str, heading: str | None) -> list[nlp.Actor]:
    """The leads the learned tagger reads in a task's text and the heading above it (no token
    positions: the extraction reads them only for the leads the rules find)."""
    from linter.content import leadtagger

    out: list[nlp.Actor] = []
    for _part, tagged in leadtagger.tag(text, heading):
        # a heading's subject ends before its duty ("Giám đốc quỹ | có các nhiệm vụ sau:"),
        # the last one ("Bên có quyền trong ký quỹ | có quyền, nghĩa vụ")
        duty = [m.start() for m in _DUTY_AFTER.finditer(tagged)]
        lead = (tagged[: duty[-1]] if duty else tagged).strip(" ,;:-")
        if len(lead) < 3 or not _actor_phrase(lead):
            continue
        out.append(nlp.Actor(_guessed_kind(lead), 0, 0, lead, 0, 0))
    return out


# Adverbial openings a subject may follow ("Đồng thời, cấp uỷ …", "Theo đó, mỗi đoàn …").
_LINK_OPENERS = ("đồng thời", "theo đó", "bên cạnh đó", "ngoài ra", "mặt khác", "trước mắt")


# Words a subject and its duty never hold between them: another clause ("đã", "là", "khi"), a
# permission or a passive ("được", "bị", "có thể"), a definition ("bao gồm", "trở thành").
_DETECT_STOP = _STRUCT_STOP | {"được", "bị", "có", "bao", "trở", "thì", "cơ", "với"}
# Predicates of a conclusion that take note, not give work ("Bộ Chính trị … nhất trí với …",
# "Ủy ban nhân dân tỉnh ghi nhận và đánh giá cao …").
_NOTING = ("nhất trí", "đồng ý", "ghi nhận", "đánh giá cao", "biểu dương", "hoan nghênh",
           "khen ngợi", "cơ bản", "có thể", "có quyền", "là")  # fmt: skip


# Words a name does not end with.
_DANGLING = frozenset({"của", "các", "những", "và", "với", "cho", "tại", "trong", "thuộc", ","})


def _duty_after(a: nlp.Analysis, end: int) -> tuple[int, bool] | None:
    """Where the duty of a subject tagged up to token ``end`` starts: a verb, a modal or "căn
    cứ" after the rest of its name ("Các thành viên | khác trong tiểu ban | căn cứ …") or after
    an aside that singles part of it out ("…, nhất là thành phố Hà Nội …, phải đi đầu"); and
    whether an aside came between. None if something else comes first: a stop, a colon, a
    clause of its own ("đã …", "là …"), a permission, a taking note."""
    toks = a.toks
    verbs = a.starts(nlp.VERB_LABELS)
    aside = end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].lower in _SINGLING_OUT
    for p in range(end, min(len(toks), end + (40 if aside else 8))):
        t = toks[p]
        if aside and p < end + 4 and t.lower in (",", "nhất", "đặc", "biệt", "là"):
            continue
        if t.text in (";", ":", ".", "?", "!"):
            return None
        if _inside_actor(a, p):
            continue  # "Sở Xây dựng"
        if _phrase_at(toks, p, _NOTING):
            return None
        if p in verbs or _phrase_at(toks, p, _STRUCT_VERBS) or t.lower in _AFTER_SUBJECT:
            return p, aside
        if not aside and t.lower in _DETECT_STOP:
            return None
    return None


def _tagged_run(a: nlp.Analysis, tagged: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The runs the tagger read from ``tagged[0]`` on, joined by commas, "và" or semicolons,
    each up to a verb, a bracket or an aside that singles part of it out; None when they hold
    a word no name does ("Đảng viên được phê bình …", "Bên bảo lãnh có quyền …") or end
    inside a name ("Người | yêu cầu đăng ký", "Cấp ủy … của | tổ chức …")."""
    toks = a.toks
    verbs = a.starts(nlp.VERB_LABELS)
    run: list[tuple[int, int]] = []
    for x, y in tagged:
        if run:
            gap = toks[run[-1][1] : x]
            if len(gap) > 1 or any(t.lower not in (",", ";", "và") for t in gap):
                break
        cut = next(
            (
                k
                for k in range(x + 1, y)
                if toks[k].text == "("
                # (not a list's next member: "cấp uỷ, | tổ chức đảng")
                or (k in verbs and not _inside_actor(a, k) and toks[k - 1].text != ",")
                or (toks[k].text == "," and k + 1 < y and toks[k + 1].lower in _SINGLING_OUT)
            ),
            y,
        )
        run.append((x, cut))
        if cut < y:
            break
    if not run or any(t.lower in _DETECT_STOP for x, y in run for t in toks[x:y]):
        return None
    x, y = run[-1]
    if toks[y - 1].lower in _DANGLING or (y - x == 1 and toks[x].lower in _ACTOR_NOUNS):
        return None
    return run


def _run_actors(a: nlp.Analysis, run: list[tuple[int, int]]) -> list[nlp.Actor]:
    """The actors of tagged runs, or none if one of them opens with no body, class, person or
    party."""
    toks = a.toks
    out: list[nlp.Actor] = []
    for x, y in run:
        text = a.span_text(x, y).strip(" ,;:-")
        if len(text) < 3 or not _actor_phrase(text):
            return []
        out.append(nlp.Actor(_guessed_kind(text), x, y, text, toks[x].start, toks[y - 1].end))
    return out


def _detected_leads(a: nlp.Analysis, heading: str | None) -> list[nlp.Actor]:
    """A clause the rules read no lead in, whose subject the learned tagger reads and whose
    duty follows it ("Các thành viên khác trong tiểu ban căn cứ …, chủ động phối hợp …",
    "MTTQ xã phối hợp với …"): the leads (role "model"), else none."""
    from linter.content import leadtagger

    toks = a.toks
    # where a subject may start: the clause's first word, or the first after an opening
    # clause ("Đồng thời, …", "Trong quá trình …, …"); the tagger is asked only if a body, a
    # class, a person or a party opens there
    starts = {0}
    if a.text.lower().startswith(_LINK_OPENERS) or _OPENING_WORDS.match(a.text):
        starts |= {k + 1 for k, t in enumerate(toks[:40]) if t.text == ","}
    # (or after the topic of an item: "Tiêu chuẩn - đo lường - chất lượng: Ủy ban nhân dân …")
    starts |= {k + 1 for k, t in enumerate(toks[:15]) if t.text == ":"}
    if not any(_opens_actor(a, k) for k in starts):
        return []
    tagged = leadtagger.tag_text(a.text, heading)
    if not tagged or tagged[0][0] not in starts:
        return []
    s0 = tagged[0][0]
    if s0 in a.starts("ACTION") and not _inside_actor(a, s0):
        return []  # a verb opens it: "Tổ chức hội nghị phải bảo đảm tiết kiệm …"
    run = _tagged_run(a, tagged)
    if run is None:
        return []
    found = _duty_after(a, run[-1][1])
    if found is None or _narrative(a.text, a, "subject", found[0], s0):
        return []
    duty, aside = found
    if not aside:  # the name runs on to its duty
        run[-1] = (run[-1][0], duty)
    return _run_actors(a, run)


def _list_tail(a: nlp.Analysis, end: int, heading: str | None) -> list[nlp.Actor]:
    """More members of a list of leads the rules stopped reading at token ``end`` (a comma, a
    semicolon or "và"), as the learned tagger reads them, when its duty follows them
    ("Đề nghị Thường trực Hội đồng nhân dân tỉnh, | các Ban Hội đồng nhân dân tỉnh và đại
    biểu Hội đồng nhân dân tỉnh | tiếp tục …")."""
    from linter.content import leadtagger

    if not _opens_actor(a, end + 1):
        return []
    tagged = leadtagger.tag_text(a.text, heading)
    k = next((k for k, (x, _y) in enumerate(tagged) if x == end + 1), None)
    if k is None:
        return []
    run = _tagged_run(a, tagged[k:])
    if run is None:
        return []
    found = _duty_after(a, run[-1][1])
    if found is None or found[1]:
        return []
    return _run_actors(a, run)


def _tagged_addressees(a: nlp.Analysis) -> list[nlp.Actor]:
    """The addressees of an introduction the rules read none in, as the learned tagger reads
    them right after its request ("Để làm tốt việc này, yêu cầu cấp uỷ, tổ chức đảng, chính
    quyền, đoàn thể các cấp tập trung thực hiện … sau:")."""
    from linter.content import leadtagger

    asks = {h.end for h in a.of("ASK") + a.of("GIVE")}
    if not asks:
        return []
    tagged = leadtagger.tag_text(a.text)
    for k, (x, _y) in enumerate(tagged):
        if x in asks:
            run = _tagged_run(a, tagged[k:])
            return _run_actors(a, run) if run else []
    return []


def _finish_uncached(cur: dict[str, Any], year: int | None) -> Task | None:
    block: Block = cur["block"]
    text = block.text[cur["s"] : cur["e"]].strip()
    first: nlp.Analysis = cur["a"][0]
    a = nlp.analyse(text) if len(cur["a"]) > 1 else first
    leads: list[nlp.Actor] = cur["leads"]
    role = cur["role"]
    if not leads:
        # no lead the rules can read: the learned tagger's, if any (role "model")
        leads = _tagged_leads(text, cur.get("heading"))
        role = "model" if leads else role
    own = role in ("giao", "de_nghi", "subject")
    lead_ends = {x.end for x in leads} if own else set()
    if own:
        # "A, B" then ", " before a coordination verb: the token after the comma
        lead_ends |= {x.end + 1 for x in leads}
    co, co_end = _co_workers(a, lead_ends)
    leads_raw = {x.text for x in leads}
    lead_texts = [_trim_lead(x.text) for x in leads]
    co_texts = [x.text for x in co if x.text not in lead_texts and x.text not in leads_raw]
    # "chủ trì" inside the subject ("Cơ quan chủ trì tổ chức hội nghị có trách nhiệm …",
    # "Đơn vị được giao chủ trì soạn thảo …") does not make its body a lead of this work
    in_lead = (
        {i for x in leads for i in range(x.start, x.end)}
        if role == "subject" and len(cur["a"]) == 1
        else set()
    )
    if any(h.start not in in_lead for h in a.of("LEADV")) and role in (
        "giao", "subject", "heading", "de_nghi"
    ):  # fmt: skip
        role = "chu_tri" if role != "heading" or len(leads) == 1 else role
    # action: first action verb after the lead and the co-workers
    start_tok = max(cur.get("lead_end", 0) if len(cur["a"]) == 1 else 0, co_end)
    action = None
    action_tok = 0
    for h in sorted(a.of("ACTION"), key=lambda h: h.start):
        if h.start >= start_tok and not _inside_actor(a, h.start):
            action, _ = _phrase(a, h.start)
            action_tok = h.start
            break
    if action is None:
        for h in a.of("ACTION"):
            if not _inside_actor(a, h.start):
                action, _ = _phrase(a, h.start)
                action_tok = h.start
                break
    deadline = best_deadline(a.text, year=year)
    # a product named in the clause that opens the sentence before its subject ("Khi nhận
    # được ý kiến …, báo cáo …, tổ chức đảng … có trách nhiệm …") is what the work starts from
    # and a document named before a request ("Văn bản yêu cầu các hội: … hoàn thành …") is
    # the requester's, not what the addressees make
    opened = (
        own and leads and leads[0].start > 0
        and (
            len(cur["a"]) == 1
            # "a) Văn bản yêu cầu các hội: … . Qua thời gian này, …": the first sentence's
            # tokens open ``a``
            or (text.startswith(first.text)
                and any(_names_document(first, h.start) for h in first.of("ASK")))
        )
        and (bool(_OPENING_WORDS.match(a.text)) or role in ("giao", "de_nghi"))
    )  # fmt: skip
    product = _product(a, leads[0].start if opened else 0)
    resources = _resources(a)
    named = any(x.kind != "class" for x in leads) and role not in ("addressee",)
    slogan = _slogan(a, named, product, deadline)
    missing = []
    if not leads:
        missing.append("lead")
    if action is None:
        missing.append("action")
    if not deadline.concrete:
        missing.append("deadline")
    if product is None:
        missing.append("product")
    del action_tok
    if _closing_formula(a, named):
        return None
    start = (
        block.offset
        + cur["s"]
        + (len(block.text[cur["s"] :]) - len(block.text[cur["s"] :].lstrip()))
    )
    task = Task(
        text=text,
        paragraph=block.paragraph,
        leads=tuple(lead_texts),
        co_workers=tuple(co_texts),
        action=action,
        deadline=deadline,
        product=product,
        resources=resources,
        missing=tuple(missing),
        label=block.label,
        lead_role=role,
        lead_kinds=tuple(x.kind for x in leads),
        start=start,
        end=start + len(text),
        paragraphs=block.paragraphs,
        slogan=slogan,
        report=_report(a),
        has_number=bool(_DIGIT.search(text)),
    )
    return task


def extract_tasks(doc: Document, anatomy: Anatomy) -> list[Task]:
    """The tasks of a document, in reading order (design.md, ``lint tasks``)."""
    return extract(doc, anatomy).tasks


def extraction_for(ctx: Any) -> Extraction:
    """One extraction per document, shared between rules through ``ctx.memo``.

    ``ctx.memo("tasks")`` holds the task list (``list[Task]``, what other layers such as the
    copy check read); the full extraction (tasks, body blocks, resources) is under
    ``"content.extraction"``. Whichever is asked first, the tasks are extracted once.
    """
    ex = ctx.memo("content.extraction", lambda: extract(ctx.doc, ctx.anatomy))
    tasks = ctx.memo("tasks", lambda: ex.tasks)
    if tasks is not ex.tasks:  # the list was computed first elsewhere: keep one copy
        ex.tasks = tasks
    return ex


# -- rendering --------------------------------------------------------------------------------

_COLUMNS = ("Việc", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm", "Nguồn lực", "Thiếu")
_SLOT_VI = {
    "lead": "chủ trì",
    "action": "việc",
    "deadline": "thời hạn",
    "product": "sản phẩm",
    "resources": "nguồn lực",
}


def _deadline_cell(d: Deadline) -> str:
    if d.kind == "none":
        return ""
    if d.kind == "vague":
        return f"({d.text})"
    if d.date is not None:
        return f"{d.text} [{d.date.strftime('%d/%m/%Y')}]"
    return d.text or ""


def _row(t: Task) -> list[str]:
    return [
        t.text,
        "; ".join(t.leads) + (" (đoán)" if t.lead_role == "model" and t.leads else ""),
        "; ".join(t.co_workers),
        _deadline_cell(t.deadline),
        t.product or "",
        t.resources or "",
        ", ".join(_SLOT_VI[m] for m in t.missing),
    ]


def render(tasks: list[Task], fmt: str = "table", *, width: int = 40) -> str:
    """The task table as ``table`` (Vietnamese columns), ``csv`` or ``json``.

    The table and the CSV are read by people: "Đoạn" counts paragraphs from 1, as the lint
    report does; the JSON keeps the 0-based index of the contract."""
    if fmt == "json":
        return json.dumps([t.to_dict() for t in tasks], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["Đoạn", *_COLUMNS])
        for t in tasks:
            writer.writerow([t.paragraph + 1, *_row(t)])
        return buf.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format: {fmt}")
    rows = [["Đoạn", *_COLUMNS]] + [[str(t.paragraph + 1), *_row(t)] for t in tasks]

    def cut(s: str, n: int) -> str:
        return s if len(s) <= n else s[: n - 1] + "…"

    limits = [5, width, 28, 24, 24, 24, 18, 28]
    cells = [[cut(c, limits[i]) for i, c in enumerate(r)] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(limits))]
    lines = []
    for n, r in enumerate(cells):
        lines.append(" | ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0:
            lines.append("-+-".join("-" * w for w in widths))
    if not tasks:
        lines.append("(Không tìm thấy nhiệm vụ nào.)")
    return "\n".join(lines) + "\n"


__all__ = [
    "SLOTS",
    "Block",
    "Extraction",
    "ReportDuty",
    "Task",
    "body_blocks",
    "extract",
    "extract_tasks",
    "extraction_for",
    "render",
    "sentences",
]
