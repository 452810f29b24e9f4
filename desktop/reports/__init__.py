"""Reports of manual ch. 6 and page 3-4, and their Excel export — pure Python, no Qt.

``catalog`` lists the reports and the choices of their pages; each report module builds a
``model.Report`` from SQLAlchemy Core tables (``tables``) with SQL aggregates through the
shared region hierarchy (``hierarchy``); ``xlsx`` writes any report, or any record list, as an
Excel file laid out like the official tables. Printing a report as PDF lives with the other
printed documents in ``desktop.documents.report_pdf``.
"""
