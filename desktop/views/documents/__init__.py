"""Printed documents in the app (SPEC §8 "Printing"): preview, print, save as PDF, batch print.

The PDFs come from the pure engine (``desktop.documents``) reading the local cache, so
everything here works offline:

* ``cache_documents`` — the engine bound to the cache: one record's document, or every
  approved record of a list in one PDF (no Qt; runs on a worker thread);
* ``preview`` — a dialog showing a document in the app's PDF viewer, with 打印… (the viewer's
  QPrinter flow), 另存为PDF… and 关闭;
* ``record_documents`` — the review workspace's 打印审核意见表 (Ctrl+P) / 打印资金申请表;
* ``batch_options`` and ``batch_print`` — a list's 批量打印已通过…: which document, which
  level's approval, where to save; then the batch with a progress dialog and 取消.

The list page imports ``batch_print`` on first use: PyMuPDF takes a second to import and a
list opens without it.
"""
