"""Units, clusters and which unit belonged to which cluster in which year.

``load_registry()`` gives one row per unit per year of membership. Two plain functions answer
the questions analysts ask of it: :func:`cluster_of` ("which cluster was unit X in, in year Y")
and :func:`expected_units` ("which units should have reported for cluster C in year Y").

Unit names are matched by :func:`match_unit` on keys without accents, case, punctuation or
administrative prefixes. A close but inexact match is only a *suggestion*; it is never accepted.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..config import PACKAGE_DATA
from ..errors import ReferenceDataError
from ..text.names import name_key
from ..text.vietnamese import clean_text
from .files import read_reference, resolve_user_dir

__all__ = [
    "UnitMatch",
    "cluster_of",
    "expected_units",
    "load_clusters",
    "load_membership",
    "load_registry",
    "load_units",
    "match_unit",
    "unit_level",
]

_UNIT_COLUMNS = [
    "unit_id",
    "name",
    "unit_type",
    "level",
    "province",
    "gso_code",
    "communes",
    "valid_from",
    "valid_to",
    "successor_ids",
    "note",
]
SUGGESTION_CUTOFF = 0.8


def load_units(*, user_dir: str | Path | None = None) -> pd.DataFrame:
    """Units: id, canonical name, type, province, communes, years of existence, successors."""
    frame = read_reference("units.csv", _UNIT_COLUMNS, key=["unit_id"], user_dir=user_dir)
    frame["name"] = frame["name"].map(clean_text)
    for column in ("communes", "valid_from", "valid_to"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    return frame


def load_clusters(*, user_dir: str | Path | None = None) -> pd.DataFrame:
    """Clusters and blocs: cluster_id, name, province, kind (cụm/khối), note."""
    return read_reference(
        "clusters.csv",
        ["cluster_id", "name", "province", "kind", "note"],
        key=["cluster_id"],
        user_dir=user_dir,
    )


def load_membership(*, user_dir: str | Path | None = None) -> pd.DataFrame:
    """Membership ranges: cluster_id, unit_id, year_from, year_to, assumption, note.

    A unit that appears in the user's membership file takes its membership from that file only.
    """
    columns = ["cluster_id", "unit_id", "year_from", "year_to", "assumption", "note"]
    packaged = read_reference("membership.csv", columns, key=None, user_dir=PACKAGE_DATA / "none")
    merged = read_reference("membership.csv", columns, key=None, user_dir=user_dir)
    user_rows = merged.iloc[len(packaged) :]
    if len(user_rows):
        merged = pd.concat(
            [packaged[~packaged["unit_id"].isin(user_rows["unit_id"])], user_rows],
            ignore_index=True,
        )
    for column in ("year_from", "year_to"):
        merged[column] = pd.to_numeric(merged[column], errors="coerce").astype("Int64")
    merged["assumption"] = merged["assumption"].str.lower().isin(["yes", "true", "1", "có"])
    return merged


@lru_cache(maxsize=8)
def _registry(user_dir: str, stamp: str) -> pd.DataFrame:
    units = load_units(user_dir=user_dir)
    clusters = load_clusters(user_dir=user_dir)
    membership = load_membership(user_dir=user_dir)
    for column, known, what in (
        ("unit_id", units["unit_id"], "đơn vị"),
        ("cluster_id", clusters["cluster_id"], "cụm"),
    ):
        unknown = sorted(set(membership[column]) - set(known))
        if unknown:
            raise ReferenceDataError(
                f"Tệp membership.csv dùng mã {what} không có trong danh mục: {', '.join(unknown)}."
            )
    rows = []
    for m in membership.itertuples(index=False):
        if pd.isna(m.year_from) or pd.isna(m.year_to) or m.year_from > m.year_to:
            raise ReferenceDataError(
                f"membership.csv: năm không hợp lệ cho {m.unit_id} trong {m.cluster_id}; "
                "cần year_from ≤ year_to."
            )
        for year in range(int(m.year_from), int(m.year_to) + 1):
            rows.append((m.unit_id, m.cluster_id, year, bool(m.assumption)))
    frame = pd.DataFrame(rows, columns=["unit_id", "cluster_id", "year", "assumption"])
    clash = frame[frame.duplicated(["unit_id", "year"], keep=False)]
    if len(clash):
        first = clash.iloc[0]
        raise ReferenceDataError(
            f"membership.csv: đơn vị {first.unit_id} thuộc hai cụm trong năm {first.year}."
        )
    frame = frame.merge(
        units[["unit_id", "name", "unit_type", "province", "communes"]].rename(
            columns={"name": "unit_name"}
        ),
        on="unit_id",
    ).merge(
        clusters[["cluster_id", "name"]].rename(columns={"name": "cluster_name"}), on="cluster_id"
    )
    return frame.sort_values(["year", "cluster_id", "unit_id"]).reset_index(drop=True)


def load_registry(*, user_dir: str | Path | None = None) -> pd.DataFrame:
    """One row per unit per year of cluster membership.

    Columns: unit_id, cluster_id, year, assumption, unit_name, unit_type, province, communes,
    cluster_name.
    """
    return _registry(*resolve_user_dir(user_dir)).copy()


def cluster_names(*, user_dir: str | Path | None = None) -> dict[str, str]:
    """``{cluster_id: name}``, e.g. ``"ha_noi_cum_3": "Cụm thi đua số 3"``."""
    clusters = load_clusters(user_dir=user_dir)
    return dict(zip(clusters["cluster_id"], clusters["name"], strict=True))


UNIT_PREFIX = {"quận": "QUẬN", "huyện": "HUYỆN", "thị xã": "THỊ XÃ", "thành phố": "THÀNH PHỐ"}


def unit_heading(name: str, unit_type: str) -> str:
    """How a report's title block names the unit: ``"QUẬN ĐỐNG ĐA"``; an organisation as is."""
    prefix = UNIT_PREFIX.get(unit_type, "")
    return f"{prefix} {name.upper()}".strip() if prefix else name.upper()


def cluster_of(registry: pd.DataFrame, unit_id: str, year: int) -> str | None:
    """The cluster ``unit_id`` belonged to in ``year``, or ``None``."""
    hit = registry.loc[(registry["unit_id"] == unit_id) & (registry["year"] == year), "cluster_id"]
    return None if hit.empty else str(hit.iloc[0])


def expected_units(registry: pd.DataFrame, cluster_id: str, year: int) -> list[str]:
    """The units that should have reported for ``cluster_id`` in ``year``."""
    hit = registry.loc[(registry["cluster_id"] == cluster_id) & (registry["year"] == year)]
    return sorted(hit["unit_id"])


@dataclass(frozen=True, slots=True)
class UnitMatch:
    unit_id: str | None
    suggestion: str | None = None
    score: float = 0.0


@lru_cache(maxsize=8)
def _name_index(user_dir: str, stamp: str) -> dict[str, str]:
    units = load_units(user_dir=user_dir)
    aliases = read_reference("unit_aliases.csv", ["unit_id", "alias"], key=None, user_dir=user_dir)
    unknown = sorted(set(aliases["unit_id"]) - set(units["unit_id"]))
    if unknown:
        raise ReferenceDataError(
            f"unit_aliases.csv dùng mã đơn vị không có trong danh mục: {', '.join(unknown)}."
        )
    index: dict[str, str] = {}
    pairs = [*zip(units["name"], units["unit_id"], strict=True)]
    pairs += [*zip(aliases["alias"], aliases["unit_id"], strict=True)]
    pairs += [(u.replace("_", " "), u) for u in units["unit_id"]]
    for text, unit_id in pairs:
        index.setdefault(name_key(text), unit_id)
    return index


def match_unit(text: str, *, user_dir: str | Path | None = None, suggest: bool = True) -> UnitMatch:
    """Match a unit name as written in a report against the registry and its aliases.

    With ``suggest``, a name that matches nothing gets the closest known name as a suggestion
    (never as a match)."""
    index = _name_index(*resolve_user_dir(user_dir))
    key = name_key(text)
    if not key:
        return UnitMatch(None)
    if key in index:
        return UnitMatch(index[key], None, 1.0)
    if not suggest:
        return UnitMatch(None)
    close = difflib.get_close_matches(key, list(index), n=1, cutoff=SUGGESTION_CUTOFF)
    if close:
        score = difflib.SequenceMatcher(None, key, close[0]).ratio()
        return UnitMatch(None, index[close[0]], round(score, 3))
    return UnitMatch(None)


LEVEL_ORDER = ("commune", "district", "city_organisation")  # most specific first


@lru_cache(maxsize=8)
def _levels(user_dir: str, stamp: str) -> tuple[dict[str, str], frozenset[str]]:
    units = load_units(user_dir=user_dir)
    provinces = frozenset(name_key(p.replace("_", " ")) for p in units["province"].unique() if p)
    return dict(zip(units["unit_id"], units["level"], strict=True)), provinces


def unit_level(unit_id: str, *, user_dir: str | Path | None = None) -> str:
    """The unit's level (``commune``, ``district``, ``city_organisation``), "" if unknown."""
    return _levels(*resolve_user_dir(user_dir))[0].get(unit_id, "")


def is_province_name(text: str, *, user_dir: str | Path | None = None) -> bool:
    """True when ``text`` names a province or city ("Cần Thơ", "TP Hà Nội"): a name that, found
    inside a longer line or a file name, says where, not which unit."""
    return name_key(text) in _levels(*resolve_user_dir(user_dir))[1]
