"""The thresholds of the checks, read from editable CSV files (like DHIS2's outlier settings).

``quality_settings.csv`` (setting, value, description) holds the numbers the checks use, and
``ratio_rules.csv`` (rule, numerator, denominator, low, high, unit_vi, description) the plausible
range of each ratio. The packaged files hold the defaults; an analyst overrides a setting or a
rule by putting a file of the same name in ``data/reference/`` with just the rows to change.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path

import pandas as pd

from ..errors import ReferenceDataError
from ..reference.files import Reference, number_cell, read_reference, reference_of

__all__ = ["QualitySettings", "load_quality_settings", "load_ratio_rules"]


@dataclass(frozen=True)
class QualitySettings:
    """Defaults as shipped in ``quality_settings.csv``; see that file for what each one means."""

    z_threshold: float = 3.5
    min_history: int = 4
    min_peers: int = 5
    stock_jump_factor: float = 2.0
    stock_jump_min: float = 10.0
    sum_tolerance: float = 0.001
    min_spread: float = 0.25
    min_difference: float = 10.0


def load_quality_settings(
    *, user_dir: str | Path | None = None, ref: Reference | None = None, **overrides: float
) -> QualitySettings:
    """The settings from the CSV files, then ``overrides`` (``z_threshold=3``) on top."""
    frame = read_reference(
        "quality_settings.csv", ["setting", "value"], key=["setting"], user_dir=user_dir, ref=ref
    )
    known = {f.name: f.type for f in fields(QualitySettings)}
    values: dict[str, float] = {}
    for row in frame.itertuples(index=False):
        if row.setting not in known:
            raise ReferenceDataError(
                f"quality_settings.csv: không có thiết lập '{row.setting}'. Các thiết lập hợp lệ: "
                f"{', '.join(known)}."
            )
        values[row.setting] = _positive(row.value, f"quality_settings.csv, dòng '{row.setting}'")
    for name, value in overrides.items():
        if name not in known:
            raise ReferenceDataError(f"Không có thiết lập kiểm tra '{name}'.")
        values[name] = _positive(value, name)
    settings = replace(QualitySettings(), **values)
    for name in ("min_history", "min_peers"):
        object.__setattr__(settings, name, int(getattr(settings, name)))
    return settings


def _positive(text: object, where: str) -> float:
    number = number_cell(text)
    if number is None or number <= 0:
        raise ReferenceDataError(f"{where}: giá trị '{text}' phải là một số dương (ví dụ 3.5).")
    return number


def load_ratio_rules(*, user_dir: str | Path | None = None, ref: Reference | None = None) -> pd.DataFrame:
    """One row per ratio: numerator and denominator codes, plausible ``low``–``high`` range."""
    from ..reference import load_catalog

    ref = reference_of(user_dir, ref)
    frame = read_reference(
        "ratio_rules.csv",
        ["rule", "numerator", "denominator", "low", "high", "unit_vi", "description"],
        key=["rule"],
        ref=ref,
    )
    codes = set(load_catalog(ref=ref)["code"])
    for row in frame.itertuples(index=False):
        for code in (row.numerator, row.denominator):
            if code not in codes:
                raise ReferenceDataError(
                    f"ratio_rules.csv, quy tắc '{row.rule}': không có chỉ tiêu '{code}' trong danh "
                    "mục; hãy dùng mã chỉ tiêu của indicators.csv."
                )
        low = _positive(row.low, f"ratio_rules.csv, quy tắc '{row.rule}', cột low")
        high = _positive(row.high, f"ratio_rules.csv, quy tắc '{row.rule}', cột high")
        if low >= high:
            raise ReferenceDataError(
                f"ratio_rules.csv, quy tắc '{row.rule}': low ({row.low}) phải nhỏ hơn high "
                f"({row.high})."
            )
    return frame.assign(low=frame["low"].map(number_cell), high=frame["high"].map(number_cell))
