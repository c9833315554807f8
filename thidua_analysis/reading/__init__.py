"""Reading files: what a file really is, safety limits, and its cells (never its formulas' logic)."""

from .inspect import FileProblem, Inspection, file_sha256, inspect_file
from .workbook import SheetCells, is_reader_panic, read_workbook

__all__ = [
    "FileProblem",
    "Inspection",
    "SheetCells",
    "file_sha256",
    "inspect_file",
    "is_reader_panic",
    "read_workbook",
]
