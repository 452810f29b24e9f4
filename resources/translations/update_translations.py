"""Regenerate the app's translation files: ``python -m resources.translations.update_translations``.

1. ``pyside6-lupdate`` extracts every ``tr()`` / ``QCoreApplication.translate()`` /
   ``QT_TRANSLATE_NOOP()`` string of the desktop package into ``reviewdesk_zh_CN.ts``
   (keeping existing translations, dropping obsolete ones).
2. The source texts are written in Simplified Chinese, the product's language (SPEC §8), so a
   message that has no translation yet gets its source text as its Chinese translation and is
   marked finished; translators of another language start from a copy of this file.
3. ``pyside6-lrelease`` compiles it to ``reviewdesk_zh_CN.qm``, which ``desktop.app`` loads at
   startup.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TS_FILE = HERE / "reviewdesk_zh_CN.ts"
QM_FILE = HERE / "reviewdesk_zh_CN.qm"
SOURCES = ("desktop",)


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"找不到 {name}：请在安装了 PySide6 的虚拟环境中运行。")
    return found


def python_sources() -> list[str]:
    files: list[str] = []
    for folder in SOURCES:
        files += sorted(str(path.relative_to(ROOT)) for path in (ROOT / folder).rglob("*.py"))
    return files


def fill_identity(ts_file: Path) -> int:
    """Give every unfinished message its (Chinese) source text as translation; return count."""
    tree = ElementTree.parse(ts_file)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ElementTree.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            translation.text = source
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *python_sources(),
            "-no-obsolete",
            "-target-language",
            "zh_CN",
            "-ts",
            str(TS_FILE),
        ],
        cwd=ROOT,
        check=True,
    )
    filled = fill_identity(TS_FILE)
    subprocess.run([_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(QM_FILE)], check=True)
    print(f"{TS_FILE.name}: {filled} 条新消息；已生成 {QM_FILE.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
