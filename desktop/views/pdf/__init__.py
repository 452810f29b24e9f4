"""The embedded PDF viewer of the review workspace (SPEC §8).

``PdfViewer`` is the widget; ``RenderThread`` is the single thread all PyMuPDF work runs on
(one per application can be shared by several viewers).
"""

from desktop.views.pdf.render_thread import RenderThread
from desktop.views.pdf.viewer import PdfViewer

__all__ = ["PdfViewer", "RenderThread"]
