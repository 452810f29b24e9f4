"""Material zips and files (SPEC §6, manual §2.2, §3.2.5, §4.3.2): upload, storage, download.

* ``kinds`` — which record kinds carry materials and which list rows apply to a record,
* ``body`` — the multipart request body streamed to a temporary file under a hard cap,
* ``blobs`` — content-addressed storage on disk and its ``blobs`` rows,
* ``upload`` — inspecting a zip and replacing a record's files, all or nothing,
* ``status`` — the reviewer's required / present / missing list,
* ``ranges`` — ETag, If-None-Match and single-range downloads.
"""
