"""Building a report from the local cache, for the report pages (always off the UI thread).

Reports read the cache's mirrored tables, which carry the server's table and column names, so
the engine of ``desktop.reports`` runs on them unchanged and works offline. ``build_shown``
also reads the rows, because a table on screen needs them all; an export reads them again
itself (``Report.rows`` streams), so it never holds a large report in memory, and reads them
through the cache's ``streaming`` engine, so SQLite's page cache and sorts do not grow with
the rows either (``build_export``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.models.database import CacheDatabase
from desktop.models.report_tables import DataMark, cache_tables, report_data_mark
from desktop.reports import catalog
from desktop.reports.filters import ReportFilter
from desktop.reports.model import Report, ReportRow, materialize


def build_report(db: CacheDatabase, key: str, report_filter: ReportFilter) -> Report:
    """The report ``key`` (a catalog key) over the cache; counts its rows, reads none yet."""
    return catalog.build(key, db.engine, cache_tables(), report_filter)


def build_export(db: CacheDatabase, key: str, report_filter: ReportFilter) -> Report:
    """The report ``key`` for an export: its rows are read on the streaming engine."""
    return catalog.build(key, db.streaming, cache_tables(), report_filter)


@dataclass(frozen=True, slots=True)
class ShownReport:
    """A built report with its rows read, as the page's table shows it, the filter it was
    built for and the cache's data mark taken just before its rows were read (a later
    change to the cache gives another mark, so the page knows to summarize again)."""

    report: Report
    rows: tuple[ReportRow, ...]
    report_filter: ReportFilter
    mark: DataMark

    @property
    def empty(self) -> bool:
        """No record matched: every count and amount of every row (totals included) is zero.

        The tables print a zero 总计 row even when nothing matched, so "no rows" would never
        be true; a table of zeros is what an empty result looks like here.
        """
        return not any(
            value for row in self.rows for value in row.cells if isinstance(value, int | Decimal)
        )


def build_shown(db: CacheDatabase, key: str, report_filter: ReportFilter) -> ShownReport:
    mark = data_mark(db)
    report = build_report(db, key, report_filter)
    return ShownReport(report, tuple(materialize(report)), report_filter, mark)


def data_mark(db: CacheDatabase) -> DataMark:
    """The cache's current mark for what reports read (``report_data_mark``)."""
    return report_data_mark(db.engine, cache_tables())
