"""Ready-made upload zips for handlers to try (``<data_dir>/demo-zips/``).

Each zip is made for a real demo record waiting for its materials: one that passes the zip
inspector, one that breaks several rules at once (a missing required PDF, a name with ASCII
parentheses, an unknown name, a photo renamed .pdf, the file only the city may upload, a path
that escapes the folder) so the handler sees every problem listed in one message (SPEC §6), and
one month's proof for a cargo owner's next monthly report. A 说明.txt says which record each is
for. Entries carry a fixed timestamp, so the same seed gives byte-identical zips.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pymupdf

from core.materials import MaterialSpec, applicant_materials, monthly_proof_name
from demo.documents import Subject, lines_for, title_of
from demo.pdf_writer import quick_text_pdf

FOLDER = "demo-zips"
_STAMP = (2024, 9, 1, 9, 30, 0)


@dataclass(frozen=True)
class UploadTarget:
    """A record waiting for its upload: what to call the zip and what goes in it."""

    description: str
    zip_stem: str
    specs: tuple[MaterialSpec, ...]
    subject: Subject


def _zip(entries: Iterable[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def _document(spec: MaterialSpec, subject: Subject) -> bytes:
    return quick_text_pdf(title_of(spec.name), lines_for(spec.name, subject))


def _photo_bytes() -> bytes:
    """A small JPEG: what a phone photo saved under a .pdf name really is."""
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 64, 48), False)
    pixmap.clear_with(200)
    return pixmap.tobytes("jpeg")


def valid_zip(target: UploadTarget) -> bytes:
    """Every PDF the applicant uploads for the record, named exactly as the list says."""
    specs = applicant_materials(target.specs)
    return _zip((spec.name, _document(spec, target.subject)) for spec in specs)


def faulty_zip(target: UploadTarget) -> bytes:
    """The same upload with six different mistakes (see the module docstring)."""
    specs = applicant_materials(target.specs)
    required = [spec for spec in specs if spec.required]
    missing, misnamed, not_pdf, escaping = required[0], required[1], required[2], required[3]
    reserved = [spec for spec in target.specs if spec.uploaded_by_city_or_province]
    entries: list[tuple[str, bytes]] = []
    for spec in specs:
        if spec in (missing, misnamed, not_pdf, escaping):
            continue
        entries.append((spec.name, _document(spec, target.subject)))
    wrong_name = misnamed.name.replace("（", "(").replace("）", ")")
    entries += [
        (wrong_name, _document(misnamed, target.subject)),
        (not_pdf.name, _photo_bytes()),
        (f"../{escaping.name}", _document(escaping, target.subject)),
        ("其他补充材料.pdf", quick_text_pdf("其他补充材料", ["清单中没有这份材料"])),
    ]
    entries += [(spec.name, _document(spec, target.subject)) for spec in reserved]
    return _zip(entries)


def monthly_zip(year: int, month: int, subject: Subject) -> bytes:
    """One month's proof, named by the month (§4.3.2)."""
    name = monthly_proof_name(year, month)
    return _zip([(name, quick_text_pdf(title_of(name), lines_for(name, subject)))])


def demo_zip_files(
    application: UploadTarget | None,
    monthly: tuple[str, int, int, Subject] | None,
) -> Mapping[str, bytes]:
    """The files of ``demo-zips/`` by relative path, with the 说明.txt that explains them."""
    files: dict[str, bytes] = {}
    notes: list[str] = ["演示上传压缩包（每个都对应一条等待上传材料的演示记录）", ""]
    if application is not None:
        good = f"{FOLDER}/{application.zip_stem}.zip"
        bad = f"{FOLDER}/{application.zip_stem}（有问题）.zip"
        files[good] = valid_zip(application)
        files[bad] = faulty_zip(application)
        notes += [
            f"{good.split('/')[1]}：{application.description}，材料齐全、命名正确，可直接上传。",
            f"{bad.split('/')[1]}：同一条记录，但缺少必需材料、文件名用了英文括号、含清单外文件、"
            "把照片改名为 .pdf、含只能由市州上传的文件、路径越出文件夹，上传时会一次列出全部问题。",
        ]
    if monthly is not None:
        owner, year, month, subject = monthly
        name = f"{FOLDER}/{monthly_proof_name(year, month)[:-4]}（{owner}）.zip"
        files[name] = monthly_zip(year, month, subject)
        notes.append(f"{name.split('/')[1]}：货主“{owner}”{month}月集装箱月报的证明材料。")
    if files:
        files[f"{FOLDER}/说明.txt"] = ("\r\n".join(notes) + "\r\n").encode("utf-8")
    return files
