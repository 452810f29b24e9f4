"""Record-list figures (SPEC §10): 100,000 cached applications, the list opens and first rows
paint ≤ 300 ms; any §5.2 query ≤ 100 ms.

The cache is a real desktop cache file (``desktop.models.database.open_cache``: migrations,
WAL, the sync pragmas) filled with Core bulk inserts into the mirrored ``applications`` and
``applicants`` tables — the sync engine's tables, as a province reviewer's cache holds them
after the initial sync. Rows vary the way the lists filter and sort them (projects, policies,
dates, tonnages, review results at every level). Everything a person waits for is measured,
through the real widgets on the offscreen platform:

* ``list_open_first_paint`` — from creating the list's model and table (``RecordTableModel``,
  ``RecordTable``) to the first paint of the table's viewport with rows in it: the ids query,
  the first blocks fetched and formatted off the UI thread, the model reset and the paint.
  Baseline: the very statements the list sent (captured from the engine: the id query and
  the first rows' fetch) run again with plain ``sqlite3`` and nothing else.
* ``list_query_5_conditions`` — a §5.2 query of five conditions (two multi-selects, a text
  "contains", a number range and a date range) from ``set_query`` to the model's ``loaded``
  signal. Baseline: its two statements (ids, first rows) with plain ``sqlite3``.

Each is the median of several runs (the first run also reads the file into the OS cache).

Run alone: ``python -m bench --only ui_figures --records 100000``.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from bench.figures import BenchContext, Figure, benchmark
from core import regions
from core.query import AnyOf, Contains, Query, Range
from core.vocab import RegionLevel
from desktop.models.database import CacheDatabase, open_cache
from desktop.models.list_columns import list_spec
from desktop.models.list_queries import ALL_RECORDS
from desktop.models.mirror import Applicant, Application
from desktop.models.table_model import RecordTableModel
from desktop.tasks import TaskRunner
from desktop.views.lists.record_table import RecordTable

OPEN_TARGET_MS = 300.0
QUERY_TARGET_MS = 100.0
RUNS = 7
BATCH = 5000
WAIT_LIMIT_S = 30.0
NOW = datetime(2024, 11, 11, 1, 0, tzinfo=UTC)
FIVE_CONDITIONS = Query(
    (
        AnyOf("project", ("拆解", "更新")),
        AnyOf("county_result", ("同意", None)),
        Contains("ship_name", "货"),
        Range("gross_tonnage", 100, 2000),
        Range("application_date", date(2024, 4, 1), date(2024, 9, 30)),
    )
)

_PROJECTS = ("拆解", "拆解", "更新", "新建", "改建")
_TYPES = ("干货船", "散货船", "集装箱船", "普通客船", "客渡船", "成品油船", "旅游客船")
_POWER = ("燃油", "油气", "液气", "纯电", "其他新能源", "无")
_COMPANIES = ("晶泰运输", "畅达水路客运", "辉煌船务", "华洋航运", "鸿运物流", "湘江港航")
_RESULTS = ("同意", "同意", "同意", "退回", None)


def _chain(rng: random.Random) -> dict[str, Any]:
    """Results down the chain: each level decides only after the previous one passed."""
    values: dict[str, Any] = {}
    passed = True
    for level in ("platform", "county", "city", "province"):
        decision = rng.choice(_RESULTS) if passed else None
        values[f"{level}_result"] = decision
        values[f"{level}_on"] = date(2024, 7, 1) if decision else None
        passed = decision == "同意"
    return values


def _application(index: int, rng: random.Random, region: str, applicant_id: str) -> dict[str, Any]:
    gross = rng.randint(10, 6000)
    estimate = Decimal(gross * rng.randint(5, 30)).scaleb(-2)
    city = (regions.city_of(region) or regions.get(region)).short_name[:2]
    return {
        "id": f"A-{index:07d}",
        "version": index,
        "region_code": region,
        "applicant_id": applicant_id,
        "form_no": f"{city}（2024）{index % 10000:04d}",
        "year": 2024,
        "created_on": date(2024, 3, 1) + timedelta(days=index % 240),
        "created_at": NOW,
        "owners": rng.choice(_COMPANIES),
        "operator": rng.choice(_COMPANIES),
        "control_status": rng.choice(("自有", "挂靠", "光租")),
        "licence_no": f"湘XKA{index % 10000:04d}",
        "policy": rng.choice(("部", "省")),
        "project": rng.choice(_PROJECTS),
        "area": rng.choice(("省内", "省际", "沿海")),
        "power_form": rng.choice(_POWER),
        "ship_type": rng.choice(_TYPES),
        "ship_name": f"湘{city}{rng.choice(('货', '客', '机', '渡'))}{index:06d}",
        "ship_id_no": f"CN2008{index:07d}",
        "port_of_registry": city,
        "gross_tonnage": gross,
        "capacity": gross * 2,
        "power_kw": Decimal(rng.randint(100, 20000)).scaleb(-2),
        "built_date": date(1995, 1, 1) + timedelta(days=rng.randint(0, 10000)),
        "application_date": date(2024, 3, 1) + timedelta(days=rng.randint(0, 240)),
        "deregistration_date": date(2024, 8, 1) + timedelta(days=rng.randint(0, 90)),
        "estimate_amount": estimate,
        "check_amount": estimate,
        "machine_amount": estimate,
        "ship_age": Decimal(rng.randint(1000, 30000)).scaleb(-3),
        "materials_uploaded_on": date(2024, 6, 20) if rng.random() < 0.9 else None,
        **_chain(rng),
    }


def _applicant(index: int, rng: random.Random, region: str) -> dict[str, Any]:
    return {
        "id": f"P-{index:07d}",
        "version": index,
        "region_code": region,
        "name": f"{regions.get(region).name}{rng.choice(_COMPANIES)}有限公司",
        "applicant_type": rng.choice(("企业", "个体")),
        "year": 2024,
        "created_on": date(2024, 3, 1),
        "created_at": NOW,
    }


def _with_data(row: dict[str, Any]) -> dict[str, Any]:
    """The row with its ``data`` JSON, as the sync stores every server row (about 1.2 KB)."""
    row["data"] = json.dumps(row, ensure_ascii=False, default=str)
    return row


def _rows(count: int) -> Iterator[tuple[dict[str, Any] | None, dict[str, Any]]]:
    """(a new applicant or None, an application): about three ships per applicant."""
    rng = random.Random(2024)
    counties = [r.code for r in regions.all_regions() if r.level is RegionLevel.COUNTY]
    applicant: dict[str, Any] | None = None
    for index in range(count):
        new = applicant is None or index % 3 == 0
        if new:
            applicant = _with_data(_applicant(index, rng, rng.choice(counties)))
        assert applicant is not None
        row = _with_data(_application(index, rng, applicant["region_code"], applicant["id"]))
        yield (applicant if new else None), row


def build_cache(path: Path, count: int) -> CacheDatabase:
    """A desktop cache file holding ``count`` applications and their applicants."""
    db = open_cache(path)
    applicants: list[dict[str, Any]] = []
    applications: list[dict[str, Any]] = []
    with db.engine.begin() as connection:
        for applicant, application in _rows(count):
            if applicant is not None:
                applicants.append(applicant)
            applications.append(application)
            if len(applications) >= BATCH:
                connection.execute(Applicant.__table__.insert(), applicants)
                connection.execute(Application.__table__.insert(), applications)
                applicants, applications = [], []
        if applications:
            connection.execute(Applicant.__table__.insert(), applicants)
            connection.execute(Application.__table__.insert(), applications)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    return db


def _wait(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT_LIMIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the list did not answer in time")
        QCoreApplication.processEvents()
        time.sleep(0.0005)


class _PaintWatch(QObject):
    """Notes when the table's viewport paints after its model has rows."""

    def __init__(self, model: RecordTableModel) -> None:
        super().__init__()
        self._model = model
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._model.rowCount() and self.painted_at is None:
            self.painted_at = time.perf_counter()
        return False


def _open_once(db: CacheDatabase, tasks: TaskRunner) -> float:
    """Seconds from creating the list to the first paint with rows."""
    started = time.perf_counter()
    model = RecordTableModel(db, tasks, list_spec("applications"), ALL_RECORDS)
    table = RecordTable(model)
    watch = _PaintWatch(model)
    table.viewport().installEventFilter(watch)
    table.resize(1280, 700)
    table.show()
    model.reload()
    _wait(lambda: watch.painted_at is not None)
    seconds = (watch.painted_at or started) - started
    table.close()
    table.deleteLater()
    QCoreApplication.processEvents()
    return seconds


def _query_once(model: RecordTableModel, query: Query) -> float:
    done: list[float] = []
    model.loaded.connect(lambda _count: done.append(time.perf_counter()))
    started = time.perf_counter()
    model.set_query(query)
    _wait(lambda: bool(done))
    model.loaded.disconnect()
    model.set_query(Query())
    _wait(lambda: not model.loading)
    return done[0] - started


Statement = tuple[str, Any]


@contextmanager
def _captured(db: CacheDatabase) -> Iterator[list[Statement]]:
    """The SELECT statements (SQL text and bound parameters) the list sends, as sent."""
    statements: list[Statement] = []

    def capture(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)


def _plain_sqlite(path: Path, statements: list[Statement]) -> float:
    """Seconds for the same statements with sqlite3 alone, every row fetched."""
    with sqlite3.connect(path) as connection:
        started = time.perf_counter()
        for sql, params in statements:
            connection.execute(sql, params).fetchall()
        return time.perf_counter() - started


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


@benchmark("ui_figures")
def ui_figures(context: BenchContext) -> Iterator[Figure]:
    app = QApplication.instance() or QApplication([])
    path = Path(context.workdir) / "ui-cache.sqlite3"
    db = build_cache(path, context.records)
    tasks = TaskRunner()
    try:
        with _captured(db) as opening:
            _open_once(db, tasks)
        open_ms = _median_ms([_open_once(db, tasks) for _ in range(RUNS)])
        open_base = _median_ms([_plain_sqlite(path, opening) for _ in range(RUNS)])
        yield Figure("list_open_first_paint", open_ms, "ms", OPEN_TARGET_MS, open_base)

        model = RecordTableModel(db, tasks, list_spec("applications"), ALL_RECORDS)
        model.reload()
        _wait(lambda: not model.loading)
        with _captured(db) as querying:
            _query_once(model, FIVE_CONDITIONS)
        query_ms = _median_ms([_query_once(model, FIVE_CONDITIONS) for _ in range(RUNS)])
        query_base = _median_ms([_plain_sqlite(path, querying[:2]) for _ in range(RUNS)])
        yield Figure("list_query_5_conditions", query_ms, "ms", QUERY_TARGET_MS, query_base)
    finally:
        tasks.wait()
        db.dispose()
        QTimer.singleShot(0, app.quit)
