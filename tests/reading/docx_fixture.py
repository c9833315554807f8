"""The tests' Word fixtures are written by hand-made XML (see :mod:`thidua_analysis.sample.word`):
no library the reader shares."""

from thidua_analysis.sample.word import paragraph, table, write_docx

__all__ = ["paragraph", "table", "write_docx"]
