"""Data quality: completeness, consistency and plausibility checks, and feedback to units."""

from .completeness import completeness_grid
from .feedback import write_feedback, write_issues_workbook
from .settings import QualitySettings, load_quality_settings, load_ratio_rules
from .summary import file_owners, issues_by_unit
from .validate import CHECKS, revalidate, validate, validate_changes

__all__ = [
    "CHECKS",
    "QualitySettings",
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
