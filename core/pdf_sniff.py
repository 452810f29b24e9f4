"""What a file's bytes really are: a usable PDF, an archive, or something else.

The zip inspector judges content, never names (SPEC §6: "files that are not PDFs whatever
their name"): a photo renamed ".pdf" is caught by its first bytes, a damaged or password-locked
PDF by actually opening it with PyMuPDF, the same library the reviewer's viewer uses, so what
passes here is what the viewer can show.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import pymupdf

PDF_MAGIC = b"%PDF-"
HEADER_WINDOW = 1024
"""PDF readers accept the header anywhere in the first 1024 bytes (PDF 1.7, annex H)."""

ARCHIVE_MAGICS = (
    b"PK\x03\x04",  # zip
    b"PK\x05\x06",  # empty zip
    b"PK\x07\x08",  # spanned zip
    b"Rar!\x1a\x07",  # rar 4 and 5
    b"7z\xbc\xaf\x27\x1c",  # 7-zip
    b"\x1f\x8b",  # gzip
    b"\xfd7zXZ\x00",  # xz
    b"BZh",  # bzip2
    b"MSCF",  # cab
)
ARCHIVE_SUFFIXES = (".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".cab", ".arj")


class PdfVerdict(StrEnum):
    """The outcome of opening a file as a PDF."""

    OK = "ok"
    NOT_PDF = "not_pdf"
    NEEDS_PASSWORD = "needs_password"
    RESTRICTED = "restricted"
    DAMAGED = "damaged"
    NO_PAGES = "no_pages"


@dataclass(frozen=True)
class PdfCheck:
    """The verdict and, for a readable PDF, its page count."""

    verdict: PdfVerdict
    pages: int = 0


def has_pdf_header(head: bytes) -> bool:
    """True when "%PDF-" occurs within the first 1024 bytes."""
    return PDF_MAGIC in head[:HEADER_WINDOW]


def is_archive(name: str, head: bytes) -> bool:
    """True for an archive by its name or its leading bytes (a zip renamed ".pdf" included)."""
    return name.lower().endswith(ARCHIVE_SUFFIXES) or head.startswith(ARCHIVE_MAGICS)


def check_pdf(data: bytes) -> PdfCheck:
    """Open the bytes as a PDF and say whether a reviewer can read and print it.

    A PDF with only an owner password opens without asking, but it may forbid printing and
    copying, which the reviewer needs; it is refused like one that asks for a password.
    """
    if not has_pdf_header(data):
        return PdfCheck(PdfVerdict.NOT_PDF)
    try:
        with pymupdf.open(stream=data, filetype="pdf") as doc:
            return _judge(doc)
    except Exception:  # PyMuPDF raises its own and RuntimeError types for any broken input
        return PdfCheck(PdfVerdict.DAMAGED)


def _judge(doc: pymupdf.Document) -> PdfCheck:
    if doc.needs_pass:
        return PdfCheck(PdfVerdict.NEEDS_PASSWORD)
    if (doc.metadata or {}).get("encryption"):
        return PdfCheck(PdfVerdict.RESTRICTED)
    pages = doc.page_count
    if pages < 1:
        return PdfCheck(PdfVerdict.NO_PAGES)
    doc.load_page(0)
    return PdfCheck(PdfVerdict.OK, pages)
