"""Reference files: the packaged CSVs with the analyst's own files of the same names merged over
them, read through one :class:`Reference` per project folder.

A :class:`Reference` is made by one call for a project folder and handed explicitly (``ref=``) to
loading, checks, analysis, charts, the pack and scoring; worker processes receive it once when
they start. It reads each table once and answers each lookup once, keeping the answers on itself:
no module keeps reference data, so switching project (another object) switches every label and
lookup. Functions called without one make their own from the project folder: a convenience at
the edge only, never inside a loop.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from ..config import PACKAGE_DATA, reference_dir
from ..errors import ReferenceDataError

__all__ = [
    "Reference",
    "number_cell",
    "per_reference",
    "read_reference",
    "read_whole_reference",
    "reference_of",
]


class Reference:
    """The reference data of one project folder as it was when this object was made.

    Making it reads the packaged reference files and the analyst's (``folder``, the project's
    ``data/reference``) once, whole; nothing reads them again through it, so it is frozen: an
    edited file takes a new object. ``stamp`` names the analyst's files with their times and sizes
    (what a processed store compares). Tables and lookups are memoised on the object by
    :meth:`memo`; it pickles whole (what a ``spawn`` worker receives once).
    """

    __slots__ = ("_files", "_memo", "folder", "stamp")

    def __init__(self, user_dir: str | Path | None = None) -> None:
        self.folder, self.stamp = _resolve(user_dir)
        self._files: dict[tuple[str, str], bytes] = _snapshot(Path(self.folder))
        self._memo: dict = {}

    def __repr__(self) -> str:
        return f"Reference({self.folder!r})"

    def __getstate__(self) -> tuple:
        return self.folder, self.stamp, self._files, self._memo

    def __setstate__(self, state: tuple) -> None:
        self.folder, self.stamp, self._files, self._memo = state

    def file(self, name: str, *, user: bool) -> bytes | None:
        """The bytes of the analyst's (``user``) or the packaged file ``name``, None if absent."""
        return self._files.get(("user" if user else "package", name))

    def where(self, name: str, *, user: bool) -> Path:
        """Where the file ``name`` was read from (for messages)."""
        return (Path(self.folder) if user else PACKAGE_DATA) / name

    def memo(self, key, build):
        """The answer to ``key``, built by ``build()`` the first time it is asked."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = build()
            return value

    def table(
        self, name: str, required: list[str], *, key: list[str] | None, packaged_only: bool = False,
        numeric: tuple[str, ...] = (),
    ) -> pd.DataFrame:
        """The packaged ``name`` with the analyst's file merged over it, or the packaged one alone
        (a copy: callers may change it). A cell of a ``numeric`` column that holds text, not a
        number, is an error naming the file, its line and the column."""
        frame = self.memo(("table", name, tuple(required), tuple(key or ()), packaged_only, numeric),
                          lambda: _merged(self, name, required, key, packaged_only, numeric))  # fmt: skip
        return frame.copy()


def per_reference(build):
    """Memoise ``build(ref, *args)`` on ``ref`` (its answers live and die with the object)."""
    name = build.__qualname__

    def lookup(ref: Reference, *args):
        try:
            return ref._memo[name][args]
        except KeyError:
            answers = ref._memo.setdefault(name, {})
            value = answers[args] = build(ref, *args)
            return value

    lookup.__name__, lookup.__qualname__, lookup.__doc__ = build.__name__, build.__qualname__, build.__doc__
    lookup.__wrapped__ = build  # type: ignore[attr-defined]
    return lookup


def reference_of(user_dir: str | Path | None = None, ref: Reference | None = None) -> Reference:
    """``ref`` when given, else a new :class:`Reference` of ``user_dir`` (or the project's)."""
    return ref if ref is not None else Reference(user_dir)


def _read(path: Path, required: list[str]) -> pd.DataFrame:
    """The CSV at ``path`` (a file named by the caller, not a reference file)."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ReferenceDataError(f"Không đọc được tệp danh mục {path}: {exc}") from exc
    return _parse(content, required, path)


def _parse(content: bytes, required: list[str], path: Path) -> pd.DataFrame:
    """A reference CSV's cells, stripped; a missing column is an error naming it."""
    try:
        lines = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    except (UnicodeDecodeError, csv.Error):
        lines = []  # said below, by the parser
    for number, cells in enumerate(lines[1:], start=2):
        if lines and len(cells) > len(lines[0]) and any(c.strip() for c in cells[len(lines[0]) :]):
            raise ReferenceDataError(
                f"Tệp danh mục {path}: dòng {number} có {len(cells)} ô, nhiều hơn {len(lines[0])} cột của "
                "dòng tiêu đề (có thể thiếu dấu ngoặc kép quanh một ô chứa dấu phẩy)."
            )
    try:
        frame = pd.read_csv(io.BytesIO(content), dtype=str, keep_default_na=False, encoding="utf-8-sig",
                            index_col=False, on_bad_lines="error")  # fmt: skip
    except pd.errors.EmptyDataError:
        raise ReferenceDataError(
            f"Tệp danh mục {path} trống; cần dòng tiêu đề với các cột: {', '.join(required)}."
        ) from None
    except UnicodeDecodeError:
        raise ReferenceDataError(
            f"Tệp danh mục {path} không phải văn bản UTF-8; hãy lưu lại dạng CSV UTF-8."
        ) from None
    except pd.errors.ParserError as exc:
        found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        where = (f"dòng {found.group(2)} có {found.group(3)} ô, nhiều hơn {found.group(1)} cột của dòng tiêu "
                 "đề (có thể thiếu dấu ngoặc kép quanh một ô chứa dấu phẩy)") if found else str(exc)  # fmt: skip
        raise ReferenceDataError(f"Tệp danh mục {path}: {where}.") from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise ReferenceDataError(
            f"Tệp danh mục {path} thiếu cột {', '.join(missing)}; "
            f"hãy thêm dòng tiêu đề với các cột: {', '.join(required)}."
        )
    return pd.DataFrame({name: frame[name].str.strip() for name in frame.columns})


def _numbers(frame: pd.DataFrame, columns: tuple[str, ...], path: Path) -> pd.DataFrame:
    """``frame`` when every filled cell of ``columns`` is a number; else an error naming the line."""
    for column in columns:
        if column not in frame:
            continue
        texts = frame[column].astype(str).str.strip()
        numbers = pd.to_numeric(texts.str.replace(",", ".", regex=False), errors="coerce")
        bad = (texts != "") & numbers.isna()
        for line, text in zip((bad[bad].index + 2).tolist(), frame.loc[bad, column], strict=True):
            if number_cell(text) is None:
                raise ReferenceDataError(
                    f"Tệp danh mục {path}, dòng {line}, cột {column}: '{text}' không phải một số; hãy "
                    "ghi bằng chữ số (ví dụ 14) hoặc để trống."
                )
    return frame


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
    ref: Reference | None = None,
    numeric: tuple[str, ...] = (),
) -> pd.DataFrame:
    """The packaged ``name`` with the user's file of that name merged over it.

    With ``key``, a user row replaces the packaged row with the same key; without one, user rows
    are added. ``user_dir`` defaults to ``data/reference`` of the project folder.
    """
    return reference_of(user_dir, ref).table(name, required, key=key, numeric=numeric)


def _merged(
    ref: Reference, name: str, required: list[str], key: list[str] | None, packaged_only: bool = False,
    numeric: tuple[str, ...] = (),
) -> pd.DataFrame:
    packaged = ref.file(name, user=False)
    if packaged is None:
        raise ReferenceDataError(f"Không có tệp danh mục {ref.where(name, user=False)}.")
    frame = _numbers(_parse(packaged, required, ref.where(name, user=False)), numeric,
                     ref.where(name, user=False))  # fmt: skip
    own = None if packaged_only else ref.file(name, user=True)
    if own is not None:
        user = _numbers(_parse(own, required, ref.where(name, user=True)), numeric, ref.where(name, user=True))
        frame = pd.concat([frame, user], ignore_index=True)
        if key:
            frame = frame.drop_duplicates(subset=key, keep="last")
    return frame.reset_index(drop=True)


def read_whole_reference(
    name: str, required: list[str], *, path: str | Path | None = None, ref: Reference | None = None
) -> tuple[pd.DataFrame, Path]:
    """A reference file read as a whole (a scheme is not merged row by row): ``path`` if given,
    else the analyst's ``data/reference/name`` if present, else the packaged one."""
    if path is None:
        ref = reference_of(None, ref)
        own = ref.file(name, user=True)
        if own is not None:
            return _parse(own, required, ref.where(name, user=True)), ref.where(name, user=True)
        packaged = ref.file(name, user=False)
        if packaged is None:
            raise ReferenceDataError(f"Không có tệp {ref.where(name, user=False)}.")
        return _parse(packaged, required, ref.where(name, user=False)), ref.where(name, user=False)
    path = Path(path)
    if not path.is_file():
        raise ReferenceDataError(f"Không có tệp {path}.")
    return _read(path, required), path


_KINDS = ("*.csv", "*.toml", "*.json")


def _snapshot(folder: Path) -> dict[tuple[str, str], bytes]:
    """The bytes of every packaged reference file and of the analyst's files in ``folder``."""
    files: dict[tuple[str, str], bytes] = {}
    for side, where in (("package", PACKAGE_DATA), ("user", folder)):
        if not where.is_dir():
            continue
        for pattern in _KINDS:
            for path in where.glob(pattern):
                try:
                    files[(side, path.name)] = path.read_bytes()
                except OSError as exc:
                    raise ReferenceDataError(f"Không đọc được tệp danh mục {path}: {exc}") from exc
    return files


def _resolve(user_dir: str | Path | None) -> tuple[str, str]:
    folder = Path(user_dir) if user_dir is not None else reference_dir()
    stamp = ""
    if folder.is_dir():
        files = sorted([*folder.glob("*.csv"), *folder.glob("*.toml")])
        stamp = ";".join(f"{p.name}:{p.stat().st_mtime_ns}:{p.stat().st_size}" for p in files)
    return str(folder), stamp
