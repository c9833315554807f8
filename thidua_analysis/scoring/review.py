"""Everything the annual review needs, in one call: attainment, points, ranking, and the
comparison with the clusters' own scoring sheets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..config import scoring_dir, targets_dir
from ..reference import Reference, load_registry, reference_of
from ..schema import ISSUE_COLUMNS
from .scheme import load_grades, load_scheme
from .scores import criterion_points, score_table
from .sheet import SHEET_COLUMNS, compare_scores, manual_points, read_scoring_sheet
from .targets import attainment, load_targets

__all__ = ["Review", "load_review", "read_scoring_sheets", "review_year"]


@dataclass(frozen=True)
class Review:
    year: int
    attainment: pd.DataFrame  # per unit and indicator
    points: pd.DataFrame  # per unit and criterion
    table: pd.DataFrame  # per unit: total, rank, grade
    comparison: pd.DataFrame  # computed vs the sheets' scores (empty without sheets)


def read_scoring_sheets(
    folder: str | Path, *, scheme: pd.DataFrame | None = None, ref: Reference | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every scoring sheet (.xlsx, .xls, .ods) under ``folder``: ``(scores, issues)``."""
    from ..loading import discover

    ref = reference_of(None, ref)
    scheme = load_scheme(ref=ref) if scheme is None else scheme
    frames, issues = [], []
    for path, rel in discover(folder):
        scores, problems = read_scoring_sheet(path, scheme=scheme, source_file=rel, ref=ref)
        frames.append(scores)
        issues.append(problems)
    scores = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=SHEET_COLUMNS)
    problems = (
        pd.concat(issues, ignore_index=True) if issues else pd.DataFrame(columns=ISSUE_COLUMNS)
    )
    return scores, problems


def review_year(
    data: pd.DataFrame,
    *,
    year: int,
    targets: pd.DataFrame,
    sheets: pd.DataFrame | None = None,
    scheme: pd.DataFrame | None = None,
    grades: pd.DataFrame | None = None,
    registry: pd.DataFrame | None = None,
    ref: Reference | None = None,
) -> Review:
    """Score ``year``: the hand-scored criteria come from ``sheets`` (the clusters' scores, as
    :func:`read_scoring_sheets` gives them), and the computed points are compared with them."""
    ref = reference_of(None, ref)
    scheme = load_scheme(ref=ref) if scheme is None else scheme
    grades = load_grades(ref=ref) if grades is None else grades
    registry = load_registry(ref=ref) if registry is None else registry
    this_year = sheets[sheets["year"] == year] if sheets is not None and len(sheets) else None
    manual = manual_points(this_year, scheme) if this_year is not None else None
    points = criterion_points(data, year=year, targets=targets, scheme=scheme, manual=manual,
                              registry=registry, ref=ref)  # fmt: skip
    table = score_table(points, grades=grades)
    comparison = compare_scores(points, this_year) if this_year is not None else pd.DataFrame()
    reached = attainment(data, targets, year=year, registry=registry, ref=ref)
    return Review(year, reached, points, table, comparison)


def load_review(
    data: pd.DataFrame,
    *,
    year: int,
    targets: str | Path | None = None,
    scoring: str | Path | None = None,
    ref: Reference | None = None,
) -> tuple[Review | None, pd.DataFrame]:
    """Read the targets (default ``data/targets``) and scoring sheets (default ``data/scoring``)
    and review ``year``: ``(review, issues of reading them)``; ``review`` is None when no target
    of that year was found."""
    targets = Path(targets) if targets is not None else targets_dir()
    scoring = Path(scoring) if scoring is not None else scoring_dir()
    if not targets.exists():
        return None, pd.DataFrame(columns=ISSUE_COLUMNS)
    ref = reference_of(None, ref)
    loaded = load_targets(targets, ref=ref)
    issues = [loaded.issues]
    sheets = None
    if scoring.exists():
        sheets, problems = read_scoring_sheets(scoring, ref=ref)
        issues.append(problems)
    found = pd.concat(issues, ignore_index=True)
    if not (loaded.data["year"] == year).any():
        return None, found
    return review_year(data, year=year, targets=loaded.data, sheets=sheets, ref=ref), found
