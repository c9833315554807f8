"""Loading a batch: discover files, read them in isolated workers, combine, de-duplicate."""

from .batch import LoadResult, discover, load_reports

__all__ = ["LoadResult", "discover", "load_reports"]
