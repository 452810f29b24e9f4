"""The year's standards table with its lookups indexed, for generating 100,000 records.

``core.standards.StandardsTable.find`` scans every row for every lookup, which is right for a
desk computing one record at a time and the largest single cost when the demo computes a
hundred thousand machine amounts (three or four lookups each). This subclass answers the same
lookups from an index of the rows matching each (category, criteria) — the same rows, the same
single-row answer — and hands anything that is not exactly one row back to the core, so every
error and its Chinese message remain the core's own. The formulas themselves are untouched:
amounts still come from ``core.formulas``.
"""

from __future__ import annotations

from decimal import Decimal

from core.standards import Criteria, StandardCategory, StandardRow, StandardsTable


class IndexedStandards(StandardsTable):
    """A ``StandardsTable`` whose ``find`` looks rows up by (category, criteria) first."""

    def __init__(self, table: StandardsTable) -> None:
        super().__init__(table.year, table.rows)
        self._index: dict[tuple[StandardCategory, Criteria], tuple[StandardRow, ...]] = {}

    def _candidates(
        self, category: StandardCategory, criteria: Criteria
    ) -> tuple[StandardRow, ...]:
        key = (category, criteria)
        rows = self._index.get(key)
        if rows is None:
            rows = tuple(
                row for row in self.rows if row.category is category and criteria.matches(row)
            )
            self._index[key] = rows
        return rows

    def find(
        self, category: StandardCategory, criteria: Criteria, value: Decimal | None = None
    ) -> StandardRow:
        found = [
            row
            for row in self._candidates(category, criteria)
            if value is None or row.covers(value)
        ]
        if len(found) == 1:
            return found[0]
        return super().find(category, criteria, value)
