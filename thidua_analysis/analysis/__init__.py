"""Analysis on the tidy frame: comparable periods, totals, changes, shares, ranks (pure functions)."""

from .compare import cluster_totals, unit_comparison, wide_table
from .periods import indicator_kinds, period_values, single_quarters, yearly

__all__ = [
    "cluster_totals",
    "indicator_kinds",
    "period_values",
    "single_quarters",
    "unit_comparison",
    "wide_table",
    "yearly",
]
