"""What the viewer tells a reviewer when a material cannot be shown, in plain Chinese.

The texts go through Qt's translation system (context "PdfViewer") like every UI string; the
reason codes come from documents.OpenFailure so the render thread never formats UI text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.pdf.documents import OpenFailure

_CONTEXT = "PdfViewer"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def failure_title(reason: OpenFailure) -> str:
    """The headline shown in place of the pages."""
    if reason is OpenFailure.ENCRYPTED:
        return _tr("此文件已加密，无法打开")
    if reason is OpenFailure.MISSING:
        return _tr("找不到此文件")
    return _tr("此文件无法打开")


def failure_detail(reason: OpenFailure) -> str:
    """What probably happened and what the reviewer can do about it."""
    details = {
        OpenFailure.MISSING: _tr("文件可能已被移动或删除。请重新同步材料后再试。"),
        OpenFailure.UNREADABLE: _tr("没有读取此文件的权限。请检查文件权限或联系管理员。"),
        OpenFailure.EMPTY: _tr("文件是空的（0 字节），可能上传或下载时中断。请重新同步材料。"),
        OpenFailure.CORRUPT: _tr(
            "文件已损坏或不是有效的 PDF 文件。可以“另存为”后用其他软件检查，或退回申请人重新上传。"
        ),
        OpenFailure.ENCRYPTED: _tr(
            "审核端不能打开设置了密码的 PDF。请退回申请人，要求上传未加密的文件。"
        ),
        OpenFailure.NO_PAGES: _tr("文件中没有任何页面。请退回申请人重新上传。"),
    }
    return details[reason]


def empty_hint() -> str:
    """Shown before any material is opened."""
    return _tr("请在材料列表中选择要查看的 PDF 文件")
