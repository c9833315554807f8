"""Paths in one place. Everything is relative to the project folder an analyst works in.

The folder is ``$THIDUA_HOME`` when set, else the nearest folder at or above the current one that
holds the marker file ``thidua.toml`` (written by ``thidua init`` and by the first ingest, found the
way git finds its root), else the current folder. Raw reports live in
``data/raw`` (never written by the package), the processed store in ``data/processed``, the
analyst's own reference files (merged over the packaged defaults) in ``data/reference``, and
conference packs in ``reports``.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "MARKER",
    "PACKAGE_DATA",
    "VERSION",
    "find_project",
    "home",
    "mark_project",
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


MARKER = "thidua.toml"
_MARKER_TEXT = """# Thư mục dự án thidua_analysis: các lệnh `thidua` chạy ở đây hay ở thư mục con đều dùng
# data/raw, data/processed, data/reference và reports của thư mục này.
[project]
version = "{version}"
"""


def find_project(start: str | Path | None = None) -> Path | None:
    """The nearest folder at or above ``start`` (default: the current one) holding ``thidua.toml``."""
    here = Path(start if start is not None else Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / MARKER).is_file():
            return folder
    return None


def home() -> Path:
    """The project folder: ``$THIDUA_HOME``, else the marked folder above, else the current one."""
    given = os.environ.get("THIDUA_HOME")
    if given:
        return Path(given)
    return find_project() or Path.cwd()


def mark_project(folder: str | Path) -> Path:
    """Write the marker file into ``folder`` (kept if it is there already)."""
    marker = Path(folder) / MARKER
    if not marker.exists():
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(_MARKER_TEXT.format(version=VERSION), encoding="utf-8")
    return marker


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
