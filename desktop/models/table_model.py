"""The record list model: the ids of a result, rows fetched in blocks off the UI thread.

Anki's browser table is the model (``qt/aqt/browser/table/model.py``): the model holds only the
ordered ids of the result; sorting and filtering are SQL (``desktop.models.list_queries``), never
a proxy model over loaded rows. Unlike Anki, not even a row fetch runs on the UI thread (SPEC
§8): ``data()`` for a row not yet cached returns nothing and asks the task runner for the block
of ``BLOCK_ROWS`` rows around it; when the block arrives, ``dataChanged`` repaints it. A
(re)load fetches the ids and the first blocks in one background task, so the first screen
paints complete.

Blocks are kept for ``ROW_TTL_S`` seconds (a sync may change a row; an old block is shown
while its refresh is under way) and at most ``MAX_BLOCKS`` of them, least recently painted
dropped first. ``flags()`` never fetches.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from core.query import Query, SortRule
from desktop.models.database import CacheDatabase
from desktop.models.list_columns import CONTEXT, ListSpec, display_text
from desktop.models.list_queries import ALL_RECORDS, ListScope, fetch_rows, list_source, result_ids
from desktop.tasks import TaskRunner

BLOCK_ROWS = 100
FIRST_BLOCKS = 2
MAX_BLOCKS = 60
ROW_TTL_S = 30.0
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
Row = tuple[str, ...]
_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass
class _Block:
    rows: list[Row | None]
    fetched_at: float = field(default_factory=time.monotonic)

    @property
    def stale(self) -> bool:
        return time.monotonic() - self.fetched_at > ROW_TTL_S


@dataclass(frozen=True)
class _Loaded:
    generation: int
    ids: list[str]
    blocks: dict[int, list[Row | None]]
    seconds: float


def _format_rows(
    spec: ListSpec, raw: dict[str, tuple[Any, ...]], ids: Sequence[str]
) -> list[Row | None]:
    """Display texts of ``ids`` in order; None for a row deleted since the ids were read."""
    formatted: list[Row | None] = []
    for record_id in ids:
        values = raw.get(record_id)
        if values is None:
            formatted.append(None)
            continue
        formatted.append(
            tuple(
                display_text(column, value)
                for column, value in zip(spec.columns, values, strict=True)
            )
        )
    return formatted


class RecordTableModel(QAbstractTableModel):
    """A sortable, filterable list of one kind's cached records; see the module docstring."""

    loaded = Signal(int)
    """A (re)load finished; the argument is the number of records in the result."""
    failed = Signal(str)
    """A load or fetch failed; the argument is the message for the person."""

    def __init__(
        self,
        db: CacheDatabase,
        tasks: TaskRunner,
        spec: ListSpec,
        scope: ListScope = ALL_RECORDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._tasks = tasks
        self._spec = spec
        self._source = list_source(spec.kind)
        self._scope = scope
        self._query = Query(sort=spec.default_sort)
        self._ids: list[str] = []
        self._positions: dict[str, int] | None = {}
        self._blocks: OrderedDict[int, _Block] = OrderedDict()
        self._pending: set[tuple[int, int]] = set()
        self._generation = 0
        self._loading = False
        self.last_load_seconds = 0.0

    # ---- what the views ask -----------------------------------------------------------------

    @property
    def spec(self) -> ListSpec:
        return self._spec

    @property
    def query(self) -> Query:
        return self._query

    @property
    def scope(self) -> ListScope:
        return self._scope

    @property
    def loading(self) -> bool:
        return self._loading

    def ids(self) -> list[str]:
        """The ids of the current result in list order (a copy)."""
        return list(self._ids)

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, record_id: str) -> int | None:
        """The row of ``record_id`` in the result (the index is built on first use: a list
        that is only looked at never pays for it)."""
        if self._positions is None:
            self._positions = {record_id: row for row, record_id in enumerate(self._ids)}
        return self._positions.get(record_id)

    def sort_rules(self) -> tuple[SortRule, ...]:
        return self._query.sort

    # ---- changing the result ----------------------------------------------------------------

    def set_query(self, query: Query) -> None:
        """Run ``query`` (conditions and sort rules); without sort rules the default order."""
        self._query = query if query.sort else Query(query.conditions, self._spec.default_sort)
        self.reload()

    def set_scope(self, scope: ListScope) -> None:
        self._scope = scope
        self.reload()

    def reload(self) -> None:
        """Run the query again in the background; the current rows stay until it answers."""
        self._generation += 1
        generation, query, scope = self._generation, self._query, self._scope
        self._loading = True
        self._tasks.run(
            lambda: self._load(generation, query, scope),
            self._loaded,
            self._load_failed,
            owner=self,
        )

    def invalidate(self, record_ids: Iterable[str] = ()) -> None:
        """Forget cached rows (of ``record_ids``, or all) and repaint them from the cache."""
        wanted = list(record_ids)
        if not wanted:
            self._blocks.clear()
            if self._ids:
                self._changed(0, len(self._ids) - 1)
            return
        for record_id in wanted:
            row = self.row_of(record_id)
            if row is None:
                continue
            self._blocks.pop(row // BLOCK_ROWS, None)
            self._changed(row, row)

    # ---- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._spec.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._row(index.row())
            return None if row is None else row[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(index.column())
        if role == RECORD_ID_ROLE:
            return self._ids[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self._spec.columns):
                return None
            return QCoreApplication.translate(CONTEXT, self._spec.columns[section].label)
        return str(section + 1) if section < len(self._ids) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: ORDER BY that column (a no-op when it is already the first key)."""
        if not 0 <= column < len(self._spec.columns):
            return
        rule = SortRule(self._spec.columns[column].key, order == Qt.SortOrder.DescendingOrder)
        if self._query.sort[:1] == (rule,):
            return
        self._query = Query(self._query.conditions, (rule,))
        self.reload()

    # ---- internals --------------------------------------------------------------------------

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        spec = self._spec.columns[column]
        if spec.centred:
            return _ALIGN_CENTRE
        return _ALIGN_RIGHT if spec.right_aligned else _ALIGN_LEFT

    def _row(self, row: int) -> Row | None:
        number = row // BLOCK_ROWS
        block = self._blocks.get(number)
        if block is None:
            self._request(number)
            return None
        self._blocks.move_to_end(number)
        if block.stale:
            self._request(number)
        return block.rows[row - number * BLOCK_ROWS]

    def _request(self, number: int) -> None:
        key = (self._generation, number)
        if key in self._pending:
            return
        self._pending.add(key)
        start = number * BLOCK_ROWS
        ids = self._ids[start : start + BLOCK_ROWS]
        generation = self._generation
        self._tasks.run(
            lambda: self._fetch(ids),
            lambda rows: self._fetched(generation, number, rows),
            lambda error: self._fetch_failed(generation, number, error),
            owner=self,
        )

    def _fetch(self, ids: list[str]) -> list[Row | None]:
        """Background: the display texts of ``ids``."""
        with self._db.read() as session:
            raw = fetch_rows(session, self._source, self._spec.keys, ids)
        return _format_rows(self._spec, raw, ids)

    def _fetched(self, generation: int, number: int, rows: list[Row | None]) -> None:
        self._pending.discard((generation, number))
        if generation != self._generation:
            return
        self._store(number, rows)
        start = number * BLOCK_ROWS
        self._changed(start, min(start + len(rows), len(self._ids)) - 1)

    def _fetch_failed(self, generation: int, number: int, error: BaseException) -> None:
        self._pending.discard((generation, number))
        self.failed.emit(self._message(error))

    def _store(self, number: int, rows: list[Row | None]) -> None:
        self._blocks[number] = _Block(rows)
        self._blocks.move_to_end(number)
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)

    def _load(self, generation: int, query: Query, scope: ListScope) -> _Loaded:
        """Background: the result's ids and its first blocks, formatted."""
        started = time.perf_counter()
        with self._db.read() as session:
            ids = result_ids(session, self._source, query, scope)
            head = ids[: FIRST_BLOCKS * BLOCK_ROWS]
            raw = fetch_rows(session, self._source, self._spec.keys, head)
        rows = _format_rows(self._spec, raw, head)
        blocks = {
            number: rows[number * BLOCK_ROWS : (number + 1) * BLOCK_ROWS]
            for number in range((len(rows) + BLOCK_ROWS - 1) // BLOCK_ROWS)
        }
        return _Loaded(generation, ids, blocks, time.perf_counter() - started)

    def _loaded(self, result: _Loaded) -> None:
        if result.generation != self._generation:
            return
        if result.ids == self._ids and self._ids:
            self._refreshed(result)
            return
        self.beginResetModel()
        self._ids = result.ids
        self._positions = None
        self._blocks.clear()
        self._pending.clear()
        for number, rows in result.blocks.items():
            self._store(number, rows)
        self.endResetModel()
        self._loading = False
        self.last_load_seconds = result.seconds
        self.loaded.emit(len(self._ids))

    def _refreshed(self, result: _Loaded) -> None:
        """Same records in the same order (the usual after a sync): repaint, keep the view's
        selection and scroll position instead of resetting it."""
        self._blocks.clear()
        for number, rows in result.blocks.items():
            self._store(number, rows)
        self._loading = False
        self.last_load_seconds = result.seconds
        self._changed(0, len(self._ids) - 1)
        self.loaded.emit(len(self._ids))

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.failed.emit(self._message(error))

    def _changed(self, first: int, last: int) -> None:
        if last < first:
            return
        right = len(self._spec.columns) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, right))

    def _message(self, error: BaseException) -> str:
        detail = str(error) or type(error).__name__
        return QCoreApplication.translate("RecordTableModel", "读取本机缓存失败：{0}").format(
            detail
        )
