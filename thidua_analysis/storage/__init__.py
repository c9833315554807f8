"""The processed store: Parquet written atomically, a manifest of ingested files, SQL over it."""

from .store import (
    IngestSummary,
    ingest,
    load_candidates,
    load_processed,
    query,
    source_paths,
    update_review,
)

__all__ = ["IngestSummary", "ingest", "load_candidates", "load_processed", "query", "source_paths", "update_review"]
