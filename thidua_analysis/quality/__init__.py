"""Data quality: completeness, consistency and plausibility checks, and feedback to units."""

from .completeness import completeness_grid
from .feedback import write_feedback, write_issues_workbook
from .settings import QualitySettings, load_quality_settings, load_ratio_rules
from .summary import file_owners, issues_by_unit
from .validate import (
    CHECKED_COLUMNS,
    CHECKS,
    FIGURE_KEY,
    changed_figures,
    revalidate,
    validate,
    validate_changes,
)

__all__ = [
    "CHECKED_COLUMNS",
    "CHECKS",
    "FIGURE_KEY",
    "QualitySettings",
    "changed_figures",
    "completeness_grid",
    "file_owners",
    "issues_by_unit",
    "load_quality_settings",
    "load_ratio_rules",
    "revalidate",
    "validate",
    "validate_changes",
    "write_feedback",
    "write_issues_workbook",
]
