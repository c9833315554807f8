"""The indicator catalogue (DESIGN.md §3) and the rule that maps a report's label to a code.

Mapping rule, in order (explicit, never fuzzy):

1. Clean the label: drop the row numbering ("1.", "a)", "II -"), bullets, "Trong đó:", a unit in
   brackets ("(triệu đồng)") and trailing punctuation; compare diacritic-free keys.
2. Aliases whose key equals the label's key; if none, aliases that the label starts with, at a
   word boundary, the longest such alias only ("Số hội nghị phản biện xã hội" is not "Số hội nghị").
3. If more than one indicator remains, the measure decides: a money ĐVT or bracketed unit
   ("triệu đồng") keeps the aliases marked ``money``; a count ĐVT ("suất", "nhà"), or no unit at
   all (money always states its unit), keeps the ones marked ``count``.
4. Exactly one indicator left → that code; otherwise no code (the caller reports the label).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..errors import ReferenceDataError
from ..text.numbers import scale_from_text
from ..text.vietnamese import clean_text, match_key
from .files import read_reference, resolve_user_dir

__all__ = [
    "IndicatorMatch",
    "clean_label",
    "indicator_maps",
    "label_unit",
    "load_aliases",
    "load_catalog",
    "match_indicator",
]

KINDS = ("flow", "stock", "score")
_NUMBERING = re.compile(
    r"^\s*(?:[-+•*·–]+\s*)?(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.):/-]\s*)?(?:[-+•*·–]+\s*)?",
    re.IGNORECASE,
)
_IN_WHICH = re.compile(r"^\s*(?:trong\s+đó|trong\s+do|td)\s*[:,-]?\s*", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")


@dataclass(frozen=True, slots=True)
class IndicatorMatch:
    code: str | None
    candidates: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.code is None and len(self.candidates) > 1


def load_catalog(*, user_dir: str | Path | None = None) -> pd.DataFrame:
    """The indicator catalogue: code, name_vi, base_unit, kind, group, order, aliases (a list)."""
    return _catalog(*resolve_user_dir(user_dir)).copy()


@lru_cache(maxsize=8)
def _catalog(user_dir: str, stamp: str) -> pd.DataFrame:
    del stamp  # part of the cache key: an edited reference file is read again
    frame = read_reference(
        "indicators.csv",
        ["code", "name_vi", "base_unit", "kind", "group", "order"],
        key=["code"],
        user_dir=user_dir,
    )
    bad = frame.loc[~frame["kind"].isin(KINDS), "code"].tolist()
    if bad:
        raise ReferenceDataError(
            f"Chỉ tiêu {', '.join(bad)} có cột kind không hợp lệ; chỉ dùng: {', '.join(KINDS)}."
        )
    frame["order"] = pd.to_numeric(frame["order"], errors="coerce").fillna(999).astype(int)
    aliases = load_aliases(user_dir=user_dir)
    grouped = aliases.groupby("code")["alias"].agg(list)
    frame["aliases"] = frame["code"].map(grouped).apply(lambda v: v if isinstance(v, list) else [])
    return frame.sort_values("order", kind="stable").reset_index(drop=True)


def load_aliases(*, user_dir: str | Path | None = None) -> pd.DataFrame:
    """Alias table: code, alias, measure (``money``, ``count`` or empty for either)."""
    frame = read_reference(
        "indicator_aliases.csv", ["code", "alias", "measure"], key=None, user_dir=user_dir
    )
    codes = set(read_reference("indicators.csv", ["code"], key=["code"], user_dir=user_dir)["code"])
    unknown = sorted(set(frame["code"]) - codes)
    if unknown:
        raise ReferenceDataError(
            f"Tệp bí danh chỉ tiêu dùng mã không có trong danh mục: {', '.join(unknown)}."
        )
    return frame.drop_duplicates().reset_index(drop=True)


def indicator_maps(catalog: pd.DataFrame | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """``({code: Vietnamese name}, {code: base unit})`` of the catalogue."""
    catalog = load_catalog() if catalog is None else catalog
    return (
        dict(zip(catalog["code"], catalog["name_vi"], strict=True)),
        dict(zip(catalog["code"], catalog["base_unit"], strict=True)),
    )


def clean_label(label: str) -> str:
    """A row label without numbering, bullets, "Trong đó:" or a bracketed unit."""
    text = clean_text(label)
    text = _NUMBERING.sub("", text, count=1)
    text = _IN_WHICH.sub("", text, count=1)
    text = _BRACKETS.sub(" ", text)
    return text.strip(" :;,.-–")


@lru_cache(maxsize=8)
def _alias_index(user_dir: str, stamp: str) -> tuple[tuple[str, str, str], ...]:
    aliases = load_aliases(user_dir=user_dir)
    index = {
        (match_key(clean_label(a)), c, m)
        for a, c, m in zip(aliases["alias"], aliases["code"], aliases["measure"], strict=True)
    }
    return tuple(sorted(index, key=lambda t: -len(t[0])))


def label_unit(label: str) -> str:
    """The unit a label names in brackets: "Trị giá (triệu đồng)" → "triệu đồng"."""
    found = _BRACKETS.findall(label or "")
    return " ".join(f.strip(" ()[]") for f in found)


def _measure(label: str, unit_text: str | None) -> str | None:
    for text in (unit_text or "", label_unit(label)):
        if not text:
            continue
        if scale_from_text(text) is not None:
            return "money"
    if unit_text and match_key(unit_text):
        return "count"
    return None


@lru_cache(maxsize=65536)
def _match(label: str, unit_text: str | None, user_dir: str, stamp: str) -> IndicatorMatch:
    key = match_key(clean_label(label))
    if not key:
        return IndicatorMatch(None)
    index = _alias_index(user_dir, stamp)
    hits = [(a, c, m) for a, c, m in index if a == key]
    if not hits:
        prefix = [(a, c, m) for a, c, m in index if a and key.startswith(a + " ")]
        if prefix:
            longest = len(prefix[0][0])
            hits = [h for h in prefix if len(h[0]) == longest]
    codes = {c for _, c, _ in hits}
    if len(codes) > 1:
        # Money always comes with a unit; without one, the count reading wins.
        measure = _measure(label, unit_text) or "count"
        kept = {c for _, c, m in hits if m in (measure, "")}
        codes = kept or codes
    if len(codes) == 1:
        return IndicatorMatch(codes.pop(), ())
    return IndicatorMatch(None, tuple(sorted(codes)))


def match_indicator(
    label: str, *, unit_text: str | None = None, user_dir: str | Path | None = None
) -> IndicatorMatch:
    """Map a row or column label (and its ĐVT, if any) to an indicator code."""
    return _match(label, unit_text, *resolve_user_dir(user_dir))
