"""``reviewdesk --self-test``: prove a build works, without a screen and without a server.

A frozen bundle fails in ways a source checkout never does: a Qt plugin, a translation, a
template or an Alembic script left out of the folder only shows when that code path runs. So
the self-test walks the paths a reviewer's first minutes take, offscreen, and prints one
Chinese line per check (通过/失败 and why); the exit code is 0 only when every check passed.
``installers/build-linux.sh`` runs it on the fresh bundle, and so can an operator on a PC.

The checks: Qt's and the app's Chinese translation files load, the SVG app icon draws (image
plugins), a cache file opens and migrates (Alembic scripts and SQLite), the 审核意见表 prints
with its template and the embedded CJK font, and that PDF's first page renders to an image
with visible text the way the PDF viewer draws it.
"""

from __future__ import annotations

import os
import tempfile
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from PySide6.QtCore import QSize, QTranslator
from PySide6.QtGui import QImage

from core.vocab import RecordKind
from desktop.documents.printing import DocumentKind, document_pdf
from desktop.documents.records import ShipRecord
from desktop.models.database import open_cache
from desktop.views.main_window.icons import APP_ICON, icon
from desktop.views.pdf.pixmap_image import render_page

OFFSCREEN = "offscreen"
SAMPLE_SHIP = {"ship_name": "湘岳阳货1234", "form_no": "自检-0001"}
RENDER_SCALE = 1.0
INK_LEVEL = 128
"""A pixel darker than this (0–255 grey) counts as printed text."""
MIN_INK_PIXELS = 500
"""The sheet's title and grid alone darken far more pixels; a blank page has none."""
ICON_SIZE = QSize(32, 32)


@dataclass(frozen=True, slots=True)
class Setup:
    """What the checks get: a scratch folder and the app's translation files (name, folder)."""

    work: Path
    translations: Sequence[tuple[str, str]]


Check = Callable[[Setup], str]


class SelfTestFailure(RuntimeError):
    """A check found something wrong; the message (Chinese) says what."""


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    passed: bool
    detail: str

    def line(self) -> str:
        return f"{'通过' if self.passed else '失败'}　{self.name}：{self.detail}"


def _loads(name: str, folder: str) -> bool:
    translator = QTranslator()
    return translator.load(name, folder) and not translator.isEmpty()


def check_translations(setup: Setup) -> str:
    """Qt's own Chinese strings (确定/取消) and the app's are in the build and load."""
    missing = [f"{name}.qm" for name, folder in setup.translations if not _loads(name, folder)]
    if missing:
        raise SelfTestFailure(f"中文翻译文件缺失或为空：{'、'.join(missing)}")
    return "、".join(f"{name}.qm" for name, _folder in setup.translations) + " 均已加载"


def check_icon(_setup: Setup) -> str:
    """The SVG app icon draws: the SVG icon engine and image plugins are in the bundle."""
    pixmap = icon(APP_ICON).pixmap(ICON_SIZE)
    if pixmap.isNull():
        raise SelfTestFailure(f"应用图标 {APP_ICON} 无法绘制（缺少 SVG 图像插件或图标文件）")
    return f"应用图标 {pixmap.width()}×{pixmap.height()}"


def check_cache(setup: Setup) -> str:
    """A cache file is created and migrated to the newest schema."""
    cache = open_cache(setup.work / "selftest-cache.sqlite3")
    try:
        with cache.read() as session:
            tables = session.connection().exec_driver_sql(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
            )
            count = int(tables.scalar_one())
    finally:
        cache.dispose()
    return f"本机缓存已创建并迁移（{count} 张表）"


def _sample_sheet() -> bytes:
    record = ShipRecord(RecordKind.APPLICATION, SAMPLE_SHIP, {}, None, ())
    return document_pdf(DocumentKind.OPINION_SHEET, record)


def check_document(_setup: Setup) -> str:
    """The 审核意见表 prints: template, layout and the embedded CJK font."""
    pdf = _sample_sheet()
    with pymupdf.open("pdf", pdf) as document:
        text = "".join(page.get_text() for page in document)
    if DocumentKind.OPINION_SHEET.value not in text or SAMPLE_SHIP["ship_name"] not in text:
        raise SelfTestFailure("打印的审核意见表中没有标题或船名（模板或中文字体缺失）")
    return f"审核意见表已生成（{len(pdf) // 1024} KB）"


def _ink_pixels(image: QImage) -> int:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = grey.constBits().tobytes()
    return sum(1 for value in pixels if value < INK_LEVEL)


def check_page_render(_setup: Setup) -> str:
    """The first page of a printed sheet renders to an image with visible text."""
    with pymupdf.open("pdf", _sample_sheet()) as document:
        image = render_page(document[0], RENDER_SCALE, 0)
    if image.isNull():
        raise SelfTestFailure("PDF 页面无法渲染为图像")
    ink = _ink_pixels(image)
    if ink < MIN_INK_PIXELS:
        raise SelfTestFailure(f"渲染出的页面几乎空白（仅 {ink} 个深色像素），中文字形可能缺失")
    return f"PDF 第 1 页已渲染（{image.width()}×{image.height()}，{ink} 个深色像素）"


CHECKS: tuple[tuple[str, Check], ...] = (
    ("界面翻译", check_translations),
    ("图标", check_icon),
    ("本机缓存", check_cache),
    ("打印文档", check_document),
    ("PDF 渲染", check_page_render),
)


def run_checks(setup: Setup) -> list[CheckResult]:
    """Every check in order; a failure is recorded and the rest still run."""
    results = []
    for name, check in CHECKS:
        try:
            results.append(CheckResult(name, True, check(setup)))
        except Exception as error:  # a self-test reports every failure, whatever its kind
            detail = str(error) if isinstance(error, SelfTestFailure) else traceback.format_exc()
            results.append(CheckResult(name, False, detail.strip()))
    return results


def force_offscreen() -> None:
    """The self-test never needs a screen; set before the QApplication exists."""
    os.environ["QT_QPA_PLATFORM"] = OFFSCREEN


def self_test(translations: Sequence[tuple[str, str]]) -> int:
    """Run the checks (the app's QApplication exists) in a temporary folder and print them;
    0 when all passed, else 1."""
    with tempfile.TemporaryDirectory(prefix="reviewdesk-selftest-") as folder:
        results = run_checks(Setup(Path(folder), translations))
    for result in results:
        print(result.line(), flush=True)
    failed = sum(not result.passed for result in results)
    print("自检通过" if not failed else f"自检失败：{failed} 项未通过", flush=True)
    return 0 if not failed else 1
