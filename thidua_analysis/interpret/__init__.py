"""Interpreting cells: tables, headers, labels, units and periods, one file at a time."""

from .workbook import interpret_file, warm_up

__all__ = ["interpret_file", "warm_up"]
