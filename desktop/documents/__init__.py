"""Printed documents as PDF with an embedded Chinese font — pure Python, no Qt.

Templates (``resources/templates/*.toml``, language in ``template``) are filled from a
record's data (``records``, ``ship_fields``, ``opinion_sheet``, ``application_form``) and
drawn by ``render``; ``printing`` makes one document or a batch of every approved record of a
list; ``report_pdf`` prints a report table. The Qt preview and print dialog show these PDFs.
"""
