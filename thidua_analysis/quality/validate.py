"""``validate(data)``: every quality check on the tidy frame, as issues in the same frame as
loading gives (docs/design.md §4)."""

from __future__ import annotations

import pandas as pd

from ..reference import Reference, load_catalog, load_registry, reference_of
from ..schema import ISSUE_COLUMNS, empty_issues, ordered_issues
from .completeness import completeness_grid, missing_report_issues
from .consistency import check_cumulative, check_stocks
from .plausibility import check_outliers, check_ratios
from .settings import QualitySettings, load_quality_settings, load_ratio_rules

__all__ = ["CHECKS", "revalidate", "validate"]

# code → (severity, what it means), for documentation and the notebook's legend
CHECKS = {
    "report.missing": ("warning", "Đơn vị chưa gửi báo cáo của kỳ mà cụm đã báo cáo"),
    "value.cumulative_decrease": ("error", "Số cộng dồn giảm (Q1 ≤ 6 tháng ≤ 9 tháng ≤ năm)"),
    "value.quarters_mismatch": ("error", "Tổng các quý khác số cộng dồn"),
    "value.stock_jump": ("warning", "Số thành viên tăng/giảm đột ngột"),
    "value.implausible_ratio": ("warning", "Tỷ lệ bất hợp lý (có thể sai đơn vị tính)"),
    "value.outlier_history": ("warning", "Bất thường so với các năm khác của đơn vị"),
    "value.outlier_peers": ("warning", "Bất thường so với các đơn vị cùng cụm"),
}


def validate(
    data: pd.DataFrame,
    *,
    settings: QualitySettings | None = None,
    registry: pd.DataFrame | None = None,
    catalog: pd.DataFrame | None = None,
    ratio_rules: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> pd.DataFrame:
    """Completeness, consistency and plausibility issues of ``data``.

    Settings and ratio rules come from ``quality_settings.csv`` and ``ratio_rules.csv`` (packaged
    defaults, overridden by the analyst's files in ``data/reference``) unless given. Returns the
    issues frame (severity, code, message, source_file, source_sheet, source_cell), errors first.
    """
    ref = reference_of(None, ref)
    settings = load_quality_settings(ref=ref) if settings is None else settings
    registry = load_registry(ref=ref) if registry is None else registry
    catalog = load_catalog(ref=ref) if catalog is None else catalog
    rules = load_ratio_rules(ref=ref) if ratio_rules is None else ratio_rules
    if data.empty:
        return empty_issues()
    data = data.reset_index(drop=True)
    parts = [missing_report_issues(completeness_grid(data, registry=registry, ref=ref), ref=ref)]
    parts += check_cumulative(data, settings=settings, catalog=catalog)
    parts += check_stocks(data, settings=settings, catalog=catalog)
    parts += check_ratios(data, rules=rules, catalog=catalog)
    parts += check_outliers(data, settings=settings, catalog=catalog, registry=registry, ref=ref)
    issues = pd.concat([p for p in parts if len(p)] or [empty_issues()], ignore_index=True)
    issues = ordered_issues(
        issues, ["severity", "code", "source_file", "source_sheet", "source_cell"]
    )
    return issues[ISSUE_COLUMNS].reset_index(drop=True)


def revalidate(data: pd.DataFrame, issues: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """``issues`` with the quality checks' own issues replaced by a fresh :func:`validate` of
    ``data`` (other settings, edited reference files): the loading issues are kept as they are."""
    kept = issues[~issues["code"].isin(CHECKS)]
    return pd.concat([kept, validate(data, **kwargs)], ignore_index=True)[ISSUE_COLUMNS]
