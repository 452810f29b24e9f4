"""Material files: real PDFs PyMuPDF opens, text where they are documents, images where they
are scans, one 50-page scan, and records at the head of a queue with documents of their own."""

from __future__ import annotations

import hashlib

import pymupdf

from core.vocab import RecordKind
from demo.documents import is_photo, title_of
from demo.pdf_writer import quick_text_pdf
from demo.pdfs import scanned_pdf, text_pdf
from tests.demo.conftest import LoadedWorld


def _blob(loaded: LoadedWorld, sha256: str) -> bytes:
    return (loaded.data_dir / "blobs" / sha256[:2] / sha256[2:]).read_bytes()


def test_every_material_file_is_on_disk_with_its_hash(loaded: LoadedWorld) -> None:
    blobs = {row["sha256"]: row["size"] for row in loaded.rows("blobs")}
    files = loaded.rows("material_files")
    assert files
    checked: set[str] = set()
    for file in files:
        assert blobs[file["sha256"]] == file["size"]
        if file["sha256"] in checked:
            continue
        content = _blob(loaded, file["sha256"])
        assert hashlib.sha256(content).hexdigest() == file["sha256"]
        assert len(content) == file["size"]
        checked.add(file["sha256"])


def test_materials_open_as_text_documents_or_scans(loaded: LoadedWorld) -> None:
    scans = texts = 0
    seen: set[str] = set()
    for file in loaded.rows("material_files"):
        if file["sha256"] in seen:
            continue
        seen.add(file["sha256"])
        with pymupdf.open(stream=_blob(loaded, file["sha256"]), filetype="pdf") as doc:
            assert doc.page_count >= 1
            text = doc[0].get_text()
            if doc[0].get_images():
                assert text.strip() == "", file["name"]
                scans += 1
            else:
                assert title_of(file["name"]) in text, file["name"]
                texts += 1
    assert scans >= 5 and texts > scans


def test_photos_are_always_scans(loaded: LoadedWorld) -> None:
    for file in loaded.rows("material_files"):
        if is_photo(file["name"]):
            with pymupdf.open(stream=_blob(loaded, file["sha256"]), filetype="pdf") as doc:
                assert doc[0].get_images() and not doc[0].get_text().strip()


def test_one_fifty_page_scan_for_the_viewer(loaded: LoadedWorld) -> None:
    largest = max(loaded.rows("blobs"), key=lambda row: row["size"])
    with pymupdf.open(stream=_blob(loaded, largest["sha256"]), filetype="pdf") as doc:
        assert doc.page_count == 50
        assert all(page.get_images() for page in doc)
    used = {row["sha256"] for row in loaded.rows("material_files")}
    assert largest["sha256"] in used


def test_queue_heads_have_documents_naming_their_ship(loaded: LoadedWorld) -> None:
    applications = {row["id"]: row for row in loaded.rows("applications")}
    usage: dict[str, int] = {}
    for file in loaded.rows("material_files"):
        usage[file["sha256"]] = usage.get(file["sha256"], 0) + 1
    own = 0
    for file in loaded.rows("material_files"):
        record = applications.get(file["record_id"])
        if record is None or file["record_kind"] != RecordKind.APPLICATION:
            continue
        if usage[file["sha256"]] > 1:
            continue
        with pymupdf.open(stream=_blob(loaded, file["sha256"]), filetype="pdf") as doc:
            lines = doc[0].get_text().splitlines()
        if any(line.startswith("船名：") for line in lines):
            assert f"船名：{record['ship_name']}" in lines
            own += 1
    assert own >= 50


def test_pdf_makers_write_real_chinese_pdfs() -> None:
    lines = ["船名：湘岳阳货1234", "船舶识别号：CN20081234567"]
    for content in (text_pdf("船舶检验证书", lines), quick_text_pdf("船舶检验证书", lines)):
        with pymupdf.open(stream=content, filetype="pdf") as doc:
            text = doc[0].get_text()
            assert "船舶检验证书" in text and "湘岳阳货1234" in text
    with pymupdf.open(stream=scanned_pdf("船舶照片", lines, pages=2), filetype="pdf") as doc:
        assert doc.page_count == 2
        assert doc[0].get_images() and not doc[0].get_text().strip()
