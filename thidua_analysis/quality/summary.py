"""Issues counted the way an analyst asks: per unit, per check."""

from __future__ import annotations

import pandas as pd

__all__ = ["file_owners", "issues_by_unit"]

UNKNOWN = "khong_xac_dinh"


def file_owners(data: pd.DataFrame) -> pd.DataFrame:
    """Per ``source_file``: the unit it reports on (``owner`` = its unit_id), or its cluster when
    it holds several units of one cluster, else ``khong_xac_dinh``.

    Columns: source_file, owner, unit_name, cluster_id.
    """
    groups = data.groupby("source_file")
    units = groups["unit_id"].unique()
    names = groups["unit_name"].first()
    clusters = groups["cluster_id"].unique()
    rows = []
    for source, ids in units.items():
        found = {c for c in clusters[source] if isinstance(c, str) and c}
        cluster = next(iter(found)) if len(found) == 1 else ""
        if len(ids) == 1:
            rows.append((source, str(ids[0]), names[source], cluster))
        else:
            rows.append((source, cluster or UNKNOWN, "", cluster))
    return pd.DataFrame(rows, columns=["source_file", "owner", "unit_name", "cluster_id"])


def issues_by_unit(issues: pd.DataFrame, data: pd.DataFrame) -> pd.DataFrame:
    """Errors and warnings per unit, from the files each unit sent (a cluster summary counts
    for its cluster, under the cluster's name; issues of files that gave no data count as
    ``khong_xac_dinh``).

    Columns: owner, unit_name, cluster_id, errors, warnings, total (largest first).
    """
    owners = file_owners(data)
    with_file = issues[issues["source_file"].fillna("") != ""]
    frame = with_file.merge(owners, on="source_file", how="left")
    frame["owner"] = frame["owner"].fillna(UNKNOWN)
    frame["unit_name"] = (
        frame["unit_name"].fillna("").mask(frame["unit_name"].fillna("") == "", frame["owner"])
    )
    frame["cluster_id"] = frame["cluster_id"].fillna("")
    counts = (
        frame.assign(errors=frame["severity"].eq("error"), warnings=frame["severity"].eq("warning"))
        .groupby(["owner", "unit_name", "cluster_id"], as_index=False)[["errors", "warnings"]]
        .sum()
    )
    counts["total"] = counts["errors"] + counts["warnings"]
    return counts.sort_values(["total", "errors"], ascending=False).reset_index(drop=True)
