"""Reference data shipped as editable CSV files: the indicator catalogue, units, clusters."""

from .catalog import load_aliases, load_catalog, match_indicator
from .registry import (
    cluster_names,
    cluster_of,
    expected_units,
    load_clusters,
    load_membership,
    load_registry,
    load_units,
    match_unit,
    unit_heading,
)

__all__ = [
    "cluster_names",
    "cluster_of",
    "expected_units",
    "load_aliases",
    "load_catalog",
    "load_clusters",
    "load_membership",
    "load_registry",
    "load_units",
    "match_indicator",
    "match_unit",
    "unit_heading",
]
