"""Units, clusters and which unit belonged to which cluster in which year.

``load_registry()`` gives one row per unit per year of membership. Two plain functions answer
the questions analysts ask of it: :func:`cluster_of` ("which cluster was unit X in, in year Y")
and :func:`expected_units` ("which units should have reported for cluster C in year Y").

Unit names are matched by :func:`match_unit` on keys without accents, case, punctuation or
administrative prefixes. A close but inexact match is only a *suggestion*; it is never accepted.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..errors import ReferenceDataError
from ..text.names import admin_type, is_former, name_key
from ..text.vietnamese import clean_text, match_key
from .files import Reference, per_reference, read_reference, reference_of

__all__ = [
    "UnitMatch",
    "cluster_of",
    "expected_units",
    "load_clusters",
    "load_membership",
    "load_registry",
    "load_units",
    "match_unit",
    "merged_into",
    "names_a_unit",
    "unit_in_name",
    "unit_label",
    "unit_level",
    "unit_lifetime",
    "unit_name_keys",
    "unit_valid",
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


def _year_month(text: str, *, end: bool) -> tuple[int | None, int]:
    """ "2025-07" → (2025, 7); "2025" → (2025, 1) at the start, (2025, 12) at the end."""
    text = str(text).strip()
    if not text:
        return None, 12 if end else 1
    year, _, month = text.partition("-")
    if not year.isdigit() or (month and not (month.isdigit() and 1 <= int(month) <= 12)):
        raise ReferenceDataError(
            f"units.csv: '{text}' không phải năm (2025) hay năm-tháng (2025-07) ở cột valid_from/valid_to."
        )
    return int(year), int(month) if month else (12 if end else 1)


def load_units(*, user_dir: str | Path | None = None, ref: Reference | None = None) -> pd.DataFrame:
    """Units: id, canonical name, type, province, communes, years of existence (``valid_from``,
    ``valid_to``, and the months ``from_month``, ``to_month``: "2025-07" in the file), successors."""
    return _units(reference_of(user_dir, ref)).copy()


@per_reference
def _units(ref: Reference) -> pd.DataFrame:
    frame = read_reference("units.csv", _UNIT_COLUMNS, key=["unit_id"], ref=ref, numeric=("communes",))
    frame["name"] = frame["name"].map(clean_text)
    starts = [_year_month(t, end=False) for t in frame["valid_from"]]
    ends = [_year_month(t, end=True) for t in frame["valid_to"]]
    frame["valid_from"] = pd.array([y for y, _ in starts], dtype="Int64")
    frame["from_month"] = [m for _, m in starts]
    frame["valid_to"] = pd.array([y for y, _ in ends], dtype="Int64")
    frame["to_month"] = [m for _, m in ends]
    frame["communes"] = pd.to_numeric(frame["communes"], errors="coerce").astype("Int64")
    return frame


def load_clusters(*, user_dir: str | Path | None = None, ref: Reference | None = None) -> pd.DataFrame:
    """Clusters and blocs: cluster_id, name, province, kind (cụm/khối), note."""
    frame = read_reference(
        "clusters.csv",
        ["cluster_id", "name", "province", "kind", "note"],
        key=["cluster_id"],
        ref=reference_of(user_dir, ref),
    )
    twice = sorted(set(frame.loc[frame["cluster_id"].duplicated(), "cluster_id"]))
    if twice:
        raise ReferenceDataError(f"clusters.csv: mã cụm {', '.join(twice)} xuất hiện hai lần; mỗi cụm một mã.")
    return frame


def load_membership(*, user_dir: str | Path | None = None, ref: Reference | None = None) -> pd.DataFrame:
    """Membership ranges: cluster_id, unit_id, year_from, year_to, assumption, note.

    A unit that appears in the user's membership file takes its membership from that file only.
    """
    columns = ["cluster_id", "unit_id", "year_from", "year_to", "assumption", "note"]
    ref = reference_of(user_dir, ref)
    numbers = ("year_from", "year_to")
    packaged = ref.table("membership.csv", columns, key=None, packaged_only=True, numeric=numbers)
    merged = read_reference("membership.csv", columns, key=None, ref=ref, numeric=numbers)
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


@per_reference
def _registry(ref: Reference) -> pd.DataFrame:
    units = load_units(ref=ref)
    clusters = load_clusters(ref=ref)
    membership = load_membership(ref=ref)
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


def load_registry(*, user_dir: str | Path | None = None, ref: Reference | None = None) -> pd.DataFrame:
    """One row per unit per year of cluster membership.

    Columns: unit_id, cluster_id, year, assumption, unit_name, unit_type, province, communes,
    cluster_name.
    """
    return _registry(reference_of(user_dir, ref)).copy()


def cluster_names(*, user_dir: str | Path | None = None, ref: Reference | None = None) -> dict[str, str]:
    """``{cluster_id: name}``, e.g. ``"ha_noi_cum_3": "Cụm thi đua số 3"``."""
    clusters = load_clusters(user_dir=user_dir, ref=ref)
    return dict(zip(clusters["cluster_id"], clusters["name"], strict=True))


UNIT_PREFIX = {"quận": "QUẬN", "huyện": "HUYỆN", "thị xã": "THỊ XÃ", "thành phố": "THÀNH PHỐ",
               "phường": "PHƯỜNG", "xã": "XÃ", "thị trấn": "THỊ TRẤN"}


def unit_heading(name: str, unit_type: str) -> str:
    """How a report's title block names the unit: ``"QUẬN ĐỐNG ĐA"``; an organisation as is."""
    prefix = UNIT_PREFIX.get(unit_type, "")
    return f"{prefix} {name.upper()}".strip() if prefix else name.upper()


def unit_label(unit_id: str, *, ref: Reference | None = None) -> str:
    """How a message names a unit: "Huyện Đan Phượng", "Xã Phú Nghĩa", an organisation by its
    name; the id itself when the list has none."""
    return _labels(reference_of(None, ref)).get(unit_id, unit_id)


@per_reference
def _labels(ref: Reference) -> dict[str, str]:
    units = _units(ref)
    return {u: f"{t.capitalize()} {n}" if UNIT_PREFIX.get(t) else n
            for u, n, t in zip(units["unit_id"], units["name"], units["unit_type"], strict=True)}  # fmt: skip


def merged_into(name: str, *, ref: Reference | None = None, district: str | None = None) -> list[tuple[str, bool]]:
    """The units of the 2025 reform an old commune ``name`` ("Quán Thánh") went into, with
    whether it went whole: ``[("phuong_ba_dinh", True)]``; empty when no old commune has that
    name. Several old communes of one name (in other districts) give all their successors, unless
    one of them was of ``district`` (the old district reporting it): then that one's."""
    merged = _merged(reference_of(None, ref))
    key = match_key(name)
    return list(merged.get((key, district or ""), ()) or merged.get((key, ""), ()))


@per_reference
def _merged(ref: Reference) -> dict[tuple[str, str], tuple[tuple[str, bool], ...]]:
    frame = read_reference("crosswalk_2025.csv", ["new_unit_id", "old_commune_name", "old_unit_id", "whole"],
                           key=None, ref=ref)  # fmt: skip
    found: dict[tuple[str, str], dict[str, bool]] = {}
    for new, old, district, whole in zip(frame["new_unit_id"], frame["old_commune_name"], frame["old_unit_id"],
                                         frame["whole"], strict=True):  # fmt: skip
        # (and as a name whose first word is read as a type, written with no tone marks: "Quan Hoa")
        for key in {match_key(old), name_key(old)}:
            for where in {"", district}:  # of any district, and of its own
                went = found.setdefault((key, where), {})
                went[new] = went.get(new, False) or whole == "yes"
    return {name: tuple(sorted(went.items())) for name, went in found.items()}


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
    candidates: tuple[str, ...] = ()  # units the name could be, when it is not one alone

    @property
    def known(self) -> bool:
        """The text names a unit (one, or several that a date or type would tell apart)."""
        return self.unit_id is not None or bool(self.candidates)


@per_reference
def _name_index(ref: Reference) -> dict[str, tuple[str, ...]]:
    units = _units(ref)
    aliases = read_reference("unit_aliases.csv", ["unit_id", "alias"], key=None, ref=ref)
    unknown = sorted(set(aliases["unit_id"]) - set(units["unit_id"]))
    if unknown:
        raise ReferenceDataError(
            f"unit_aliases.csv dùng mã đơn vị không có trong danh mục: {', '.join(unknown)}."
        )
    index: dict[str, list[str]] = {}
    pairs = [*zip(units["name"], units["unit_id"], strict=True)]
    pairs += [*zip(aliases["alias"], aliases["unit_id"], strict=True)]
    pairs += [(u.replace("_", " "), u) for u in units["unit_id"]]
    for text, unit_id in pairs:
        found = index.setdefault(name_key(text), [])
        if unit_id not in found:
            found.append(unit_id)
    return {k: tuple(v) for k, v in index.items()}


def unit_name_keys(*, user_dir: str | Path | None = None, ref: Reference | None = None) -> frozenset[str]:
    """Every name key a unit is known by (``name_key`` of its names and aliases)."""
    return _name_keys(reference_of(user_dir, ref))


@per_reference
def _name_keys(ref: Reference) -> frozenset[str]:
    return frozenset(_name_index(ref))


@per_reference
def _names(ref: Reference) -> dict[str, str]:
    """``{unit_id: name}`` in lower case with its diacritics (NFC, new-style tones)."""
    units = _units(ref)
    return {u: clean_text(n).lower() for u, n in zip(units["unit_id"], units["name"], strict=True)}


@per_reference
def _facts(ref: Reference) -> dict[str, tuple[str, int, int]]:
    """``{unit_id: (unit_type, first month, last month)}``, months as ``year * 12 + month``."""
    units = _units(ref)
    out = {}
    for unit_id, kind, y1, m1, y2, m2 in zip(
        units["unit_id"], units["unit_type"], units["valid_from"], units["from_month"],
        units["valid_to"], units["to_month"], strict=True,
    ):  # fmt: skip
        start = 0 if pd.isna(y1) else int(y1) * 12 + int(m1)
        stop = 10**9 if pd.isna(y2) else int(y2) * 12 + int(m2)
        out[unit_id] = (kind, start, stop)
    return out


def unit_province(unit_id: str, *, user_dir: str | Path | None = None, ref: Reference | None = None) -> str:
    """The province (or city) code of ``unit_id`` ("ha_noi", "can_tho"), "" if unknown."""
    return _provinces(reference_of(user_dir, ref)).get(unit_id, "")


@per_reference
def _provinces(ref: Reference) -> dict[str, str]:
    units = _units(ref)
    return dict(zip(units["unit_id"], units["province"].fillna(""), strict=True))


def unit_valid(
    unit_id: str, when: tuple[int, int], *, user_dir: str | Path | None = None, ref: Reference | None = None
) -> bool:
    """True when the unit existed at ``when`` = (year, month): "quận Ba Đình" until June 2025,
    "phường Ba Đình" from July 2025."""
    facts = _facts(reference_of(user_dir, ref)).get(unit_id)
    if facts is None:
        return False
    moment = when[0] * 12 + when[1]
    return facts[1] <= moment <= facts[2]


def unit_lifetime(unit_id: str, *, user_dir: str | Path | None = None, ref: Reference | None = None) -> str:
    """When the unit existed, in Vietnamese: "từ 07/2025", "đến 06/2025", "" when always."""
    facts = _facts(reference_of(user_dir, ref)).get(unit_id)
    if facts is None:
        return ""
    _, start, stop = facts
    def month(m: int) -> str:
        return f"{(m - 1) % 12 + 1:02d}/{(m - 1) // 12}"
    parts = ([f"từ {month(start)}"] if start else []) + ([f"đến {month(stop)}"] if stop < 10**9 else [])
    return " ".join(parts)


def match_unit(
    text: str, *, when: tuple[int, int] | None = None, user_dir: str | Path | None = None,
    suggest: bool = True, ref: Reference | None = None,
) -> UnitMatch:  # fmt: skip
    """Match a unit name as written in a report against the registry and its aliases.

    Names shared by an old district and a new commune-level unit ("Ba Đình") are told apart by
    the type written with them ("quận" / "phường") and by ``when`` (year, month) the report is
    for; a name still shared gives no ``unit_id`` but its ``candidates``. With ``suggest``, a
    name that matches nothing gets the closest known name as a suggestion (never as a match)."""
    return _match_unit(reference_of(user_dir, ref), text, when, suggest)


@per_reference
def _match_unit(ref: Reference, text: str, when, suggest: bool) -> UnitMatch:
    index = _name_index(ref)
    key = name_key(text)
    if not key or is_former(text):  # "Bồ Đề (cũ)": the commune before the merger, not today's ward
        return UnitMatch(None)
    found = index.get(key)
    kind = admin_type(text)
    if not found and kind and text.isascii() and (whole := name_key(text, keep_type=True)) != key:
        # "Phuong Liet" (a file name, typed with no tone marks): the ward Phương Liệt, its type unsaid
        found, kind = index.get(whole), ""
    if not found:
        bare = _bare_name(text)  # "Ba Đình (Cụm trưởng)", "Long Biên\n(báo cáo muộn)", "Q. Tây Hồ - Cụm phó"
        if bare and bare != text:
            return _match_unit(ref, bare, when, suggest)
    if found:
        candidates = found
        if kind:
            facts = _facts(ref)
            candidates = tuple(u for u in candidates if facts.get(u, ("",))[0] in (kind, "tổ chức"))
        if when is not None:  # a unit that did not exist then is not the one meant
            candidates = tuple(u for u in candidates if unit_valid(u, when, ref=ref))
        if len(candidates) > 1:  # "Cổ Đô" is not "Cờ Đỏ": the name with its diacritics decides
            written = " ".join(clean_text(text).lower().split()[-(key.count(" ") + 1) :])
            names = _names(ref)
            same = tuple(u for u in candidates if names.get(u) == written)
            candidates = same or candidates
        if len(candidates) == 1:
            return UnitMatch(candidates[0], None, 1.0)
        if candidates:
            return UnitMatch(None, None, 0.0, candidates)
        if not suggest:
            return UnitMatch(None)
        return UnitMatch(None, found[0], 0.9)  # the same name, another type: a suggestion only
    if not suggest:
        return UnitMatch(None)
    close = difflib.get_close_matches(key, list(index), n=1, cutoff=SUGGESTION_CUTOFF)
    if close:
        score = difflib.SequenceMatcher(None, key, close[0]).ratio()
        return UnitMatch(None, index[close[0]][0], round(score, 3))
    return UnitMatch(None)


_NOTE = re.compile(r"\([^)]*\)?|\[[^\]]*\]?|\s[-–—]\s.*$|\n.*$|\*+|\s(?:cụm|khối)\s+(?:trưởng|phó)\s*$"
                   r"|\s(?:thành phố|tỉnh|tp\.?)\s*$",  # "Hội Nông dân thành phố": the province's, its name unsaid
                   re.IGNORECASE | re.DOTALL)  # fmt: skip


def _bare_name(text: str) -> str:
    """A unit's name without the notes written beside it: a bracket, a dash and what follows,
    a second line, stars, "Cụm trưởng", a last "thành phố" naming no city."""
    return " ".join(_NOTE.sub(" ", text).split())


LEVEL_ORDER = ("commune", "district", "city_organisation")  # most specific first


@per_reference
def _levels(ref: Reference) -> tuple[dict[str, str], frozenset[str]]:
    units = _units(ref)
    provinces = frozenset(name_key(p.replace("_", " ")) for p in units["province"].unique() if p)
    return dict(zip(units["unit_id"], units["level"], strict=True)), provinces


def unit_level(unit_id: str, *, user_dir: str | Path | None = None, ref: Reference | None = None) -> str:
    """The unit's level (``commune``, ``district``, ``city_organisation``), "" if unknown."""
    return _levels(reference_of(user_dir, ref))[0].get(unit_id, "")


def is_province_name(text: str, *, user_dir: str | Path | None = None, ref: Reference | None = None) -> bool:
    """True when ``text`` names a province or city ("Cần Thơ", "TP Hà Nội"): a name that, found
    inside a longer line or a file name, says where, not which unit."""
    return name_key(text) in _levels(reference_of(user_dir, ref))[1]


def province_named(text: str, *, ref: Reference | None = None) -> str:
    """The province or city a line ends with ("ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI" →
    "ha_noi"), "" when it names none of the registry's."""
    key = name_key(text)
    found = next((p for p in _levels(reference_of(None, ref))[1] if key == p or key.endswith(" " + p)), "")
    return found.replace(" ", "_")


_ADMIN_WORDS = {"quan", "huyen", "tx", "phuong", "xa", "p", "ph", "x", "q", "h"}


def unit_in_name(
    text: str, *, when: tuple[int, int] | None = None, user_dir: str | Path | None = None,
    ref: Reference | None = None,
) -> str | None:
    """The unit a file or sheet name names: the run of most words (up to eight) that is a known
    unit name (runs of three letters or fewer are too short), with the administrative word before
    it if any ("phuong_ba_dinh_2026_Q1", "BC Gia Lâm quý 3"); a province's name is never a unit
    here."""
    return _unit_in_name(reference_of(user_dir, ref), text, when)


@per_reference
def _unit_in_name(ref: Reference, stem: str, when: tuple[int, int] | None) -> str | None:
    keys = unit_name_keys(ref=ref)
    words = _name_words(stem)
    for n in range(min(8, len(words)), 0, -1):  # the runs of most words first
        for i in range(len(words) - n + 1):
            found = _unit_at(words, i, i + n, keys, when, ref)
            if found:
                return found
    joined = _joined_keys(ref)
    for i, word in enumerate(words):  # "dongda_q3_2023": a name of two words or more run together
        if len(word) >= 6 and word in joined:
            spaced = (*words[:i], *joined[word].split(), *words[i + 1 :])
            found = _unit_at(spaced, i, i + joined[word].count(" ") + 1, keys, when, ref)
            if found:
                return found
    return None


@per_reference
def _joined_keys(ref: Reference) -> dict[str, str]:
    """``{name key without its spaces: name key}`` of the names of two words or more that no
    other name gives when run together ("dongda" → "dong da")."""
    out: dict[str, str] = {}
    clashes: set[str] = set()
    for key in unit_name_keys(ref=ref):
        if " " in key:
            run = key.replace(" ", "")
            if run in out and out[run] != key:
                clashes.add(run)
            out[run] = key
    return {run: key for run, key in out.items() if run not in clashes}


@lru_cache(maxsize=4096)
def _name_words(text: str) -> tuple[str, ...]:
    """The words of a file or sheet name, those run together apart: "BC_6thang_BaDinh2024" is
    "bc 6 thang ba dinh 2024" (a capital after a small letter starts a word, and so do digits
    after a word of three letters or more; "Q3" and a copy's "B2" stay whole)."""
    chars: list[str] = []
    run = 0  # letters since the last non-letter
    prev = ""
    for ch in text.replace("_", " "):
        if prev and ((prev.islower() and ch.isupper()) or (run >= 3 and ch.isdigit())
                     or (prev.isdigit() and ch.isalpha())):  # fmt: skip
            chars.append(" ")
        run = run + 1 if ch.isalpha() else 0
        chars.append(ch)
        prev = ch
    return tuple(match_key("".join(chars)).split())


def names_a_unit(text: str, *, ref: Reference | None = None) -> bool:
    """True when a run of the words of ``text`` is a known unit name (whatever the date)."""
    keys = unit_name_keys(ref=ref)
    words = _name_words(text)
    return any(len(p) > 3 and p in keys for n in range(min(8, len(words)), 0, -1)
               for p in (" ".join(words[i : i + n]) for i in range(len(words) - n + 1)))  # fmt: skip


def _unit_at(words, i, j, keys, when, ref: Reference) -> str | None:
    """The unit the words ``i:j`` of a file name name, or None."""
    piece = " ".join(words[i:j])
    if len(piece) <= 3 or piece not in keys:
        return None
    text = f"{words[i - 1]} {piece}" if i and words[i - 1] in _ADMIN_WORDS else piece
    hit = match_unit(text, when=when, suggest=False, ref=ref)
    if hit.unit_id and not is_province_name(piece, ref=ref):
        return hit.unit_id
    return None
