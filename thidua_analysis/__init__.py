"""thidua_analysis: load, check, analyse and chart MTTQ emulation-cluster reports."""

from .loading import LoadResult, load_reports
from .reference import load_catalog, load_registry

__all__ = ["LoadResult", "load_catalog", "load_registry", "load_reports"]
__version__ = "0.1.0"
