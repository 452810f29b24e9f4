"""Report and printing figures (SPEC §10 "Excel export of 100,000 rows ≤ 15 s with memory that
does not grow with the row count"; SPEC §8 batch printing).

Every export reads the cache the way the app's exports do, through its ``streaming`` engine.
Each export runs in a fresh subprocess whose peak-memory mark is reset just before the export
(Linux ``VmHWM``; ``ru_maxrss`` elsewhere), so the peak is the export's own, and the
same rows are written again in the same run as the baseline: plain xlsxwriter
``constant_memory`` writing (the writer the export itself uses) with one format per column and
no merged header, widths, shading or bordered blanks, so the ratio says what the official
layout costs on top of the writing itself. Two sizes (the requested row count and a tenth of
it) show whether memory grows with the rows. Each line also prints the CPU time: on a shared
machine the wall time includes waiting for a core.

Figures:

* ``report_xlsx_<N>_rows`` — the scrapping table (page 6-2, N detail rows plus the province,
  city and county rows) exported with full official layout; target 15 s.
* ``report_xlsx_peak_mb_<n>`` — peak resident memory of the process during the export, at
  each size (baseline: xlsxwriter's), target ≤ 256 MB; ``report_xlsx_memory_growth_mb`` —
  the peak at N rows minus the peak at N/10 rows, target ≤ 16 MB: memory must not grow with
  the rows.
* ``records_xlsx_<N>_rows`` — the 拆建申请 list (its 24 columns) exported as 导出查询结果
  does it (``export_list``: ids in list order, rows read in chunks); target 15 s.
* ``documents_pdf_500`` — 500 review opinion sheets into one PDF (baseline: the same 500
  records' fields written as plain lines with the same font); target 60 s.

Run alone: ``python -m bench --only report_figures --records 100000``.
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import xlsxwriter

from bench.figures import BenchContext, Figure, benchmark, stopwatch
from bench.report_data import build_database
from core.vocab import Decision, RecordKind
from desktop.models.database import CacheDatabase, open_cache
from desktop.models.list_columns import list_spec
from desktop.models.list_export import export_columns, export_list, list_rows
from desktop.models.report_tables import cache_tables
from desktop.reports.filters import ReportFilter
from desktop.reports.model import Cell, CellFormat, Column, Report, RowKind
from desktop.reports.scrapping_funds import scrapping_funds
from desktop.reports.tables import ReportTables
from desktop.reports.xlsx import export_report
from desktop.reports.xlsx_rows import excel_value
from desktop.reports.xlsx_styles import NUMBER_FORMATS

LARGE_YEAR, SMALL_YEAR = 2024, 2023
EXPORT_TARGET_S = 15.0
MEMORY_GROWTH_TARGET_MB = 16.0
PEAK_TARGET_MB = 256.0
DOCUMENTS = 500
DOCUMENTS_TARGET_S = 60.0

LIST_KIND = "applications"
"""The 拆建申请 list (manual page 5-2), exported as a query result."""
LIST_TITLE = "拆建申请查询结果"


_STATUS = Path("/proc/self/status")


def _status_mb(field: str) -> float | None:
    """A memory field of /proc/self/status (Linux) in MB, None elsewhere."""
    try:
        text = _STATUS.read_text()
    except OSError:
        return None
    match = re.search(rf"^{field}:\s+(\d+) kB", text, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else None


def _start_peak() -> float:
    """Reset the peak-memory mark (Linux: clear_refs 5 resets VmHWM) and return the current
    resident memory, so the peak read after the export is the export's own.

    Without the reset the peak would be that of importing the libraries, which a streaming
    export never exceeds, and the figure would say nothing.
    """
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return _peak_mb()
    return _status_mb("VmRSS") or 0.0


def _peak_mb() -> float:
    """Peak resident memory since ``_start_peak`` (VmHWM), or of the process (ru_maxrss)."""
    peak = _status_mb("VmHWM")
    if peak is not None:
        return peak
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def _list_ids(db: CacheDatabase, year: int) -> list[str]:
    """The ids of ``year``'s applications in id order (what the list model hands the export)."""
    applications = cache_tables().applications
    statement = (
        sa.select(applications.c.id).where(applications.c.year == year).order_by(applications.c.id)
    )
    with db.engine.connect() as conn:
        return list(conn.execute(statement).scalars())


def _xlsxwriter_rows(
    path: Path,
    title: str,
    columns: Sequence[Column],
    header_rows: Sequence[Sequence[str | None]],
    rows: Iterable[tuple[RowKind, Sequence[Cell]]],
) -> int:
    """The baseline: the same rows, formats, frozen header and page setup with xlsxwriter's
    streaming mode (constant_memory writes rows strictly in order, so header cells are
    written one by one instead of merged)."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet(title[:31])
    formats: dict[tuple[CellFormat, bool], Any] = {}

    def fmt(column: Column, bold: bool) -> Any:
        key = (column.fmt, bold)
        if key not in formats:
            formats[key] = book.add_format(
                {
                    "num_format": NUMBER_FORMATS[column.fmt],
                    "border": 1,
                    "bold": bold,
                    "font_size": 10,
                }
            )
        return formats[key]

    header_format = book.add_format({"bold": True, "border": 1, "bg_color": "#DDDDDD"})
    sheet.write(0, 0, title, book.add_format({"bold": True, "font_size": 16}))
    for index, values in enumerate(header_rows, start=1):
        for col, value in enumerate(values):
            sheet.write(index, col, value, header_format)
    first = len(header_rows) + 1
    sheet.freeze_panes(first, 0)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(1, first - 1)
    count = 0
    for kind, values in rows:
        bold = kind is not RowKind.DETAIL
        for col, (column, value) in enumerate(zip(columns, values, strict=True)):
            if value is not None:
                sheet.write(first + count, col, excel_value(value), fmt(column, bold))
        count += 1
    book.close()
    return count


def _header_grid(report: Report) -> list[list[str | None]]:
    grid: list[list[str | None]] = [
        [None] * len(report.columns) for _ in range(report.header.depth)
    ]
    for cell in report.header.cells:
        grid[cell.row][cell.col] = cell.text
    return grid


def _child(mode: str, database: Path, year: int, out: Path) -> dict[str, float]:
    """One measured export in this process; returns seconds, rows and memory growth."""
    db = open_cache(database)
    report = scrapping_funds(db.streaming, cache_tables(), ReportFilter(year))
    spec = list_spec(LIST_KIND)
    labels = [column.label for column in spec.columns]
    ids = _list_ids(db, year) if mode.startswith("records") else []
    before = _start_peak()
    started = time.perf_counter()
    cpu = time.process_time()
    if mode == "report":
        rows = export_report(report, out).rows
    elif mode == "report-xlsxwriter":
        rows = _xlsxwriter_rows(
            out,
            report.title,
            report.columns,
            _header_grid(report),
            ((row.kind, row.cells) for row in report.rows()),
        )
    elif mode == "records":
        rows = export_list(db, spec, labels, ids, out, LIST_TITLE).rows
    elif mode == "records-xlsxwriter":
        rows = _xlsxwriter_rows(
            out,
            LIST_TITLE,
            export_columns(spec, labels),
            [labels],
            ((RowKind.DETAIL, row) for row in list_rows(db, spec, ids)),
        )
    else:
        raise SystemExit(f"未知的导出方式：{mode}")
    peak = _peak_mb()
    return {
        "seconds": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "rows": rows,
        "peak_mb": peak,
        "growth_mb": max(peak - before, 0.0),
    }


def _measure(mode: str, database: Path, year: int, workdir: Path) -> dict[str, float]:
    """Run one export in a fresh interpreter and read its figures."""
    out = workdir / f"{mode}-{year}.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "bench.report_figures", mode, str(database), str(year), str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[1],
    )
    if done.returncode != 0:
        raise RuntimeError(f"{mode} 导出失败：{done.stderr.strip()[-2000:]}")
    out.unlink(missing_ok=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"   {mode:<20} {year}: {result['rows']:>7.0f} rows {result['seconds']:7.2f} s "
        f"(cpu {result['cpu']:.2f} s)  peak {result['peak_mb']:.1f} MB "
        f"(+{result['growth_mb']:.1f} MB during the export)",
        flush=True,
    )
    return result


def _plain_pdf(engine: sa.Engine, tables: ReportTables, ids: Sequence[str], path: Path) -> None:
    """The document baseline: the records' fields as plain lines, same font, no layout."""
    import pymupdf  # only the document figure needs it (see _document_figure)

    from desktop.documents.fonts import cjk_font, subset

    applications = tables.applications
    document = pymupdf.open()
    font = cjk_font()
    with engine.connect() as conn:
        for start in range(0, len(ids), 400):
            statement = sa.select(applications).where(
                applications.c.id.in_(list(ids[start : start + 400]))
            )
            for row in conn.execute(statement).mappings():
                page = document.new_page()
                writer = pymupdf.TextWriter(page.rect)
                for number, (key, value) in enumerate(row.items()):
                    text = value.isoformat() if isinstance(value, date | datetime) else value
                    writer.append((50, 50 + number * 15), f"{key}：{text}", font=font, fontsize=10)
                writer.write_text(page)
    subset(document)
    document.save(path, garbage=3, deflate=True)


def _document_figure(engine: sa.Engine, tables: ReportTables, workdir: Path) -> Figure:
    """500 opinion sheets in one PDF.

    PyMuPDF is imported here, not at the top: the export subprocesses import this module,
    and a library they do not use would only blur their memory figures.
    """
    from desktop.documents.printing import DocumentKind, print_approved

    applications = tables.applications
    with engine.connect() as conn:
        ids = list(
            conn.execute(
                sa.select(applications.c.id)
                .where(
                    applications.c.year == LARGE_YEAR,
                    applications.c.province_result == Decision.PASS.value,
                )
                .order_by(applications.c.id)
                .limit(DOCUMENTS)
            ).scalars()
        )
    with stopwatch() as baseline:
        _plain_pdf(engine, tables, ids, workdir / "plain.pdf")
    with stopwatch() as batch:
        result = print_approved(
            engine,
            tables,
            RecordKind.APPLICATION,
            ids,
            DocumentKind.OPINION_SHEET,
            workdir / "batch.pdf",
            printed_on=date(2024, 11, 11),
        )
    print(
        f"   documents: {result.documents} sheets, {result.pages} pages, "
        f"{(workdir / 'batch.pdf').stat().st_size / 1e6:.1f} MB",
        flush=True,
    )
    return Figure(f"documents_pdf_{len(ids)}", batch[0], "s", DOCUMENTS_TARGET_S, baseline[0])


@benchmark("report_figures")
def report_figures(context: BenchContext) -> Iterator[Figure]:
    """Excel export time and memory at two sizes, record-list export, batch printing."""
    workdir = Path(context.workdir)
    small = max(context.records // 10, 1)
    database = workdir / "report-cache.sqlite3"
    with stopwatch() as generated:
        engine, tables = build_database(database, {SMALL_YEAR: small, LARGE_YEAR: context.records})
    print(f"   generated {small + context.records} records in {generated[0]:.1f} s", flush=True)
    large = _measure("report", database, LARGE_YEAR, workdir)
    large_base = _measure("report-xlsxwriter", database, LARGE_YEAR, workdir)
    yield Figure(
        f"report_xlsx_{context.records}_rows",
        large["seconds"],
        "s",
        EXPORT_TARGET_S,
        large_base["seconds"],
    )
    tenth = _measure("report", database, SMALL_YEAR, workdir)
    tenth_base = _measure("report-xlsxwriter", database, SMALL_YEAR, workdir)
    yield Figure(
        f"report_xlsx_peak_mb_{small}",
        tenth["peak_mb"],
        "MB",
        PEAK_TARGET_MB,
        tenth_base["peak_mb"],
    )
    yield Figure(
        f"report_xlsx_peak_mb_{context.records}",
        large["peak_mb"],
        "MB",
        PEAK_TARGET_MB,
        large_base["peak_mb"],
    )
    yield Figure(
        "report_xlsx_memory_growth_mb",
        large["peak_mb"] - tenth["peak_mb"],
        "MB",
        MEMORY_GROWTH_TARGET_MB,
        large_base["peak_mb"] - tenth_base["peak_mb"],
    )
    records = _measure("records", database, LARGE_YEAR, workdir)
    records_base = _measure("records-xlsxwriter", database, LARGE_YEAR, workdir)
    yield Figure(
        f"records_xlsx_{context.records}_rows",
        records["seconds"],
        "s",
        EXPORT_TARGET_S,
        records_base["seconds"],
    )
    yield _document_figure(engine, tables, workdir)


def _main(argv: Sequence[str]) -> int:
    """Child entry point: ``python -m bench.report_figures MODE DATABASE YEAR OUT``."""
    mode, database, year, out = argv
    result = _child(mode, Path(database), int(year), Path(out))
    print(json.dumps({key: float(value) for key, value in result.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
