"""What a person types for a cluster, a unit or a period, resolved to its id.

"Cụm 3", "cụm thi đua số 3", "ha_noi_cum_3" → ``ha_noi_cum_3``; "khu vực Ba Đình" → the cluster
of the new wards around Ba Đình; "Đông Anh", "huyện Đông Anh" → ``dong_anh``; "6 tháng", "6T",
"quý 3", "cả năm" → ``H1``, ``Q3``, ``FY``. A name that names nothing, or several things, is an
:class:`~thidua_analysis.errors.ArgumentError` that lists what can be used.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ArgumentError
from ..text.periods import PERIOD_LABELS, PERIODS, parse_period
from ..text.vietnamese import match_key
from .files import Reference, reference_of
from .registry import load_clusters, load_units, match_unit

__all__ = ["resolve_cluster", "resolve_period", "resolve_unit"]

_CLUSTER_WORDS = re.compile(r"^(?:cum|khoi)(?: thi dua)?(?: so)?\s*")


def resolve_cluster(text: str, *, user_dir: str | Path | None = None, ref: Reference | None = None) -> str:
    """The cluster id a person means by ``text`` (an id, "Cụm 3", "cụm thi đua số 3", a name)."""
    clusters = load_clusters(user_dir=user_dir, ref=ref)
    ids = list(clusters["cluster_id"])
    if text in ids:
        return text
    key = match_key(text)
    names = {cid: match_key(name) for cid, name in zip(clusters["cluster_id"], clusters["name"], strict=True)}
    hits = [cid for cid, name in names.items() if key in (name, cid.replace("_", " "))]
    if not hits:
        rest = _CLUSTER_WORDS.sub("", key).strip()
        if rest.isdigit():  # "Cụm 3": the cluster numbered 3 (of every province that has one)
            hits = [cid for cid, name in names.items() if re.search(rf"\bso {int(rest)}$", name)]
        elif rest:  # "khu vực Ba Đình", "Ba Đình": the clusters whose name holds those words
            hits = [cid for cid, name in names.items() if f" {rest} " in f" {name} "]
    if len(hits) == 1:
        return hits[0]
    shown = hits or ids
    listing = "; ".join(f"{cid} ({clusters.set_index('cluster_id').at[cid, 'name']})" for cid in shown[:12])
    more = f"; … và {len(shown) - 12} cụm khác (xem: thidua clusters)" if len(shown) > 12 else ""
    what = "ứng với nhiều cụm" if hits else "không ứng với cụm nào"
    raise ArgumentError(f"'{text}' {what}. Hãy ghi mã hoặc tên đầy đủ: {listing}{more}.")


def resolve_unit(
    text: str, *, when: tuple[int, int] | None = None, user_dir: str | Path | None = None,
    ref: Reference | None = None,
) -> str:
    """The unit id a person means by ``text`` (an id, "Đông Anh", "huyện Đông Anh", "P. Ba Đình")."""
    ref = reference_of(user_dir, ref)
    units = load_units(ref=ref)
    if text in set(units["unit_id"]):
        return text
    hit = match_unit(text, when=when, ref=ref)
    if hit.unit_id:
        return hit.unit_id
    if hit.candidates:  # an old district and a new commune of one name
        named = units.set_index("unit_id")
        options = "; ".join(f"{named.at[u, 'unit_type']} {named.at[u, 'name']} ({u})" for u in hit.candidates
                            if u in named.index)  # fmt: skip
        raise ArgumentError(f"'{text}' ứng với nhiều đơn vị: {options}. Hãy ghi kèm loại, ví dụ "
                            "'huyện …', 'xã …', 'phường …', hoặc ghi mã.")  # fmt: skip
    hint = f" Có phải là '{hit.suggestion}'?" if hit.suggestion else ""
    raise ArgumentError(f"'{text}' không ứng với đơn vị nào trong danh mục.{hint} Xem: thidua registry.")


def resolve_period(text: str) -> str:
    """The period code a person means by ``text`` ("6 tháng", "6T", "quý 3", "cả năm", "H1")."""
    if text in PERIODS:
        return text
    if text.upper() in PERIODS:
        return text.upper()
    found = parse_period(text).period
    if found:
        return found
    listing = ", ".join(f"{p} ({PERIOD_LABELS[p]})" for p in PERIODS)
    raise ArgumentError(f"Kỳ '{text}' không rõ. Hãy ghi một trong: {listing}.")
