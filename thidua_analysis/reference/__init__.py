"""Reference data shipped as editable CSV files: the indicator catalogue, units, clusters."""

from .catalog import load_aliases, load_catalog, match_indicator
from .files import Reference, reference_of
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
    "Reference",
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
    "reference_of",
    "unit_heading",
]
