"""A streaming xlsx workbook that appears only when complete, and a row-order sheet writer.

SPEC §10 asks for 100,000 rows in 15 s with memory that does not grow with the rows.
xlsxwriter's ``constant_memory`` mode keeps memory flat: each row is flushed to a scratch file
as soon as a later row is written, and the sheet is assembled from it on ``close``. The price
is that rows must be written strictly top to bottom — a cell written above the current row is
silently dropped — so every write goes through :class:`SheetWriter`, which only moves down.
Its cell-by-cell path was too slow for the 15 s (24 s for the 6-2 table; openpyxl's write-only
mode was slower still), so :class:`SheetWriter` hands whole rows to ``xlsx_rows``, which
writes the same XML a row at a time (8 s).

The file is written beside the target under a temporary name and moved into place at the end;
xlsxwriter's scratch files live in a directory of our own that is removed whatever happens, so
a cancelled or failed export leaves neither a half-written workbook nor stray temporary files.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from desktop.reports.model import Cell
from desktop.reports.xlsx_rows import RowEncoder, excel_value
from desktop.saved_files import saving

APPLICATION_NAME = "湖南省水运奖补资金审核桌面端"
MAX_ROWS = 1_048_576
"""Rows of an Excel worksheet; xlsxwriter silently skips cells below it."""


def sheet_title(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, no quote at either end."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in title).strip("'")
    return cleaned[:31] or "报表"


def _release(book: Workbook) -> None:
    """Close the row scratch files of an abandoned workbook.

    xlsxwriter closes them only on ``close``, which would assemble and zip every row written
    so far just to throw the result away. Windows cannot delete a file that is still open, so
    they are closed here (with the method xlsxwriter uses itself) before the scratch directory
    is removed.
    """
    for sheet in book.worksheets():
        sheet._opt_close()


@contextmanager
def streaming_workbook(path: Path, title: str) -> Iterator[Workbook]:
    """A ``constant_memory`` workbook saved to ``path`` when the block ends without error.

    Text is always written as text: a name typed as ``=1+1`` or ``http://…`` stays what the
    person typed instead of becoming a formula or a link.
    """
    with (
        saving(path, ".xlsx") as part,
        tempfile.TemporaryDirectory(prefix="reviewdesk-xlsx-") as scratch,
    ):
        book = Workbook(
            str(part),
            {
                "constant_memory": True,
                "tmpdir": scratch,
                "strings_to_formulas": False,
                "strings_to_urls": False,
            },
        )
        book.set_properties({"title": title, "author": APPLICATION_NAME})
        try:
            yield book
            book.close()
        except BaseException:
            _release(book)
            raise


def set_print_layout(sheet: Worksheet, title_rows: tuple[int, int]) -> None:
    """A4 landscape, one page wide, ``title_rows`` (0-based) repeated, page numbers below."""
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.center_horizontally()
    sheet.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    sheet.repeat_rows(*title_rows)
    sheet.set_footer("&C第 &P 页，共 &N 页")


def write_cells(
    sheet: Worksheet, row: int, values: Sequence[Cell], formats: Sequence[Format | None]
) -> None:
    """A row through xlsxwriter's own cell calls: empty values as formatted blanks, text as
    text, dates as Excel day numbers. ``xlsx_rows`` writes exactly this, faster."""
    for col, (value, fmt) in enumerate(zip(values, formats, strict=True)):
        if value is None or value == "":
            sheet.write_blank(row, col, None, fmt)
        elif isinstance(value, str):
            sheet.write_string(row, col, value, fmt)
        else:
            sheet.write_number(row, col, excel_value(value), fmt)


class SheetWriter:
    """Writes a sheet top to bottom, one whole row at a time.

    ``row`` is the next row to write (0-based). Empty values become blank cells that keep
    their format, so borders and shading run across a row without gaps. Rows are encoded by
    ``xlsx_rows.RowEncoder`` (the fast path the 100,000-row figure needs); a row given a
    height with ``set_row`` goes through xlsxwriter's cell calls, which write that height.
    """

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        self.row = 0
        self._encoder = RowEncoder(sheet)

    def write(self, values: Sequence[Cell], formats: Sequence[Format | None]) -> None:
        """One row of values, each with the format of its column."""
        row = self.row
        if row >= MAX_ROWS:
            raise ValueError(
                f"导出内容超过 Excel 单个工作表的上限（{MAX_ROWS:,} 行），请缩小查询范围后分批导出"
            )
        if row in self.sheet.row_info:
            write_cells(self.sheet, row, values, formats)
        else:
            self._encoder.write(row, values, formats)
        self.row += 1

    def full_width(self, text: str, fmt: Format, width: int, height: float | None = None) -> None:
        """A row whose text spans the table (title, filter line, unit note)."""
        if height is not None:
            self.sheet.set_row(self.row, height)
        if width == 1:
            self.write([text], [fmt])
            return
        # Merging within the current row is the one merge constant_memory allows.
        self.sheet.merge_range(self.row, 0, self.row, width - 1, text, fmt)
        self.row += 1

    def merge_written(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        """Declare already-written cells one merged range (rows 0-based, inclusive).

        ``merge_range`` would write the range's cells itself, down to its last row; in
        constant_memory mode that moves the row cursor there, and the rest of the upper rows
        (a group's label beside a leaf spanning the whole header) would be dropped. The cells
        are written row by row through :meth:`write` instead, and the merge is only the
        ``<mergeCell>`` entry xlsxwriter writes from this list on close.
        """
        self.sheet.merge.append([first_row, first_col, last_row, last_col])
