"""thidua_analysis: load, check, analyse and chart MTTQ emulation-cluster reports."""

from .config import VERSION
from .interpret.explain import explain
from .loading import LoadResult, load_reports
from .reference import load_catalog, load_registry
from .reporting.display import setup_notebook, show
from .reporting.excel import save_table
from .storage import load_processed, query

__all__ = [
    "LoadResult",
    "explain",
    "load_catalog",
    "load_processed",
    "load_registry",
    "load_reports",
    "query",
    "save_table",
    "setup_notebook",
    "show",
]
__version__ = VERSION
