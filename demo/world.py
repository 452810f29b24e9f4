"""The demo world as a stream of batches of plain rows, ready for bulk insertion.

``generate(config)`` yields ``Batch`` objects: rows keyed by the server models' column names (per
table), new file contents addressed by SHA-256, other files to write under the data directory,
and the demo password of each account (hashing it is the loader's job, with the server's own
``Passwords``). Nothing is held for the whole world but small indexes (applicants per
region, licences per operator, names in use), so 100,000 applications stream through in
batches of a few thousand and never exist as ORM objects.

Order of the stream: first the settings (subsidy year, declaration statuses) with the shared PDF
pool; then the ship records in creation order, one batch per ``batch_records`` applications;
then the cargo owners with their reports and rewards, the accounts, the registry load records
and the files (accounts CSV, registry CSVs, demo zips). Accounts come last so a loader has the
whole generation to hash their passwords in. Within a batch, ``TABLE_ORDER`` puts
every referenced row before the rows that reference it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any

from core import regions
from core.material_list_2024 import MATERIAL_LIST_2024
from core.materials import MaterialSpec, operation_for_ship_type, suggested_zip_name
from core.standards_2024 import STANDARDS_2024
from core.vocab import Stage
from demo.accounts import (
    ACCOUNTS_CREATED,
    AccountBook,
    account_passwords,
    account_rows,
    accounts_csv,
    plan_accounts,
)
from demo.cargo import CargoRecords
from demo.combos import valid_kinds
from demo.config import WorldConfig
from demo.ids import IdSource
from demo.materials import BlobCollector, MaterialMaker, MaterialPool, pool_names
from demo.parties import NameRegistry
from demo.placement import QueueHeads
from demo.registry import REGISTRY_TABLES, RegistryWriter
from demo.ship_records import ShipRecords
from demo.ship_rows import ship_subject
from demo.standards_index import IndexedStandards
from demo.subsidy_year import declaration_history, declaration_rows, subsidy_year_row
from demo.zips import UploadTarget, demo_zip_files

TABLE_ORDER: tuple[str, ...] = (
    "subsidy_years",
    "declaration_statuses",
    "accounts",
    "blobs",
    "applicants",
    "applications",
    "completions",
    "cargo_owners",
    "monthly_reports",
    "rewards",
    "review_submissions",
    "review_results",
    "material_files",
    *REGISTRY_TABLES,
    "registry_loads",
)
"""Insertion order: every table after the tables its foreign keys point to."""

ACCOUNTS_FILE = "demo-accounts.csv"


@dataclass
class Batch:
    """One chunk of the world: rows per table, new blobs (SHA-256 → bytes), other files, and
    the demo password of each account in ``rows["accounts"]`` (account id → password)."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    passwords: dict[str, str] = field(default_factory=dict)

    def add(self, table: str, rows: list[dict[str, Any]]) -> None:
        if table not in TABLE_ORDER:
            raise KeyError(f"未知的表：{table}")
        self.rows.setdefault(table, []).extend(rows)

    def merge(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        for table, table_rows in rows.items():
            self.add(table, table_rows)

    def tables(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        """(table, rows) in insertion order, tables without rows left out."""
        for table in TABLE_ORDER:
            rows = self.rows.get(table)
            if rows:
                yield table, rows


class World:
    """The generators of one world and the state they share (see the module docstring)."""

    def __init__(self, config: WorldConfig) -> None:
        self.config = config
        self.table = IndexedStandards(STANDARDS_2024)
        self.specs: tuple[MaterialSpec, ...] = tuple(MATERIAL_LIST_2024)
        self.loaded_at = datetime.combine(config.today, time(0, 20), tzinfo=UTC)
        self.accounts = AccountBook(plan_accounts(config.stream("accounts")))
        self.blobs = BlobCollector()
        self.pool = MaterialPool(
            pool_names(self.specs, config.year),
            config.stream("pool"),
            self.blobs,
            config.year,
            config.viewer_pages,
        )
        maker = MaterialMaker(self.pool, self.blobs, config.stream("files"))
        queues = QueueHeads(config.first_page)
        company_names = NameRegistry()
        self.registry = RegistryWriter()
        self.ships = ShipRecords(
            config,
            self.table,
            self.specs,
            self.accounts,
            valid_kinds(self.table),
            maker,
            self.registry,
            queues,
            company_names,
        )
        self.cargo = CargoRecords(
            config, self.table, self.specs, self.accounts, maker, queues, company_names
        )

    def _with_blobs(self, batch: Batch) -> Batch:
        blobs, rows = self.blobs.take()
        batch.blobs.update(blobs)
        batch.add("blobs", rows)
        return batch

    def settings(self) -> Batch:
        """The subsidy year, the declaration statuses and the PDF pool."""
        batch = Batch()
        ids = IdSource(self.config.stream("settings-ids"))
        batch.add("subsidy_years", [subsidy_year_row(self.config.year)])
        statuses = declaration_history(self.config.year, self.config.today)
        batch.add("declaration_statuses", declaration_rows(statuses, ids))
        return self._with_blobs(batch)

    def ship_batch(self, first: int, end: int) -> Batch:
        """Applications ``first``..``end``-1 with everything hanging off them."""
        batch = Batch()
        for index in range(first, end):
            batch.merge(self.ships.make(index).rows)
        batch.merge(self.registry.take())
        return self._with_blobs(batch)

    def closing(self) -> Batch:
        """Cargo records, accounts, the registry loads and the files beside the database."""
        batch = Batch()
        batch.merge(self.cargo.make())
        batch.add("accounts", account_rows(self.accounts, ACCOUNTS_CREATED))
        batch.passwords.update(account_passwords(self.accounts))
        batch.merge(self.registry.take())
        registry_files, loads = self.registry.finish(self.loaded_at)
        batch.add("registry_loads", loads)
        batch.files[ACCOUNTS_FILE] = accounts_csv(self.accounts)
        batch.files.update(registry_files)
        batch.files.update(demo_zip_files(self._upload_target(), self.cargo.next_report))
        return self._with_blobs(batch)

    def _upload_target(self) -> UploadTarget | None:
        """The record the demo upload zips are made for: the first still without materials."""
        waiting = self.ships.awaiting_upload
        if waiting is None:
            return None
        row, applicant, kind = waiting
        specs = self.ships.upload_specs(kind, Stage.APPLICATION)
        operation = operation_for_ship_type(kind.ship_type)
        zip_name = suggested_zip_name(Stage.APPLICATION, kind.policy, kind.project, operation)
        description = (
            f"{regions.full_name(row['region_code'])}的{row['policy']}政策{row['project']}申请"
            f"“{row['ship_name']}”（申请表号 {row['form_no']}）"
        )
        return UploadTarget(
            description, f"{row['ship_name']}-{zip_name[:-4]}", specs, ship_subject(row, applicant)
        )


def generate(config: WorldConfig) -> Iterator[Batch]:
    """The world of ``config`` as batches (see the module docstring)."""
    world = World(config)
    yield world.settings()
    for first in range(0, config.records, config.batch_records):
        yield world.ship_batch(first, min(first + config.batch_records, config.records))
    yield world.closing()
