"""Reading files: what a file really is, safety limits, and its cells (never its formulas' logic)."""

from .inspect import FileProblem, Inspection, inspect_file
from .workbook import SheetCells, is_reader_panic, read_workbook

__all__ = [
    "FileProblem",
    "Inspection",
    "SheetCells",
    "inspect_file",
    "is_reader_panic",
    "read_workbook",
]
