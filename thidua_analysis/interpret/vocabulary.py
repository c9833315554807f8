"""The words that decide a table's shape, as editable reference data (``vocabulary.csv``).

Each row gives a ``role`` (what the phrase says: a label column, a target column, the start of the
signature block…), the ``phrase`` as reports write it, and how it is matched against a cell:
``exact`` (the cell is the phrase), ``prefix`` (the cell begins with it), ``suffix`` (it ends
with it) or ``contains`` (its words stand together anywhere in the cell). Keys are diacritic-free (:func:`match_key`), so "Lũy kế"
and "LUỸ KẾ" are one phrase. An analyst adds a wording by adding a row to
``data/reference/vocabulary.csv``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReferenceDataError
from ..reference.files import Reference, per_reference, read_reference, reference_of
from ..text.vietnamese import match_key

__all__ = ["ROLES", "Vocabulary", "load_vocabulary"]

ROLES = {
    "label_header": "tiêu đề cột nội dung (tên chỉ tiêu)",
    "unit_header": "tiêu đề cột tên đơn vị",
    "uom_header": "tiêu đề cột đơn vị tính",
    "skip_column": "cột không chứa số liệu (STT, Ghi chú)",
    "result": "cột kết quả của kỳ báo cáo",
    "target": "cột kế hoạch, chỉ tiêu (không phải kết quả)",
    "prior": "cột cùng kỳ năm trước",
    "compare": "cột so sánh, tỷ lệ, số tăng giảm (không phải số liệu)",
    "balance": "cột số có ở một thời điểm ('Đầu kỳ', 'Số dư cuối kỳ', 'Tồn quỹ'), không phải kết quả trong kỳ",
    "spent": "cột số đã chi ('Đã chi', 'Chi trong kỳ') của một quỹ, không phải số vận động được",
    "in_quarter": "cột số liệu trong quý",
    "in_period": "cột số liệu trong kỳ",
    "to_date": "cột lũy kế từ đầu năm",
    "total": "dòng hoặc cột tổng",
    "score_scale": "tiêu đề cột điểm tối đa của từng tiêu chí ('Điểm chuẩn', 'Thang điểm'): bảng chấm điểm theo tiêu chí",
    "score_criteria": "tiêu đề cột tiêu chí chấm điểm ('Nội dung thi đua', 'Tiêu chí'): cùng tiêu đề nói về điểm là bảng chấm điểm",
    "list_title": "tiêu đề của một danh sách ('DANH SÁCH CÁC CUỘC GIÁM SÁT'): mỗi dòng là một việc, không phải một chỉ tiêu",
    "not_reported": "chữ trong ô số liệu cho biết chưa có số liệu ('Chưa báo cáo', 'Đang tổng hợp')",
    "unit_group": "dòng nhóm các đơn vị ('Cụm thi đua số 1', 'Khối quận'): số ghi trên dòng là tổng của nhóm",
    "units_total": "dòng tổng chỉ dưới cột tên đơn vị ('Tổng số'; trên đầu cột lại là số của chính đơn vị)",
    "stop": "dòng kết thúc bảng (nơi nhận, chữ ký, ghi chú)",
    "title_cut": "phần tiêu đề nói về kỳ sau (phương hướng, nhiệm vụ)",
    "title_ahead": "chữ về kỳ sau, chỉ cắt khi phía trước đã nêu năm và phía sau nêu năm sau ('…, định hướng năm 2024')",
    "title_compare": "phần tiêu đề nói về kỳ được so sánh ('… so với cùng kỳ năm 2022')",
    "motto": "dòng quốc hiệu, tiêu ngữ",
    "other_issuer": "đầu dòng tên một tổ chức khác Ủy ban MTTQ (khu dân cư, chi hội, đảng ủy…): báo cáo không phải của đơn vị",
    "other_doer": "đầu tên một dòng số liệu là tổ chức khác làm việc đó ('Hội LHPN tổ chức hội nghị…', 'UBND trao quà'): số không phải của Ủy ban MTTQ",
    "other_bodies": "tên mục nói về các tổ chức khác ('Hoạt động của các tổ chức chính trị - xã hội'): số liệu của mục không phải của Ủy ban MTTQ",
    "own_front": "tên mục nói về chính Ủy ban MTTQ ('I. Ủy ban MTTQ phường', 'Công tác Mặt trận')",
    "own_column": "tiêu đề cột chỉ ghi 'MTTQ', 'Mặt trận' bên cạnh cột của các tổ chức khác: kết quả của đơn vị",
    "campaign": "đợt, tháng cao điểm, chiến dịch trong tiêu đề: 'năm 2023' bên cạnh không phải cả năm",
    "guide_sheet": "tên trang hướng dẫn, danh mục (không đọc)",
    "report_title": "dòng tiêu đề của một báo cáo ('BÁO CÁO', 'Kết quả công tác…'): trang lời văn không có bảng cho các trang số liệu sau nó kỳ, năm, đơn vị",
    "plan_title": "đầu dòng tiêu đề của kế hoạch, bản đăng ký chỉ tiêu ('KẾ HOẠCH …', 'ĐĂNG KÝ THI ĐUA …'): không phải báo cáo kết quả",
    "not_result": "chữ trong tên một dòng cho biết số của dòng không phải kết quả kỳ báo cáo",
    "foreign_topic": "tên mục về một việc danh mục không đếm ('Công tác hòa giải', 'Bầu cử'): dòng chỉ ghi 'Số vụ việc', 'Hội nghị' dưới mục không được gán chỉ tiêu",
}
MODES = ("exact", "prefix", "contains", "suffix")


@dataclass(frozen=True)
class Vocabulary:
    """``phrases[role]``: ``(key, mode)`` pairs, longest first."""

    phrases: dict[str, tuple[tuple[str, str], ...]]
    _seen: dict[tuple[str, str], str] = field(default_factory=dict, compare=False, repr=False)
    ref: Reference | None = field(default=None, compare=False, repr=False)  # what it was read from

    def matches(self, role: str, text: str, *, key: str | None = None) -> str:
        """The phrase key of ``role`` that ``text`` holds (longest first), or ""."""
        found = self._seen.get((role, text))
        if found is None:
            if len(self._seen) > 200_000:  # a bound over a long batch
                self._seen.clear()
            found = self._seen[(role, text)] = self._match(role, match_key(text) if key is None else key)
        return found

    def _match(self, role: str, key: str) -> str:
        if not key:
            return ""
        for phrase, mode in self.phrases.get(role, ()):
            if key == phrase:
                return phrase
            if mode == "prefix" and key.startswith(phrase + " "):
                return phrase
            if mode == "contains" and f" {phrase} " in f" {key} ":
                return phrase
            if mode == "suffix" and key.endswith(" " + phrase):
                return phrase
        return ""


def load_vocabulary(*, user_dir: str | Path | None = None, ref: Reference | None = None) -> Vocabulary:
    """The packaged vocabulary with the analyst's rows added."""
    return _vocabulary(reference_of(user_dir, ref))


@per_reference
def _vocabulary(ref: Reference) -> Vocabulary:
    frame = read_reference("vocabulary.csv", ["role", "phrase", "match"], key=None, ref=ref)
    phrases: dict[str, set[tuple[str, str]]] = {}
    for number, (role, phrase, mode) in enumerate(
        zip(frame["role"], frame["phrase"], frame["match"], strict=True), start=2
    ):
        if role not in ROLES:
            raise ReferenceDataError(
                f"vocabulary.csv, dòng {number}: vai trò '{role}' không có; chỉ dùng: "
                f"{', '.join(ROLES)}."
            )
        mode = mode or "prefix"
        if mode not in MODES:
            raise ReferenceDataError(
                f"vocabulary.csv, dòng {number}: cột match '{mode}' không hợp lệ; chỉ dùng: "
                f"{', '.join(MODES)}."
            )
        key = match_key(phrase)
        if key:
            phrases.setdefault(role, set()).add((key, mode))
    return Vocabulary(
        {r: tuple(sorted(p, key=lambda t: (-len(t[0]), t[0]))) for r, p in phrases.items()}, ref=ref
    )
