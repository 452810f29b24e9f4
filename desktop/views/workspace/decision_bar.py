"""The decision row of the review page (page 3-16): 审核日期, 意见 presets, 审核说明, 同意 / 退回.

One click decides: 同意 takes the chosen pass preset (the manual's default "材料齐全、符合条件、
同意上报。" unless another is picked) plus the note; 退回 takes the chosen return reason plus the
note. A return must say what is wrong (``core.workflow.opinion_refusal``), so the return list
starts unselected: one click with no reason and no note explains that instead of sending a
return that tells the applicant nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core import workflow
from core.vocab import Decision
from desktop.views.workspace.styles import set_style

REFUSAL_STYLE = "color: #a40000; font-weight: bold;"


class DecisionBar(QWidget):
    """Preset opinions, the reviewer's note, the two decision buttons and why they may not work."""

    approve_requested = Signal()
    return_requested = Signal()
    note_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_label = QLabel(self)
        self.pass_box = QComboBox(self)
        self.pass_box.addItems(list(workflow.preset_opinions(Decision.PASS)))
        self.return_box = QComboBox(self)
        self.return_box.addItem(self.tr("（请选择退回原因，或在审核说明中写明）"), "")
        for opinion in workflow.preset_opinions(Decision.RETURN):
            self.return_box.addItem(opinion, opinion)
        self.note = QLineEdit(self)
        self.note.setMaxLength(workflow.OPINION_MAX_CHARS)
        self.note.setPlaceholderText(self.tr("审核说明（可空；退回时写明需补正的内容）"))
        self.note.textEdited.connect(self.note_edited)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("decisionMessage")
        self.approve_button = QPushButton(self.tr("同意"), self)
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setDefault(False)
        self.return_button = QPushButton(self.tr("退回"), self)
        self.return_button.setObjectName("returnButton")
        self.approve_button.clicked.connect(self.approve_requested)
        self.return_button.clicked.connect(self.return_requested)
        self._lay_out()

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.date_label, 0, 0)
        grid.addWidget(QLabel(self.tr("同意意见："), self), 0, 1)
        grid.addWidget(self.pass_box, 0, 2)
        grid.addWidget(QLabel(self.tr("退回意见："), self), 0, 3)
        grid.addWidget(self.return_box, 0, 4)
        grid.addWidget(QLabel(self.tr("审核说明："), self), 1, 1)
        grid.addWidget(self.note, 1, 2, 1, 3)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(4, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.return_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addLayout(grid, 1)
        row.addLayout(buttons)
        grid.addWidget(self.message, 2, 0, 1, 5)

    # ---- what the window asks -------------------------------------------------------------

    def opinion(self, decision: Decision) -> str:
        """The opinion stored for ``decision``: its preset and the note (``compose_opinion``)."""
        if decision is Decision.PASS:
            preset = self.pass_box.currentText()
        else:
            preset = str(self.return_box.currentData() or "")
        return workflow.compose_opinion(preset, self.note.text())

    def set_today(self, text: str) -> None:
        self.date_label.setText(self.tr("审核日期：{day}").format(day=text))

    def set_shortcut_tips(self, approve: list[str], give_back: list[str]) -> None:
        """Name the keyboard shortcuts on the buttons (the first one) and in their tooltips."""
        self.approve_button.setText(self.tr("同意（{key}）").format(key=approve[0]))
        self.approve_button.setToolTip(
            self.tr("按所选同意意见提交“同意”，并打开下一条记录（快捷键：{keys}）").format(
                keys=" / ".join(approve)
            )
        )
        self.return_button.setText(self.tr("退回（{key}）").format(key=give_back[0]))
        self.return_button.setToolTip(
            self.tr("按所选退回原因提交“退回”，并打开下一条记录（快捷键：{keys}）").format(
                keys=" / ".join(give_back)
            )
        )

    def show_refusals(self, reasons: tuple[str, ...] | list[str]) -> None:
        """Why the record cannot be decided now (buttons off), or nothing (buttons on)."""
        allowed = not reasons
        self.approve_button.setEnabled(allowed)
        self.return_button.setEnabled(allowed)
        if allowed:
            self.message.clear()
            set_style(self.message, "")
            return
        text = "\n".join(f"• {reason}" for reason in reasons)
        self.message.setText(self.tr("不能审核此记录：\n{reasons}").format(reasons=text))
        set_style(self.message, REFUSAL_STYLE)

    def show_problem(self, text: str) -> None:
        """A problem with what was just asked (e.g. a return without a reason), buttons stay."""
        self.message.setText(text)
        set_style(self.message, REFUSAL_STYLE)

    def show_info(self, text: str) -> None:
        self.message.setText(text)
        set_style(self.message, "color: #2e7d32;")

    def set_busy(self, busy: bool) -> None:
        self.approve_button.setEnabled(not busy)
        self.return_button.setEnabled(not busy)

    def reset_for_record(self, note: str) -> None:
        """A new record: default presets and the note drafted for it earlier (if any)."""
        self.pass_box.setCurrentIndex(0)
        self.return_box.setCurrentIndex(0)
        self.note.setText(note)
