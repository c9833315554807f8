"""Read a packaged reference CSV, with the analyst's own file of the same name merged over it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from ..config import PACKAGE_DATA, reference_dir
from ..errors import ReferenceDataError

__all__ = [
    "frozen_reference",
    "number_cell",
    "read_reference",
    "read_whole_reference",
    "resolve_user_dir",
]

# While a batch of files is interpreted, the reference folder is looked at once, not per lookup.
_FROZEN: dict[str, tuple[str, str]] | None = None


def _read(path: Path, required: list[str]) -> pd.DataFrame:
    """The CSV at ``path`` (a copy of the last reading while the file is unchanged)."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise ReferenceDataError(f"Không đọc được tệp danh mục {path}: {exc}") from exc
    key = (str(path), stat.st_mtime_ns, stat.st_size, tuple(required))
    if key not in _READINGS:
        if len(_READINGS) > 256:
            _READINGS.clear()
        _READINGS[key] = _parse(path, required)
    return _READINGS[key].copy()


_READINGS: dict[tuple, pd.DataFrame] = {}


def _parse(path: Path, required: list[str]) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise ReferenceDataError(f"Không đọc được tệp danh mục {path}: {exc}") from exc
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise ReferenceDataError(
            f"Tệp danh mục {path} thiếu cột {', '.join(missing)}; "
            f"hãy thêm dòng tiêu đề với các cột: {', '.join(required)}."
        )
    return pd.DataFrame({name: frame[name].str.strip() for name in frame.columns})


def number_cell(text: object) -> float | None:
    """A number typed in a reference CSV, with "." or "," as the decimal mark ("3,5" = 3.5); None
    when the cell holds none. (Settings have no thousands separators, unlike reports.)"""
    value = pd.to_numeric(str(text).strip().replace(",", "."), errors="coerce")
    return None if pd.isna(value) else float(value)


def read_reference(
    name: str,
    required: list[str],
    *,
    key: list[str] | None,
    user_dir: str | Path | None = None,
) -> pd.DataFrame:
    """The packaged ``name`` with the user's file of that name merged over it.

    With ``key``, a user row replaces the packaged row with the same key; without one, user rows
    are added. ``user_dir`` defaults to ``data/reference`` of the project folder.
    """
    frame = _read(PACKAGE_DATA / name, required)
    folder = Path(user_dir) if user_dir is not None else reference_dir()
    user_file = folder / name
    if user_file.is_file():
        user = _read(user_file, required)
        frame = pd.concat([frame, user], ignore_index=True)
        if key:
            frame = frame.drop_duplicates(subset=key, keep="last")
    return frame.reset_index(drop=True)


def read_whole_reference(
    name: str, required: list[str], *, path: str | Path | None = None
) -> tuple[pd.DataFrame, Path]:
    """A reference file read as a whole (a scheme is not merged row by row): ``path`` if given,
    else the analyst's ``data/reference/name`` if present, else the packaged one."""
    if path is None:
        user = reference_dir() / name
        path = user if user.is_file() else PACKAGE_DATA / name
    path = Path(path)
    if not path.is_file():
        raise ReferenceDataError(f"Không có tệp {path}.")
    return _read(path, required), path


@contextmanager
def frozen_reference() -> Iterator[None]:
    """Within this block, the reference folder's stamp is read once per folder (a batch of
    lookups sees one consistent set of reference files, and does not stat them thousands of
    times)."""
    global _FROZEN
    outer = _FROZEN
    _FROZEN = {} if outer is None else outer
    try:
        yield
    finally:
        _FROZEN = outer


def resolve_user_dir(user_dir: str | Path | None) -> tuple[str, str]:
    """``(folder, stamp)``: the user's reference folder (given, or ``data/reference``) and a stamp
    of its CSV files' and recipes' modification times and sizes, so caches see an edited file."""
    if _FROZEN is not None:
        key = str(user_dir)
        if key not in _FROZEN:
            _FROZEN[key] = _resolve(user_dir)
        return _FROZEN[key]
    return _resolve(user_dir)


def _resolve(user_dir: str | Path | None) -> tuple[str, str]:
    folder = Path(user_dir) if user_dir is not None else reference_dir()
    stamp = ""
    if folder.is_dir():
        files = sorted([*folder.glob("*.csv"), *folder.glob("*.toml")])
        stamp = ";".join(f"{p.name}:{p.stat().st_mtime_ns}:{p.stat().st_size}" for p in files)
    return str(folder), stamp
