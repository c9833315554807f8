"""Paths in one place. Everything is relative to the project folder an analyst works in.

The folder is ``$THIDUA_HOME`` when set, else the current working directory. Raw reports live in
``data/raw`` (never written by the package), the processed store in ``data/processed``, the
analyst's own reference files (merged over the packaged defaults) in ``data/reference``, and
conference packs in ``reports``.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "PACKAGE_DATA",
    "VERSION",
    "home",
    "processed_dir",
    "raw_dir",
    "reference_dir",
    "reports_dir",
    "scoring_dir",
    "targets_dir",
    "use_project",
]

PACKAGE_DATA = Path(__file__).parent / "reference" / "data"
VERSION = "0.1.0"


def home() -> Path:
    return Path(os.environ.get("THIDUA_HOME", Path.cwd()))


def use_project(folder: str | Path) -> Path:
    """Work in the project folder ``folder`` from now on (a notebook's first call)."""
    path = Path(folder).resolve()
    os.environ["THIDUA_HOME"] = str(path)
    return path


def raw_dir() -> Path:
    return home() / "data" / "raw"


def processed_dir() -> Path:
    return home() / "data" / "processed"


def reference_dir() -> Path:
    return home() / "data" / "reference"


def reports_dir() -> Path:
    return home() / "reports"


def targets_dir() -> Path:
    """Registered targets (bảng đăng ký chỉ tiêu), kept apart from the reports."""
    return home() / "data" / "targets"


def scoring_dir() -> Path:
    """The clusters' own scoring sheets (bảng chấm điểm)."""
    return home() / "data" / "scoring"
