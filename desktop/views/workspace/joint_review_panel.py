"""The platform joint review's result and its problems, each with its ①–④ judgment-date mark.

Manual §3.3 提示 3: a failed check names the date it was judged on — ① policy date, ② application
date, ③ dismantling start, ④ completion archive date. The texts are the core's
(``core.joint_review``), stored on the record joined by "；"; the panel lists them one per line
and explains the marks, so "营运证无效①" reads as "not valid on 2023-07-21" without the manual.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from core.joint_review import DATE_LABELS, PASS_OPINION, POLICY_DATE, PROBLEM_SEPARATOR
from core.vocab import Decision, JudgmentDate
from desktop.views.workspace.field_groups import SHIP_KINDS
from desktop.views.workspace.snapshot import RecordSnapshot
from desktop.views.workspace.styles import set_style

FAILED_STYLE = "color: #a40000; font-weight: bold;"
PASSED_STYLE = "color: #2e7d32;"


def problem_texts(data: Mapping[str, Any]) -> list[str]:
    """The joint-review problems stored on a record, one text each (the pass text excluded)."""
    stored = str(data.get("joint_review_problems") or "")
    texts = [text.strip() for text in stored.split(PROBLEM_SEPARATOR)]
    return [text for text in texts if text and text != PASS_OPINION]


def marks_in(text: str) -> list[JudgmentDate]:
    """The judgment-date marks a problem text carries (normally exactly one)."""
    return [mark for mark in JudgmentDate if mark.value in text]


class JointReviewPanel(QGroupBox):
    """平台联审: passed, failed with its marked problems, or not yet run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("平台联审"), parent)
        self._result = QLabel(self)
        self._result.setWordWrap(True)
        self.problems = QListWidget(self)
        self.problems.setObjectName("jointReviewProblems")
        self.problems.setMaximumHeight(96)
        self._legend = QLabel(self._legend_text(), self)
        self._legend.setWordWrap(True)
        self._legend.setStyleSheet("color: palette(dark); font-size: 11px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self._result)
        layout.addWidget(self.problems)
        layout.addWidget(self._legend)

    def show_snapshot(self, snapshot: RecordSnapshot) -> None:
        """Show the record's joint-review state; hidden for kinds the platform does not check."""
        self.setVisible(snapshot.kind in SHIP_KINDS)
        data = snapshot.data
        texts = problem_texts(data)
        self.problems.clear()
        for text in texts:
            self.problems.addItem(self._item_text(text))
        self.problems.setVisible(bool(texts))
        self._legend.setVisible(bool(texts))
        self._show_result(data.get("platform_result"), data.get("platform_on"), len(texts))

    def result_text(self) -> str:
        return self._result.text()

    def _show_result(self, decision: Any, on: Any, count: int) -> None:
        day = str(on or "")
        if decision == Decision.PASS.value:
            self._result.setText(
                self.tr("√ 联审通过（{day}）：证书在各判断日均有效。").format(day=day)
            )
            set_style(self._result, PASSED_STYLE)
        elif decision == Decision.RETURN.value:
            text = self.tr("× 联审未过（{day}），共 {count} 个问题：").format(day=day, count=count)
            self._result.setText(text)
            set_style(self._result, FAILED_STYLE)
        else:
            self._result.setText(self.tr("尚未进行平台联审。"))
            set_style(self._result, "")

    def _item_text(self, text: str) -> str:
        """The problem followed by the judgment dates its marks stand for."""
        dates = [self._date_name(mark) for mark in marks_in(text)]
        return f"{text}　（{'、'.join(dates)}）" if dates else text

    def _date_name(self, mark: JudgmentDate) -> str:
        name = DATE_LABELS[mark]
        if mark is JudgmentDate.POLICY:
            return self.tr("{mark}{name} {day}").format(
                mark=mark.value, name=name, day=POLICY_DATE.isoformat()
            )
        return f"{mark.value}{name}"

    def _legend_text(self) -> str:
        marks = "　".join(f"{mark.value} {DATE_LABELS[mark]}" for mark in JudgmentDate)
        return self.tr("判断日标记：{marks}").format(marks=marks)
