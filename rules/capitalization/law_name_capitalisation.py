"""VB403 law-name-capitalisation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.model import Paragraph
from linter.rule import Context
from rules.capitalization._common import capitalised, cited_text_paragraphs, write_fix
from rules.layout._common import StateRule, cap

# "Luật tổ chức chính quyền địa phương", "Bộ luật hình sự", "Pháp lệnh xử lý …": the type word
# and a lower-case first word of the name. Only "Luật" with a capital L (a lower-case "luật" is
# the common noun), "Bộ luật" and "Pháp lệnh" as PL II writes them.
_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_NAME = re.compile(r"(?<!\w)(Bộ luật|Luật|Pháp lệnh) ([" + _LOWER + r"]\w*)")
# Words after "Luật" that do not start a law's name: "Đoàn Luật sư", "Luật này", "Luật và các
# quy định", "Luật sửa đổi, bổ sung …" (the amending law's title keeps "sửa đổi" lower case in
# the Official Gazette), "Luật đã quy định", "Luật, Pháp lệnh không ghi số".
_NOT_A_NAME = frozenset(
    {
        "sư",
        "sửa",
        "này",
        "và",
        "hoặc",
        "hay",
        "hiện",
        "đã",
        "được",
        "không",
        "chưa",
        "của",
        "quy",
        "mới",
        "khác",
        "liên",
        "có",
        "số",
        "năm",
        "ngày",
        "về",
        "theo",
        "trên",
        "cũng",
        "đó",
        "nêu",
        "gốc",
        "chuyên",
        "cơ",
        "các",
        "những",
        "là",
        "thì",
        "mà",
        "nói",
        "ghi",
        "trước",
        "sau",
        "nay",
        "ấy",
        "định",
        "trong",
        "tại",
        "với",
        "cho",
        "để",
        "do",
        "bị",
        "sẽ",
        "đang",
        "vẫn",
        "lệ",
    }
)


class LawNameCapitalisation(StateRule):
    """Tên luật, bộ luật, pháp lệnh được viện dẫn không viết hoa chữ đầu của tên.
    (A cited law's name without its first capital.)

    ## Kiểm tra gì (What it checks)
    Khi viện dẫn một luật, bộ luật, pháp lệnh cụ thể, viết hoa chữ cái đầu của tên loại và của
    âm tiết đầu của tên: "Luật Tổ chức chính quyền địa phương", "Bộ luật Hình sự".
    A cited law's type word and the first syllable of its name are capitalised.

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.6 (tên loại và tên của văn bản khi viện dẫn cụ
    thể): viết hoa chữ cái đầu của tên loại và chữ cái đầu của âm tiết thứ nhất của tên gọi văn
    bản, với các ví dụ "Bộ luật Hình sự", "Luật Tổ chức Quốc hội".
    ND 30, Appendix II, V.6, with those examples.

    ## Ví dụ sai (Bad)
        Căn cứ Luật tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

    ## Ví dụ đúng (Good)
        Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

    ## Tự sửa (Fix)
    Có, an toàn: viết hoa chữ đầu của âm tiết đó. (Yes, safe.)

    ## Tùy chọn (Options)
    Không có. (None.) `capitalization.cited_upper` bật quy tắc.

    ## Ngoại lệ (When not to apply)
    "luật" viết thường (danh từ chung); "Luật sư", "Luật này", "Luật và …", "Luật sửa đổi, bổ
    sung …"; văn bản quy phạm pháp luật.
    The common noun "luật"; "Luật sư", "Luật này", amending laws; normative documents.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.6
    """

    code = "VB403"
    name = "law-name-capitalisation"
    summary = "Viện dẫn luật, bộ luật, pháp lệnh: viết hoa chữ đầu của tên"
    summary_en = "Cited laws: capitalise the first syllable of the name"
    severity = Severity.ERROR
    fixable = True
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.6"
    table = "capitalization"

    def check(self, ctx: Context) -> Iterator[Finding]:
        if not self.data(ctx).get("cited_upper"):
            return
        yield from cap(ctx, self._scan(ctx))

    def _scan(self, ctx: Context) -> Iterator[Finding]:
        for para in cited_text_paragraphs(ctx):
            if "uật" not in para.text and "Pháp lệnh" not in para.text:
                continue
            for m in _NAME.finditer(para.text):
                if m.group(2) in _NOT_A_NAME:
                    continue
                yield self._one(ctx, para, m)

    def _one(self, ctx: Context, para: Paragraph, m: re.Match[str]) -> Finding:
        kind, word = m.group(1), m.group(2)
        right = capitalised(word)
        return self.finding(
            ctx,
            vi=f"Viện dẫn “{kind} {word} …”; viết hoa chữ đầu của tên: “{kind} {right} …”.",
            en=f"Citation “{kind} {word} …”; capitalise the name: “{kind} {right} …”.",
            location=self.at(para, *m.span(2)),
            fix=write_fix(ctx, right),
        )
