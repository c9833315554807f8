"""Tables in notebooks as an analyst reads them: Vietnamese column names, 1.124 and 1,25, blanks
(never NaN, None or False), and long lists as sortable, searchable tables that also work in the
HTML copies, offline.

``setup_notebook()`` once at the top of a notebook; then ``show(frame)`` for any table. The
interactive tables are drawn by itables with its JavaScript embedded in the notebook
(``connected=False``): no network is needed to open the HTML copy.
"""

from __future__ import annotations

import math

import pandas as pd

from ..text.numbers import format_vn

__all__ = ["COLUMN_NAMES", "formatted", "setup_notebook", "show", "vietnamese_columns"]

# the package's column names and what the reader calls them
COLUMN_NAMES = {
    "unit_id": "Mã đơn vị", "unit_name": "Đơn vị", "cluster_id": "Cụm, khối", "cluster_name": "Cụm, khối",
    "indicator": "Chỉ tiêu", "indicator_name": "Chỉ tiêu", "value": "Số liệu", "year": "Năm",
    "period": "Kỳ", "base_unit": "ĐVT", "source_file": "Tệp", "source_sheet": "Trang", "source_cell": "Ô",
    "severity": "Mức độ", "code": "Mã", "title": "Vấn đề", "message": "Nội dung và cách sửa",
    "communes": "Số xã, phường", "per_commune": "Bình quân mỗi xã", "previous": "Cùng kỳ năm trước",
    "change_pct": "Tăng, giảm (%)", "share_pct": "Tỷ trọng trong cụm (%)", "rank": "Thứ hạng",
    "derived": "Tính từ kỳ khác", "partial": "Chưa đủ đơn vị", "units": "Số đơn vị",
    "expected_units": "Số đơn vị phải báo cáo", "status": "Tình trạng", "points": "Điểm",
    "score": "Điểm", "attainment": "Tỷ lệ đạt", "target": "Chỉ tiêu đăng ký", "count": "Số lượng",
    "label": "Nội dung trong báo cáo", "period_source": "Căn cứ kỳ", "unit_source": "Căn cứ đơn vị",
    "column_role": "Vai trò cột", "level": "Cấp", "name_vi": "Tên", "kind": "Loại",
}  # fmt: skip
# fewer rows than this are shown as a plain table; more, as an interactive one
INTERACTIVE_FROM = 16
_READY = {"itables": False}


def setup_notebook(*, interactive: bool = True) -> None:
    """Once per notebook: numbers in any frame shown the Vietnamese way (no 8.648000e+08), and
    the interactive tables' code embedded in the notebook (its HTML copy works offline)."""
    pd.set_option("display.float_format", _float_text)
    pd.set_option("display.max_colwidth", 120)
    if interactive and not _READY["itables"]:
        try:
            from itables import init_notebook_mode
        except ImportError:  # the plain tables still work
            return
        init_notebook_mode(all_interactive=False, connected=False)
        _READY["itables"] = True


def vietnamese_columns(frame: pd.DataFrame, names: dict[str, str] | None = None) -> pd.DataFrame:
    """``frame`` with the package's column names in Vietnamese (``names`` adds or overrides)."""
    mapping = {**COLUMN_NAMES, **(names or {})}
    return frame.rename(columns={c: mapping[c] for c in frame.columns if isinstance(c, str) and c in mapping})


def show(
    frame: pd.DataFrame | pd.Series, *, names: dict[str, str] | None = None,
    decimals: int | dict[str, int] = 1, interactive: bool | None = None, caption: str | None = None,
) -> None:  # fmt: skip
    """Show ``frame`` to the reader: column names in Vietnamese, numbers as 1.124 and 1,25
    (``decimals`` places where a value has a fraction; years as 2024), blanks for missing values,
    "có" for True and nothing for False; from :data:`INTERACTIVE_FROM` rows (or when
    ``interactive``), a sortable, searchable table that sorts by the numbers themselves."""
    frame = _prepared(frame, names)
    places = decimals if isinstance(decimals, dict) else {c: decimals for c in frame.columns}
    interactive = len(frame) >= INTERACTIVE_FROM if interactive is None else interactive
    if interactive and _READY["itables"]:
        _interactive(frame, places, caption)
        return
    numeric = [c for c in frame.columns if _is_numeric(frame[c])]
    styler = _texts(frame, places).style.hide(axis="index")
    styler = styler.set_properties(subset=numeric, **{"text-align": "right"})
    _display(styler.set_caption(caption) if caption else styler)


def formatted(
    frame: pd.DataFrame | pd.Series, *, names: dict[str, str] | None = None, decimals: int | dict[str, int] = 1,
) -> pd.DataFrame:  # fmt: skip
    """The texts :func:`show` shows for ``frame`` (a plain table), as a frame of strings."""
    frame = _prepared(frame, names)
    return _texts(frame, decimals if isinstance(decimals, dict) else {c: decimals for c in frame.columns})


def _prepared(frame: pd.DataFrame | pd.Series, names: dict[str, str] | None) -> pd.DataFrame:
    if isinstance(frame, pd.Series):
        frame = frame.to_frame(frame.name if frame.name is not None else "value")
    if not isinstance(frame.index, pd.RangeIndex):
        frame = frame.reset_index()
    frame = vietnamese_columns(frame, names)
    frame.columns = [str(c) for c in frame.columns]
    return frame


def _texts(frame: pd.DataFrame, places: dict[str, int]) -> pd.DataFrame:
    return pd.DataFrame({c: [_cell(v, c, places.get(c, 1)) for v in frame[c].tolist()] for c in frame.columns},
                        index=range(len(frame)))  # fmt: skip


def _interactive(frame: pd.DataFrame, places: dict[str, int], caption: str | None) -> None:
    """Draw ``frame`` as an interactive table (itables, its code already in the notebook). The
    cells hold the texts the reader reads (so does the plain table shown where scripts do not
    run); told that "," is the decimal mark and "." groups thousands, the table sorts numbers
    as numbers."""
    from itables import show as draw

    numeric = [i for i, c in enumerate(frame.columns) if _is_numeric(frame[c])]
    draw(
        _texts(frame, places), caption=caption, showIndex=False, classes="display compact",
        columnDefs=[{"targets": numeric, "className": "dt-right"}] if numeric else None,
        lengthMenu=[10, 25, 50, 100, 500], pageLength=25, maxBytes=0,
        language={"decimal": ",", "thousands": ".", "search": "Tìm:", "lengthMenu": "Hiện _MENU_ dòng",
                  "info": "Dòng _START_–_END_ trong _TOTAL_ dòng", "infoEmpty": "Không có dòng nào",
                  "zeroRecords": "Không có dòng nào khớp", "infoFiltered": "(lọc từ _MAX_ dòng)",
                  "emptyTable": "Không có dòng nào",
                  "paginate": {"first": "Đầu", "last": "Cuối", "next": "Sau", "previous": "Trước"}},
    )  # fmt: skip


def _display(obj) -> None:
    try:
        from IPython.display import display
    except ImportError:  # outside a notebook: nothing to draw
        return
    display(obj)


def _is_numeric(column: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


def _cell(value: object, column: str, places: int) -> str:
    """A value as the reader reads it."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return "có" if value else ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            return ""
        if column in ("Năm", "year") and float(value).is_integer():
            return str(int(value))
        number = float(value)
        if number.is_integer() or abs(number) >= 1e6:
            return format_vn(round(number))
        return format_vn(round(number, places))
    return str(value)


def _float_text(value: float) -> str:
    """pandas' float format in notebooks: 1.124 and 1,25 (no scientific notation)."""
    if math.isnan(value):
        return ""
    if float(value).is_integer() or abs(value) >= 1e6:
        return format_vn(round(value))
    return format_vn(round(value, 2))
