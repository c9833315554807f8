"""Targets and emulation scoring: attainment, points per criterion, ranking and grades."""

from .review import Review, load_review, read_scoring_sheets, review_year
from .scheme import load_grades, load_scheme, scheme_problems
from .scores import criterion_points, score_table
from .sheet import compare_scores, manual_points, read_scoring_sheet
from .targets import attainment, load_targets

__all__ = [
    "Review",
    "attainment",
    "compare_scores",
    "criterion_points",
    "load_grades",
    "load_review",
    "load_scheme",
    "load_targets",
    "manual_points",
    "read_scoring_sheet",
    "read_scoring_sheets",
    "review_year",
    "scheme_problems",
    "score_table",
]
