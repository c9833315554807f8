"""Interpreting cells: tables, headers, labels, units and periods, one file at a time."""

from .workbook import FileReading, interpret_file, warm_up

__all__ = ["FileReading", "interpret_file", "warm_up"]
