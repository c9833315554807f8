"""Charts for review conferences, in one house style with Vietnamese labels."""

from .maps import choropleth
from .plots import (
    cluster_bars,
    completeness,
    heatmap,
    issue_bars,
    ranking,
    small_multiples,
    trend,
    unit_bars,
)
from .scoring import attainment_heatmap, score_breakdown
from .style import house_style, missing_glyphs, save_figure, value_text

__all__ = [
    "attainment_heatmap",
    "choropleth",
    "cluster_bars",
    "completeness",
    "heatmap",
    "house_style",
    "issue_bars",
    "missing_glyphs",
    "ranking",
    "save_figure",
    "score_breakdown",
    "small_multiples",
    "trend",
    "unit_bars",
    "value_text",
]
