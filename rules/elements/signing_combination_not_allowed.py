"""VB163 signing-combination-not-allowed."""

from __future__ import annotations

from collections.abc import Iterator

from linter.finding import Finding, Severity
from linter.rule import Context
from rules.elements._signature import FormLine, signature_form_lines
from rules.layout._common import StateRule


def _groups(lines: list[FormLine]) -> list[list[FormLine]]:
    """Authority lines of one signature: same table cell, or consecutive lines."""
    groups: list[list[FormLine]] = []
    for line in lines:
        cell = line.para.cell
        if groups:
            prev = groups[-1][-1].para
            same_cell = (
                cell is not None
                and prev.cell is not None
                and (
                    (cell.table, cell.row, cell.col)
                    == (prev.cell.table, prev.cell.row, prev.cell.col)
                )
            )
            near = cell is None and prev.cell is None and line.para.index - prev.index <= 2
            if same_cell or near:
                groups[-1].append(line)
                continue
        groups.append([line])
    return groups


class SigningCombinationNotAllowed(StateRule):
    """Kết hợp quyền hạn ký không có trong Điều 13.
    (A chain of signing authorities that Điều 13 does not provide for.)

    ## Kiểm tra gì (What it checks)
    Trong một khối chữ ký chỉ được kết hợp "TM." với "KT." (cấp phó ký thay người đứng đầu tập
    thể) và "TL." với "KT." (cấp phó ký thay người được giao ký thừa lệnh). "TUQ." không được
    kết hợp (không ủy quyền lại). Kết hợp khác là cảnh báo.
    Only TM.+KT. and TL.+KT. are allowed; TUQ. cannot be combined (no sub-delegation).

    ## Vì sao (Why)
    Nghị định 30/2020/NĐ-CP, Điều 13: khoản 2 (chế độ tập thể: cấp phó ký thay), khoản 3
    (người được ủy quyền không được ủy quyền lại), khoản 4 (người ký thừa lệnh có thể giao cấp
    phó ký thay).
    Điều 13 §2–§4.

    ## Ví dụ sai (Bad)
        TUQ. CHỦ TỊCH / KT. GIÁM ĐỐC SỞ

    ## Ví dụ đúng (Good)
        TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH

    ## Tự sửa (Fix)
    Không. (No fix.)

    ## Tùy chọn (Options)
    Không có. (None.) Các kết hợp cho phép: `signature.combinations`.

    ## Ngoại lệ (When not to apply)
    Hai khối chữ ký cạnh nhau (biên bản, văn bản liên tịch) được xét riêng; văn bản quy phạm
    pháp luật.

    ## Căn cứ (References)
    - Nghị định 30/2020/NĐ-CP, Điều 13, khoản 2, 3, 4
    """

    code = "VB163"
    name = "signing-combination-not-allowed"
    summary = "Chỉ kết hợp TM. + KT. hoặc TL. + KT.; không ủy quyền lại"
    summary_en = "Only TM.+KT. or TL.+KT.; no sub-delegation"
    severity = Severity.ERROR
    source = "Nghị định 30/2020/NĐ-CP, Điều 13"
    table = "signature"

    def check(self, ctx: Context) -> Iterator[Finding]:
        allowed = {tuple(c) for c in self.data(ctx).get("combinations", [])}
        for group in _groups(signature_form_lines(ctx)):
            chain = tuple(line.canonical for line in group)
            if len(chain) < 2 or chain in allowed:
                continue
            text = " / ".join(line.para.stripped for line in group)
            first = group[0].para
            if "TUQ." in chain:
                yield self.finding(
                    ctx,
                    vi=f"Khối chữ ký “{text[:60]}” kết hợp “TUQ.” với quyền hạn khác; người được "
                    "ủy quyền không được ủy quyền lại cho người khác ký.",
                    en=f"Signature “{text[:60]}” combines “TUQ.” with another authority; "
                    "delegated signing cannot be delegated again.",
                    location=self.at(first),
                )
                continue
            combos = ", ".join(" + ".join(c) for c in sorted(allowed))
            yield self.finding(
                ctx,
                vi=f"Khối chữ ký kết hợp {' + '.join(chain)}; Điều 13 chỉ quy định {combos}.",
                en=f"Signature chains {' + '.join(chain)}; Điều 13 provides only {combos}.",
                location=self.at(first),
                severity=Severity.WARNING,
            )
