"""VB627 party-kinh-gui-format."""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.party._format import PartFormatRule
from rules.party._party import kinh_gui_lines, location, severity_of

_LABEL = re.compile(r"^\s*(?P<label>Kính\s+(?:gửi|trình))(?P<colon>\s*:)?", re.IGNORECASE)


class PartyKinhGuiFormat(PartFormatRule):
    """Phần “Kính gửi” của văn bản Đảng sai cỡ, kiểu chữ, dấu hai chấm hoặc sai từ.
    (The Kính gửi block of a Party document in the wrong size, style or wording.)

    ## Kiểm tra gì (What it checks)
    “Kính gửi:” in thường, cỡ 14, nghiêng, có dấu hai chấm; tên nơi nhận sau đó cỡ 14 (Hướng dẫn
    05: 14–15), đứng. Tờ trình: Hướng dẫn 36 viết “Kính gửi”, Hướng dẫn 05 viết “Kính trình” (viết
    theo hướng dẫn kia: gợi ý theo Hướng dẫn 36, cảnh báo theo Hướng dẫn 05).
    Label 14 pt italic with a colon; recipients 14 pt (HD 05: 14–15) upright; tờ trình label per
    the guidance in force.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, Phụ lục 3 dòng 9: “Kính gửi: In thường – 14 – Nghiêng”, tên cơ quan sau
    đó “In thường – 14 – Đứng”; mục II.1.9.2: có dấu hai chấm; tờ trình “trình bày thêm từ ‘Kính
    gửi’”. Hướng dẫn 05-HD/VPTW, mục I.9.2.4: tờ trình “trình bày thêm từ ‘Kính trình’”.
    HD 36 Phụ lục 3 row 9 and §II.1.9.2; HD 05 §I.9.2.4 (“Kính trình” for a tờ trình).

    ## Ví dụ sai (Bad)
        Kính gửi   (đứng, không dấu hai chấm)

    ## Ví dụ đúng (Good)
        Kính gửi:   (cỡ 14, nghiêng)

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Bảng `kinh_gui` (`label_size_pt`, `label_italic`, `items_size_pt`,
    `to_trinh_label`, `other_label_severity`).

    ## Ngoại lệ (When not to apply)
    Văn bản không có phần Kính gửi.
    No Kính gửi block.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.9.2 và Phụ lục 3 (dòng 9); Hướng dẫn 05-HD/VPTW, mục I.9.2
    """

    code = "VB627"
    name = "party-kinh-gui-format"
    summary = "“Kính gửi:” cỡ 14, nghiêng, có dấu hai chấm; tờ trình theo hướng dẫn đang áp dụng"
    summary_en = "“Kính gửi:” 14 pt italic with a colon; tờ trình wording per the guidance"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, Phụ lục 3 (dòng 9)"
    table = "kinh_gui"
    needs_formatting = False
    checks = (
        ("kinh_gui_label", "kinh_gui", "label_", "Chữ “Kính gửi”", "“Kính gửi” label"),
        ("kinh_gui_items", "kinh_gui", "items_", "Nơi gửi", "Addressee"),
    )

    def check(self, ctx: Context) -> Iterator[Finding]:
        label, _ = kinh_gui_lines(ctx)
        if label is None:
            return
        if ctx.doc.has_formatting:
            yield from super().check(ctx)
        m = _LABEL.match(label.nfc)
        if m is None:
            return
        data = self.data(ctx)
        if data.get("colon", True) and not m.group("colon"):
            yield self.report(
                ctx,
                vi=f"Sau “{m.group('label')}” thiếu dấu hai chấm (:).",
                en=f"No colon after “{m.group('label')}”.",
                location=location(self, label),
            )
        want = data.get("to_trinh_label")
        if ctx.anatomy.doc_type == "to_trinh" and want:
            got = " ".join(m.group("label").split())
            if got.lower() != str(want).lower():
                yield self.report(
                    ctx,
                    vi=f"Tờ trình ghi “{got}”; theo hướng dẫn đang áp dụng ghi “{want}:”.",
                    en=f"The tờ trình says “{got}”; the guidance in force writes “{want}:”.",
                    location=location(self, label),
                    severity=severity_of(data.get("other_label_severity"), Severity.WARNING),
                )
