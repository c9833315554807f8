"""Recipes: what an analyst writes once, without code, for a layout the loader gets wrong.

A recipe lives in ``data/reference/recipes.toml`` beside the other reference files::

    [[recipe]]
    name = "Mẫu riêng của huyện Gia Lâm"
    files = "*gia_lam*.xlsx"        # which files (path inside the folder ingested; * and ?)
    unit = "gia_lam"                # the reporting unit (an id of units.csv)
    year = 2023
    period = "9M"                   # Q1..Q4, H1, H2, 9M, FY
    sheets = ["Báo cáo"]            # read only these sheets (a hidden one too, if named)
    skip_sheets = ["Hướng dẫn"]     # never read these
    header_row = 6                  # the header row, as Excel numbers it
    label_column = "B"              # the column of indicator labels
    columns = { D = "result", E = "target", F = "compare" }
    aliases = { "Số buổi sinh hoạt chuyên đề" = "hoi_nghi_tuyen_truyen" }

Every key is optional but ``files``. A key that does not exist, a role, unit, period or
indicator code that is not known is an error naming it. What a recipe decided is recorded as
the source ("recipe: <name>").
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReferenceDataError
from ..reference.files import Reference, per_reference, read_reference, reference_of
from ..schema import column_index
from ..text.periods import PERIODS

__all__ = ["RECIPE_KEYS", "Recipe", "find_recipe", "load_recipes"]

RECIPE_FILE = "recipes.toml"
RECIPE_KEYS = {
    "name": "tên công thức",
    "files": "mẫu tên tệp",
    "unit": "mã đơn vị",
    "year": "năm",
    "period": "kỳ",
    "sheets": "các trang cần đọc",
    "skip_sheets": "các trang bỏ qua",
    "header_row": "dòng tiêu đề bảng",
    "label_column": "cột nội dung",
    "columns": "vai trò các cột",
    "aliases": "bí danh chỉ tiêu",
}
COLUMN_ROLES = ("result", "target", "prior", "compare", "skip", "uom", "in_quarter", "in_period",
                "to_date", "total", "label")  # fmt: skip


@dataclass(frozen=True)
class Recipe:
    name: str
    files: str
    unit: str | None = None
    year: int | None = None
    period: str | None = None
    sheets: tuple[str, ...] = ()
    skip_sheets: tuple[str, ...] = ()
    header_row: int | None = None  # 0-based
    label_column: int | None = None  # 0-based
    columns: tuple[tuple[int, str], ...] = ()  # (0-based column, role)
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, indicator code)

    @property
    def source(self) -> str:
        return f"recipe: {self.name}"


def _column(letters: str, where: str) -> int:
    if not re.fullmatch(r"[A-Za-z]{1,3}", letters or ""):
        raise ReferenceDataError(f"{where}: '{letters}' không phải tên cột (A, B, …, AA).")
    return column_index(letters)


def _recipe(entry: dict, number: int, units: set[str], codes: set[str]) -> Recipe:
    where = f"{RECIPE_FILE}, công thức thứ {number}"
    unknown = sorted(set(entry) - set(RECIPE_KEYS))
    if unknown:
        raise ReferenceDataError(
            f"{where}: khóa {', '.join(repr(k) for k in unknown)} không có. Các khóa dùng được: "
            f"{', '.join(RECIPE_KEYS)}."
        )
    if not isinstance(entry.get("files"), str) or not entry["files"].strip():
        raise ReferenceDataError(f"{where}: thiếu khóa 'files' (mẫu tên tệp, ví dụ \"*gia_lam*.xlsx\").")
    name = str(entry.get("name") or entry["files"])
    unit = entry.get("unit")
    if unit is not None and unit not in units:
        raise ReferenceDataError(f"{where}: đơn vị '{unit}' không có trong units.csv.")
    period = entry.get("period")
    if period is not None and period not in PERIODS:
        raise ReferenceDataError(f"{where}: kỳ '{period}' không hợp lệ; chỉ dùng: {', '.join(PERIODS)}.")
    year = entry.get("year")
    if year is not None and not (isinstance(year, int) and 1990 <= year <= 2100):
        raise ReferenceDataError(f"{where}: năm '{year}' không hợp lệ.")
    header_row = entry.get("header_row")
    if header_row is not None and not (isinstance(header_row, int) and header_row >= 1):
        raise ReferenceDataError(f"{where}: header_row phải là số dòng (1, 2, …).")
    columns = []
    for letters, role in dict(entry.get("columns") or {}).items():
        if role not in COLUMN_ROLES:
            raise ReferenceDataError(
                f"{where}: vai trò cột '{role}' không có; chỉ dùng: {', '.join(COLUMN_ROLES)}."
            )
        columns.append((_column(letters, where), role))
    aliases = []
    for alias, code in dict(entry.get("aliases") or {}).items():
        if code not in codes:
            raise ReferenceDataError(f"{where}: mã chỉ tiêu '{code}' không có trong danh mục.")
        aliases.append((str(alias), code))
    label = entry.get("label_column")
    return Recipe(
        name=name, files=entry["files"].strip(), unit=unit, year=year, period=period,
        sheets=tuple(entry.get("sheets") or ()), skip_sheets=tuple(entry.get("skip_sheets") or ()),
        header_row=header_row - 1 if header_row else None,
        label_column=_column(label, where) if label else None,
        columns=tuple(columns), aliases=tuple(aliases),
    )  # fmt: skip


def load_recipes(*, user_dir: str | Path | None = None, ref: Reference | None = None) -> tuple[Recipe, ...]:
    """The analyst's recipes (none when there is no recipes.toml)."""
    return _recipes(reference_of(user_dir, ref))


@per_reference
def _recipes(ref: Reference) -> tuple[Recipe, ...]:
    path = ref.where(RECIPE_FILE, user=True)
    content = ref.file(RECIPE_FILE, user=True)
    if content is None:
        return ()
    try:
        document = tomllib.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ReferenceDataError(f"Không đọc được {path}: {exc}") from exc
    unknown = sorted(set(document) - {"recipe"})
    if unknown:
        raise ReferenceDataError(
            f"{path}: mục {', '.join(repr(k) for k in unknown)} không có; mỗi công thức bắt đầu "
            "bằng [[recipe]]."
        )
    units = set(read_reference("units.csv", ["unit_id"], key=["unit_id"], ref=ref)["unit_id"])
    codes = set(read_reference("indicators.csv", ["code"], key=["code"], ref=ref)["code"])
    return tuple(
        _recipe(entry, n, units, codes) for n, entry in enumerate(document.get("recipe", []), 1)
    )


def find_recipe(rel: str, recipes: tuple[Recipe, ...]) -> Recipe | None:
    """The first recipe whose ``files`` pattern matches the file's path or its name."""
    path = rel.replace("\\", "/").lower()
    name = path.rsplit("/", 1)[-1]
    for recipe in recipes:
        pattern = recipe.files.replace("\\", "/").lower()
        if fnmatch.fnmatchcase(path, pattern) or fnmatch.fnmatchcase(name, pattern):
            return recipe
    return None
