"""The 批量打印已通过… dialog: which document, approved at which level, saved where.

The web system printed a list's approved records one page at a time from the browser; here the
handler names the document and the level whose 同意 counts (the province's by default, the
approval the funds follow), and one PDF is written. The dialog checks the target before it
closes, so a typo in a folder is explained here rather than after a long batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.vocab import Level
from desktop.documents.printing import DocumentKind
from desktop.views.documents.cache_documents import file_title
from desktop.views.documents.preview import PROBLEM_STYLE
from desktop.views.documents.printable import approving_levels
from desktop.views.save_folder import remember, start_folder


@dataclass(frozen=True, slots=True)
class BatchOptions:
    document: DocumentKind
    level: Level
    path: Path


def target_problem(text: str) -> str | None:
    """Why ``text`` cannot be where the PDF is written, in words the handler can act on."""
    if not text.strip():
        return QCoreApplication.translate(
            "BatchOptionsDialog", "请填写保存位置，或点“浏览…”选择文件。"
        )
    path = Path(text.strip())
    if path.is_dir():
        return QCoreApplication.translate(
            "BatchOptionsDialog", "“{path}”是文件夹，请在后面加上文件名，例如 {example}。"
        ).format(path=path, example=path / "审核意见表.pdf")
    if not path.parent.is_dir():
        return QCoreApplication.translate(
            "BatchOptionsDialog", "文件夹“{folder}”不存在，请先建好它或另选位置。"
        ).format(folder=path.parent)
    return None


def as_pdf(text: str) -> Path:
    path = Path(text.strip())
    return path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")


class BatchOptionsDialog(QDialog):
    """Asks for a batch's ``BatchOptions``; ``chosen()`` holds them once accepted."""

    def __init__(self, kind: str, list_title: str, count: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批量打印已通过的记录"))
        self._list_title = list_title
        self._chosen: BatchOptions | None = None
        self.document_box = QComboBox(self)
        for document in DocumentKind:
            self.document_box.addItem(str(document), document)
        self.level_box = QComboBox(self)
        for level in approving_levels(kind):
            self.level_box.addItem(self.tr("{level}审核同意").format(level=level), level)
        self.path_edit = QLineEdit(self)
        self.path_edit.setText(str(self._suggested_path()))
        self.path_edit.setMinimumWidth(420)
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self._lay_out(count, browse)
        self.document_box.currentIndexChanged.connect(self._document_changed)

    def _lay_out(self, count: int, browse: QPushButton) -> None:
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("打印文档："), self.document_box)
        form.addRow(self.tr("打印条件："), self.level_box)
        form.addRow(self.tr("保存为："), where)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始打印"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "从当前列表的 {count} 条记录中，选出所选层级审核同意的记录，"
                "每条打印一份，合成一个 PDF 文件。"
            ).format(count=count),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _suggested_path(self) -> Path:
        stamp = f"{datetime.now():%Y%m%d-%H%M}"
        name = file_title(self.document(), self._list_title, "已通过", stamp)
        return start_folder() / f"{name}.pdf"

    def document(self) -> DocumentKind:
        return DocumentKind(self.document_box.currentData())

    def level(self) -> Level:
        return Level(self.level_box.currentData())

    def chosen(self) -> BatchOptions | None:
        return self._chosen

    def _document_changed(self) -> None:
        """Follow the document in a suggested file name the handler has not changed."""
        current = Path(self.path_edit.text().strip())
        if any(current.name.startswith(str(document)) for document in DocumentKind):
            self.path_edit.setText(str(current.parent / self._suggested_path().name))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存为"), self.path_edit.text(), self.tr("PDF 文件 (*.pdf)")
        )
        if chosen:
            self.path_edit.setText(str(as_pdf(chosen)))

    def accept(self) -> None:
        problem = target_problem(self.path_edit.text())
        if problem is not None:
            self.problem.setText(problem)
            return
        self._chosen = BatchOptions(self.document(), self.level(), as_pdf(self.path_edit.text()))
        remember(self._chosen.path)
        super().accept()
