"""VB601 tieu-de-dang-wrong."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Location, Severity
from linter.rule import Context
from rules.party._party import (
    PartyRule,
    first_part,
    fold_upper,
    header_segments,
    location,
    part_texts,
)

_STATE_LINES = {
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": ("Quốc hiệu", "national title"),
    "ĐỘC LẬP - TỰ DO - HẠNH PHÚC": ("Tiêu ngữ", "motto"),
}


class TieuDeDangWrong(PartyRule):
    """Văn bản của Đảng thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”, ghi sai, hoặc có Quốc hiệu.
    (Party document without the exact heading “ĐẢNG CỘNG SẢN VIỆT NAM”, or with a national title.)

    ## Kiểm tra gì (What it checks)
    Văn bản được nhận là của Đảng (theo số, ký hiệu hoặc cấu hình) phải có tiêu đề đúng chữ
    “ĐẢNG CỘNG SẢN VIỆT NAM”, trên một dòng; không có Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
    NAM” và Tiêu ngữ “Độc lập - Tự do - Hạnh phúc” (của văn bản Nhà nước).
    A Party document carries exactly “ĐẢNG CỘNG SẢN VIỆT NAM” and no State national title/motto.

    ## Vì sao (Why)
    Hướng dẫn 36-HD/VPTW, mục II.1.1.1: “Tiêu đề ‘Đảng Cộng sản Việt Nam’ là thành phần thể thức
    xác định văn bản của Đảng.” Hướng dẫn 05-HD/VPTW giữ nguyên. Văn bản của Đảng không có Quốc
    hiệu, Tiêu ngữ.
    The heading identifies a Party document (HD 36 §II.1.1.1; HD 05 unchanged).

    ## Ví dụ sai (Bad)
        ĐẢNG CỘNG SẢN VIỆT NAM / Độc lập - Tự do - Hạnh phúc

    ## Ví dụ đúng (Good)
        ĐẢNG CỘNG SẢN VIỆT NAM

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Chữ của tiêu đề đọc từ `tieu_de.text` của dữ liệu chế độ.

    ## Ngoại lệ (When not to apply)
    Văn bản Nhà nước; văn bản chưa xác định hệ (VB005). Cách viết hoa hiển thị do VB602 kiểm tra.
    State documents and documents of unknown family; capitals are VB602's.

    ## Căn cứ (References)
    - Hướng dẫn 36-HD/VPTW, mục II.1.1; Hướng dẫn 05-HD/VPTW, Phần II, mục I.1
    """

    code = "VB601"
    name = "tieu-de-dang-wrong"
    summary = "Văn bản của Đảng phải có tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”, không có Quốc hiệu"
    summary_en = "A Party document has the heading “ĐẢNG CỘNG SẢN VIỆT NAM” and no national title"
    severity = Severity.ERROR
    source = "Hướng dẫn 36-HD/VPTW, mục II.1.1"
    table = "tieu_de"

    def check(self, ctx: Context) -> Iterator[Finding]:
        want = str(self.data(ctx).get("text") or "ĐẢNG CỘNG SẢN VIỆT NAM")
        td = first_part(ctx, "tieu_de_dang")
        if td is None:
            yield self.report(
                ctx,
                vi=f"Không thấy tiêu đề “{want}”; văn bản của Đảng phải có tiêu đề ở góc phải, "
                "dòng đầu trang thứ nhất.",
                en=f"No heading “{want}”; a Party document carries it top right on page 1.",
                location=Location(excerpt=""),
            )
        elif fold_upper(td.text) != fold_upper(want):
            yield self.report(
                ctx,
                vi=f"Tiêu đề ghi “{td.nfc}”; phải đúng “{want}”.",
                en=f"Heading reads “{td.nfc}”; it must be exactly “{want}”.",
                location=location(self, td),
            )
        seen: set[tuple[int, int]] = set()
        found = [*part_texts(ctx, "quoc_hieu"), *part_texts(ctx, "tieu_ngu")]
        found += [pt for pt in header_segments(ctx) if fold_upper(pt.text) in _STATE_LINES]
        for pt in found:
            key = (pt.para.index, pt.start)
            if key in seen or pt.para.story.value not in ("body", "textbox"):
                continue
            seen.add(key)
            vi_name, en_name = _STATE_LINES.get(
                fold_upper(pt.text), ("Quốc hiệu", "national title")
            )
            yield self.report(
                ctx,
                vi=f"Văn bản của Đảng có {vi_name} “{pt.nfc}” của văn bản Nhà nước; bỏ dòng "
                "này, chỉ giữ tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”.",
                en=f"A Party document carries the State {en_name} “{pt.nfc}”; remove it and "
                "keep only the Party heading.",
                location=location(self, pt),
            )
