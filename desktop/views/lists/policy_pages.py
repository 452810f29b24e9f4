"""The 政策及规定 pages (manual §1.4 1)): the standards with the formulas, the material rules.

Both tables come from the synced subsidy year (``desktop.models.year_rules``), read off the UI
thread. They are short (about a hundred rows), so a plain item model is enough.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.models.year_rules import YearRules, year_rules

Column = tuple[str, Callable[[dict[str, Any]], str]]


def _joined(key: str) -> Callable[[dict[str, Any]], str]:
    return lambda row: (
        "、".join(str(value) for value in row.get(key) or [])
        or QCoreApplication.translate("PolicyPages", "不限")
    )


def _text(key: str) -> Callable[[dict[str, Any]], str]:
    return lambda row: "" if row.get(key) is None else str(row.get(key))


def _standard_columns() -> list[Column]:
    return [
        (QCoreApplication.translate("PolicyPages", "编号"), _text("code")),
        (QCoreApplication.translate("PolicyPages", "类别"), _text("category")),
        (QCoreApplication.translate("PolicyPages", "说明"), _text("description")),
        (QCoreApplication.translate("PolicyPages", "参数单位"), _text("param_unit")),
        (QCoreApplication.translate("PolicyPages", "参数范围"), _text("param_range")),
        (QCoreApplication.translate("PolicyPages", "系数"), _text("coefficient")),
        (QCoreApplication.translate("PolicyPages", "单位"), _text("unit")),
        (
            QCoreApplication.translate("PolicyPages", "数据来源"),
            lambda row: (
                QCoreApplication.translate("PolicyPages", "示例占位")
                if row.get("placeholder")
                else QCoreApplication.translate("PolicyPages", "手册")
            ),
        ),
    ]


def _material_columns() -> list[Column]:
    return [
        (QCoreApplication.translate("PolicyPages", "编号"), _text("code")),
        (QCoreApplication.translate("PolicyPages", "材料文件名"), _text("name")),
        (QCoreApplication.translate("PolicyPages", "阶段"), _text("stage")),
        (
            QCoreApplication.translate("PolicyPages", "必传"),
            lambda row: "√" if row.get("required") else "",
        ),
        (QCoreApplication.translate("PolicyPages", "上限(MB)"), _text("max_mb")),
        (QCoreApplication.translate("PolicyPages", "适用政策"), _joined("policies")),
        (QCoreApplication.translate("PolicyPages", "适用项目"), _joined("projects")),
        (QCoreApplication.translate("PolicyPages", "适用船舶"), _joined("operations")),
        (QCoreApplication.translate("PolicyPages", "压缩包建议名"), _text("zip_name")),
    ]


def _formulas_html() -> str:
    return QCoreApplication.translate(
        "PolicyPages",
        "<h3>计算公式与样例（金额单位万元，保留2位小数，四舍五入）</h3>"
        "<ol>"
        "<li><b>部政策</b>：奖补 = 标准 × 总吨 × 船型系数 × X；拆解时 X 为船龄系数，新建时为动力"
        "形式系数，更新时不乘 X。例：0.1 × 345 × 1.5 × 1.00 = 51.75。</li>"
        "<li><b>省政策拆解</b>：基数 × 总吨 × 船型系数 × 船龄系数。例：0.1 × 345 × 1.5 × 0.72 = "
        "37.26。</li>"
        "<li><b>省政策新建/改建液化天然气船</b>：按主机功率档位定额。例：改建 299.5 千瓦液气货船"
        " → 63。</li>"
        "<li><b>省政策新建/改建纯电客船</b>：功率取整定档，奖补 = 每千瓦标准 × 实际功率。"
        "例：100.5 千瓦 → 101 千瓦档 → 0.7 × 100.5 = 70.35。</li>"
        "<li><b>省政策纯电或其他新能源货船</b>：载重 D 在 [D1, D2] 档、金额 [M1, M2]："
        "M1 + (D − D1)/(D2 − D1) × (M2 − M1)，吨位系数取6位小数。例：D = 2500 → "
        "300 + 0.166389 × 200 = 333.28。</li>"
        "<li><b>船龄</b>（3位小数）：同年为建成日（含）至注销日（不含）的天数 ÷ 当年天数；"
        "跨年为整年数 + 建成年剩余天数 ÷ 当年天数 + 注销年已过天数 ÷ 当年天数。"
        "例：2024-05-01 → 2024-10-31 = 0.5。</li>"
        "<li><b>集装箱运输发展</b>：外贸按同比增量分档（≤300 标箱 60 元，301–800 标箱 80 元，"
        "800 以上 100 元），增量 1000 → 78000 元；内贸按本年完成量 30 元/标箱。</li>"
        "</ol>"
        "<p>每条记录同时保留申请人测算、审核复核与系统机算三个金额，三者不一致时在审核页中"
        "标出。</p>",
    )


def _fill(
    model: QStandardItemModel, columns: Sequence[Column], rows: Sequence[dict[str, Any]]
) -> None:
    model.clear()
    model.setHorizontalHeaderLabels([title for title, _read in columns])
    for row in rows:
        items = [QStandardItem(read(row)) for _title, read in columns]
        for item in items:
            item.setEditable(False)
            item.setToolTip(item.text())
        model.appendRow(items)


def _table(model: QStandardItemModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class _YearTablePage(QWidget):
    """A title, the year's table, and (for standards) the formulas beside it."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.heading = QLabel(title, self)
        self.heading.setObjectName("pageTitle")
        self.table = _table(self.model, self)
        self._title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.body(), 1)
        db = context.db
        context.tasks.run(lambda: year_rules(db), self._show, self._failed, owner=self)

    def body(self) -> QWidget:
        return self.table

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def rows(self, rules: YearRules) -> Sequence[dict[str, Any]]:
        raise NotImplementedError

    def _show(self, rules: YearRules | None) -> None:
        if rules is None:
            self.heading.setText(self.tr("{0}（尚未同步奖补年份，请稍后刷新）").format(self._title))
            return
        self.heading.setText(self.tr("{0}（{1}年）").format(self._title, rules.year))
        _fill(self.model, self.columns(), self.rows(rules))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 420))

    def _failed(self, error: BaseException) -> None:
        self.heading.setText(self.tr("{0}：读取失败（{1}）").format(self._title, error))


class StandardsPage(_YearTablePage):
    """奖补标准及计算公式与样例."""

    def body(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        formulas = QTextBrowser(splitter)
        formulas.setHtml(_formulas_html())
        splitter.addWidget(formulas)
        splitter.setSizes([420, 260])
        return splitter

    def columns(self) -> list[Column]:
        return _standard_columns()

    def rows(self, rules: YearRules) -> Sequence[dict[str, Any]]:
        return rules.standards


class MaterialRulesPage(_YearTablePage):
    """上传材料及命名规定一览表."""

    def columns(self) -> list[Column]:
        return _material_columns()

    def rows(self, rules: YearRules) -> Sequence[dict[str, Any]]:
        return rules.materials
