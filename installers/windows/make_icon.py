"""Draw the app's SVG icon into ``build/reviewdesk.ico`` for the Windows exe and installer.

The repository keeps one icon, the SVG in ``resources/icons``; Windows wants an .ico, so it is
drawn at build time with Qt (its ico image plugin) rather than kept as a second, drifting copy.

    python installers/windows/make_icon.py [OUT.ico]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QIcon

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "reviewdesk.svg"
DEFAULT_OUT = ROOT / "build" / "reviewdesk.ico"
SIZE = 256


def write_icon(out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QIcon(str(SVG)).pixmap(SIZE, SIZE).toImage()
    out.parent.mkdir(parents=True, exist_ok=True)
    if image.isNull() or not image.save(str(out), "ICO"):
        raise SystemExit(f"无法把 {SVG} 绘制为 {out}（需要 Qt 的 SVG 与 ICO 图像插件）")


if __name__ == "__main__":
    write_icon(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
