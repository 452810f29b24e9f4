"""The cache's tables by role, as the report and document engines take them.

Reports and printed documents both read the cache through ``ReportTables``. This lives with
the cache models, not in ``desktop.reports`` (which stays indifferent to whose metadata it is
given) nor in the documents views (which import PyMuPDF at import time), so the report pages
and the document calls share it without either pulling in the other.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Engine, func, select

from desktop.models import metadata
from desktop.models.outbox import ItemState, OutboxItem
from desktop.reports.tables import REQUIRED, ReportTables


@cache
def cache_tables() -> ReportTables:
    """The report tables of the cache schema (the same for every cache file)."""
    return ReportTables.from_metadata(metadata)


DataMark = tuple[int, ...]


def report_data_mark(engine: Engine, tables: ReportTables) -> DataMark:
    """A value that changes when the rows reports read may have changed.

    Per record table the rows' count and highest server version (a pulled insert or update
    takes a newer version than any before it; a pulled deletion lowers the count); for the
    outbox its count, highest sequence number and items stopped by a conflict or refusal (a
    local decision or edit reaches the cached rows together with its outbox item, and a
    settled conflict puts rows back). A report page compares marks after each sync instead of
    summarizing again for nothing: a few counts, where a province report reads every record.
    """
    outbox = OutboxItem.__table__
    marks: list[int] = []
    with engine.connect() as conn:
        for name in REQUIRED:
            table = getattr(tables, name)
            newest = func.coalesce(func.max(table.c.version), 0)
            marks += conn.execute(select(func.count(), newest).select_from(table)).one()
        marks += conn.execute(
            select(
                func.count(),
                func.coalesce(func.max(outbox.c.seq), 0),
                func.count().filter(outbox.c.state != ItemState.PENDING),
            ).select_from(outbox)
        ).one()
    return tuple(marks)
