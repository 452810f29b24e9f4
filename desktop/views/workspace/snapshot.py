"""Everything the review workspace shows about one record, read in one go off the UI thread.

A ``RecordSnapshot`` is plain, immutable data: the record's fields, its parent's name and
address, its audit-log lines, its material list, its sync state and the reasons the logged-in
reviewer may not decide it now. The reader (``record_reader``) builds it in a worker thread;
the widgets only display it, so painting a record never waits for the database, and the
snapshot of the next record can be read ahead while the reviewer reads the current one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from core.vocab import Level


class RecordSync(StrEnum):
    """Where the record stands with the server (SPEC §8: the UI shows it on the record)."""

    SYNCED = "synced"
    PENDING = "pending"
    CONFLICT = "conflict"
    FAILED = "failed"


class MaterialRowState(StrEnum):
    """One line of the material list: required/optional, present or not, or not on the list."""

    PRESENT = "present"
    MISSING = "missing"
    OPTIONAL_ABSENT = "optional_absent"
    EXTRA = "extra"


@dataclass(frozen=True)
class AuditLine:
    """One line of the 审核日志 (page 3-13): a level's result on one day."""

    level: str
    decision: str
    on: date | None
    opinion: str
    reviewer: str
    pending: bool


@dataclass(frozen=True)
class MaterialLine:
    """One row of the record's material list and, if present, the file that fills it."""

    name: str
    state: MaterialRowState
    required: bool
    sha256: str | None = None
    size: int | None = None
    cached: bool = False

    @property
    def openable(self) -> bool:
        return self.sha256 is not None


@dataclass(frozen=True)
class Parent:
    """The applicant (or cargo owner, or application) a record hangs from, as shown."""

    name: str
    address: str


@dataclass(frozen=True)
class RecordSnapshot:
    """One record as the workspace shows it; see the module docstring."""

    kind: str
    record_id: str
    version: int
    data: Mapping[str, Any]
    sync: RecordSync
    sync_message: str
    parent: Parent | None
    audit: tuple[AuditLine, ...]
    materials: tuple[MaterialLine, ...]
    material_note: str
    level: Level
    refusals: tuple[str, ...]
    today: date
    marks: Mapping[str, str] = field(default_factory=dict)

    @property
    def exists(self) -> bool:
        return bool(self.data)

    def first_openable(self) -> MaterialLine | None:
        """The material shown when the record opens: the first file on the list."""
        return next((line for line in self.materials if line.openable), None)


def missing_snapshot(
    kind: str, record_id: str, level: Level, today: date, reason: str
) -> RecordSnapshot:
    """What is shown for a record the cache no longer holds (deleted meanwhile)."""
    return RecordSnapshot(
        kind=kind,
        record_id=record_id,
        version=0,
        data={},
        sync=RecordSync.SYNCED,
        sync_message="",
        parent=None,
        audit=(),
        materials=(),
        material_note="",
        level=level,
        refusals=(reason,),
        today=today,
    )
