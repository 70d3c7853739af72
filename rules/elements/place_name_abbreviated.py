"""VB123: the place name of the date line is abbreviated ("TP.HCM") or not the profile's."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._header import StateElementRule, date_of, norm


class PlaceNameAbbreviated(StateElementRule):
    """Địa danh ở dòng ngày tháng viết tắt (“TP.HCM”) hoặc khác địa danh của cơ quan.
    (The place name is abbreviated, e.g. “TP.HCM”, or differs from the organisation's.)

    ## Kiểm tra gì (What it checks)
    Địa danh ghi trên văn bản là tên gọi chính thức của đơn vị hành chính, viết đầy đủ: “Thành
    phố Hồ Chí Minh”, không viết “TP.HCM”, “TP. Đà Lạt”. Khi cấu hình có địa danh của cơ quan
    ([profile] place), địa danh khác sẽ được cảnh báo (thường do sao chép mẫu của nơi khác).
    The place must be the unit's official name in full; with a configured profile place, a
    different place is a warning (often a template copied from elsewhere).

    ## Vì sao (Why)
    Phụ lục I, mục II.4.a: địa danh là tên gọi chính thức của đơn vị hành chính; “đối với những
    đơn vị hành chính được đặt tên theo tên người, bằng chữ số hoặc sự kiện lịch sử thì phải
    ghi tên gọi đầy đủ”, ví dụ “Thành phố Hồ Chí Minh”.
    PL I, II.4.a.

    ## Ví dụ sai (Bad)
        TP.HCM, ngày 05 tháng 01 năm 2026

    ## Ví dụ đúng (Good)
        Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2026

    ## Tự sửa (Fix)
    Không (tên đầy đủ phụ thuộc đơn vị). (No fix: the full name depends on the unit.)

    ## Tùy chọn (Options)
    Không có. Địa danh của cơ quan lấy từ cấu hình [profile] place. (None; the organisation's
    place comes from the [profile] place setting.)

    ## Ngoại lệ (When not to apply)
    Lực lượng vũ trang theo quy định riêng; văn bản của Đảng, văn bản quy phạm pháp luật.
    Armed forces follow their own rules; Party and normative documents are out of scope.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.a
    """

    code = "VB123"
    name = "place-name-abbreviated"
    summary = "Địa danh phải viết đầy đủ tên chính thức (không viết “TP.HCM”)"
    summary_en = "The place must be the official name in full (not “TP.HCM”)"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4.a"

    def check(self, ctx: Context) -> Iterator[Finding]:
        date = date_of(ctx)
        if date is None or not date.place:
            return
        data = self.data(ctx, "date_line")
        place = norm(date.place)
        loc = self.at(date.para, *date.place_span, part="dia_danh_ngay_thang")
        listed = {norm(p).upper() for p in data.get("abbreviated_places", ())}
        prefixes = tuple(data.get("abbreviated_prefixes", ()))
        if place.upper() in listed or place.startswith(prefixes):
            yield self.finding(
                ctx,
                vi=f"Địa danh “{place}” viết tắt; phải ghi tên gọi chính thức, đầy đủ (ví dụ "
                "“Thành phố Hồ Chí Minh”).",
                en=f"The place “{place}” is abbreviated; write the official full name (e.g. "
                "“Thành phố Hồ Chí Minh”).",
                location=loc,
            )
            return
        wanted = ctx.profile.place
        if wanted and norm(wanted).casefold() != place.casefold():
            yield self.finding(
                ctx,
                vi=f"Địa danh “{place}” khác địa danh của cơ quan trong cấu hình (“{wanted}”).",
                en=f"The place “{place}” differs from the organisation's configured place "
                f"(“{wanted}”).",
                location=loc,
                severity=Severity.WARNING,
            )
