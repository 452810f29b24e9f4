"""``reviewdesk``: the desktop application's entry point.

    reviewdesk                      # no server configured: local demo server, demo login
    reviewdesk --server URL         # the province's server (remembered for next time)
    reviewdesk --data-dir DIR       # keep caches and settings somewhere else (portable use)
    reviewdesk --self-test          # check this build offscreen and exit (desktop.selftest)

Startup: Qt's own Chinese translations (dialog buttons: 确定/取消) and the app's compiled
translation (``resources/translations/reviewdesk_zh_CN.qm``), the style sheet, then the login
window (``desktop.views.login.session.DeskSession``). A server URL given on the command line or
remembered from an earlier login is used; only when there is none does the app start the demo
server (SPEC §2).

A frozen build has no Python to run ``-m server.cli`` with, so the executable is also its own
demo server: ``reviewdesk --demo-server-child serve …`` (hidden; ``desktop.demo_server``
starts it) hands the rest of the command line to ``reviewdesk-server``.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.demo_server import DEMO_SERVER_CHILD, DemoServer, default_demo_dir
from desktop.models.paths import default_data_dir
from desktop.selftest import force_offscreen, self_test
from desktop.tasks import TaskRunner
from desktop.ui_gc import UiThreadCollector
from desktop.views.login.session import DeskSession
from desktop.views.main_window.icons import APP_ICON, icon, resource_file
from desktop.views.settings.preferences import load_preferences

APP_NAME = "reviewdesk"
DISPLAY_NAME = "湖南省水运奖补资金审核桌面端"
LOCALE = "zh_CN"
STYLE_FILE = "reviewdesk.qss"
UI_FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC"]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=APP_NAME, description=DISPLAY_NAME)
    parser.add_argument("--server", help="中心服务器地址，如 https://syjb.example.cn")
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="本机数据目录（缓存、设置），默认为用户数据目录"
    )
    parser.add_argument(
        "--demo-dir", type=Path, default=None, help="演示服务器的数据目录，默认为用户数据目录下"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="不显示窗口，自检本程序（翻译、图标、缓存、打印、PDF 渲染）后退出",
    )
    return parser.parse_args(argv)


def translation_files() -> list[tuple[str, str]]:
    """(name, folder) of Qt's Chinese strings and the app's compiled translation."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [
        (f"qtbase_{LOCALE}", qt_dir),
        (f"reviewdesk_{LOCALE}", str(resource_file("translations"))),
    ]


def install_translations(app: QApplication) -> list[QTranslator]:
    """Load Qt's Chinese strings and the app's; the translators must outlive the app."""
    QLocale.setDefault(QLocale(LOCALE))
    loaded: list[QTranslator] = []
    for name, folder in translation_files():
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def apply_style(app: QApplication) -> None:
    """The app's style sheet and a CJK-capable UI font."""
    font = QFont(app.font())
    font.setFamilies(UI_FONT_FAMILIES)
    font.setPointSize(max(font.pointSize(), 10))
    app.setFont(font)
    style = resource_file("styles", STYLE_FILE)
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setOrganizationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_NAME)
    app.setWindowIcon(icon(APP_ICON))
    UiThreadCollector(app)
    install_translations(app)
    apply_style(app)
    return app


def configured_server(args: argparse.Namespace, data_dir: Path) -> str | None:
    """The server to use: the command line's, else the one of the settings (服务器与缓存, or
    remembered from the last login); None means the local demo server."""
    if args.server:
        return str(args.server).strip().rstrip("/")
    return load_preferences(data_dir).server_url or None


def build_session(args: argparse.Namespace, tasks: TaskRunner) -> DeskSession:
    """The login flow for ``args``: a real server if one is configured, else the demo."""
    data_dir = args.data_dir or default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    server = configured_server(args, data_dir)
    demo = None if server else DemoServer(args.demo_dir or default_demo_dir())
    return DeskSession(data_dir, tasks, server_url=server, demo=demo)


SIGNAL_POLL_MS = 250


def quit_on_termination(app: QCoreApplication) -> QTimer:
    """Quit the event loop on SIGTERM/SIGINT instead of dying on the spot.

    A killed interpreter skips ``aboutToQuit``, which stops the demo-server child and closes the
    cache cleanly; a session logout or ``kill`` would leave that server running. Python only runs
    signal handlers between bytecodes, so a short idle timer gives it the chance while Qt's event
    loop sits in C. The timer is returned so the caller keeps it alive.
    """
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(SIGNAL_POLL_MS)
    return timer


def run_demo_server_child(argv: Sequence[str]) -> int:
    """``reviewdesk-server`` inside this executable (see the module docstring); imported here
    so the desktop itself never loads the web stack."""
    from server.cli import main as server_main

    return server_main(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == [DEMO_SERVER_CHILD]:
        return run_demo_server_child(arguments[1:])
    args = parse_args(arguments)
    if args.self_test:
        force_offscreen()
        create_application(sys.argv[:1])
        return self_test(translation_files())
    app = create_application(sys.argv[:1])
    tasks = TaskRunner(app)
    session = build_session(args, tasks)
    session.finished.connect(app.quit)
    app.aboutToQuit.connect(session.quit)
    quit_on_termination(app)
    session.start()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
