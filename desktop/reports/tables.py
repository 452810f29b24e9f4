"""The record tables reports and documents read, passed in as SQLAlchemy Core ``Table``s.

Reports run on the desktop's local cache, whose tables mirror the server's with the same
table and column names; tests and benchmarks build the very same tables from the server's
metadata. Taking ``Table`` objects (not one module's ORM classes) keeps the report code
indifferent to which of the two metadata it is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import MetaData, Table

REQUIRED = (
    "applicants",
    "applications",
    "completions",
    "cargo_owners",
    "monthly_reports",
    "rewards",
    "review_results",
)


@dataclass(frozen=True, slots=True)
class ReportTables:
    """The tables by role. ``accounts`` is optional: with it, documents print reviewer names."""

    applicants: Table
    applications: Table
    completions: Table
    cargo_owners: Table
    monthly_reports: Table
    rewards: Table
    review_results: Table
    accounts: Table | None = None

    @classmethod
    def from_metadata(cls, metadata: MetaData) -> ReportTables:
        """Pick the tables by their names; a missing record table is an error worth naming."""
        missing = [name for name in REQUIRED if name not in metadata.tables]
        if missing:
            raise LookupError(f"本地数据库缺少报表所需的表：{'、'.join(missing)}")
        tables = {name: metadata.tables[name] for name in REQUIRED}
        return cls(**tables, accounts=metadata.tables.get("accounts"))
