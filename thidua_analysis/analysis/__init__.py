"""Analysis on the tidy frame: comparable periods, totals, changes, shares, ranks (pure functions)."""

from .compare import cluster_totals, unit_comparison, wide_table
from .periods import indicator_kinds, period_values, single_quarters, yearly
from .reform import REFORM_LABEL, commune_years, province_totals, successor_comparison

__all__ = [
    "REFORM_LABEL",
    "cluster_totals",
    "commune_years",
    "indicator_kinds",
    "period_values",
    "province_totals",
    "single_quarters",
    "successor_comparison",
    "unit_comparison",
    "wide_table",
    "yearly",
]
