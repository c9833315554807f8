"""thidua_analysis: load, check, analyse and chart MTTQ emulation-cluster reports."""

from .reference import load_catalog, load_registry

__all__ = ["load_catalog", "load_registry"]
__version__ = "0.1.0"
