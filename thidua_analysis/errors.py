"""One error hierarchy. Messages are Vietnamese: they are read by analysts."""

from __future__ import annotations

__all__ = ["ArgumentError", "NotebookError", "ReferenceDataError", "StoreError", "ThiduaError", "UsageError"]


class ThiduaError(Exception):
    """Base of every error this package raises on purpose."""


class ReferenceDataError(ThiduaError):
    """A reference file (indicators, units, clusters, membership) is missing or malformed."""


class StoreError(ThiduaError):
    """The processed store is missing, unreadable or from an incompatible version."""


class UsageError(ThiduaError):
    """A function or command was called with arguments that cannot work."""


class ArgumentError(UsageError, ValueError):
    """A function was given an argument it cannot use (an unknown period, cluster, option) or data
    with nothing to draw: a ``ValueError`` too, so ``except ValueError`` callers keep working."""


class NotebookError(UsageError):
    """A notebook stopped at a cell: which one, and why, in Vietnamese."""

