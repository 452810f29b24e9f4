"""The cache's tables by role, as the report and document engines take them.

Reports and printed documents both read the cache through ``ReportTables``. This lives with
the cache models, not in ``desktop.reports`` (which stays indifferent to whose metadata it is
given) nor in the documents views (which import PyMuPDF at import time), so the report pages
and the document calls share it without either pulling in the other.
"""

from __future__ import annotations

from functools import cache

from desktop.models import metadata
from desktop.reports.tables import ReportTables


@cache
def cache_tables() -> ReportTables:
    """The report tables of the cache schema (the same for every cache file)."""
    return ReportTables.from_metadata(metadata)
