"""The zip inspector against real zips, real PDFs and hand-built hostile archives.

Hostile archives are written byte by byte (``raw_zip``) so a test can set exactly the flag,
size, CRC or name bytes an attacker or an old Windows zip tool would.
"""

from __future__ import annotations

import hashlib
import io
import random
import struct
import zipfile
import zlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from core.material_list_2024 import MATERIAL_LIST_2024
from core.materials import MIB, Operation, materials_for
from core.pdf_sniff import PdfVerdict, check_pdf, is_archive
from core.vocab import Policy, Project, Stage
from core.zip_inspector import (
    Expectation,
    ExpectedFile,
    InspectionReport,
    ProblemCode,
    ZipChangedError,
    ZipLimits,
    ZipProblem,
    extract_accepted,
    inspect_zip,
)

P = ProblemCode
FORM = "资金申请表（申请）.pdf"
CERT = "船舶检验证书（船检）.pdf"
PHOTO = "船舶照片（申请）.pdf"
ONE_FORM = Expectation((ExpectedFile(FORM, Decimal(5), True),))
FORM_AND_CERT = Expectation(
    (ExpectedFile(FORM, Decimal(5), True), ExpectedFile(CERT, Decimal(10), True))
)
REAL_PDF_CANDIDATES = (
    Path("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf"),
    Path("/usr/share/doc/libtasn1-doc/libtasn1.pdf"),
)


# --- building PDFs and zips -------------------------------------------------------------------


def make_pdf(text: str, pages: int = 1) -> bytes:
    """A real PDF with Chinese text, as a scanner's OCR layer would carry."""
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page()
        page.insert_text((72, 72), f"{text} 第{n + 1}页", fontname="china-s", fontsize=14)
    return doc.tobytes()


def big_pdf(payload: int, seed: int = 7) -> bytes:
    """A valid PDF of at least ``payload`` bytes that does not compress (a scan stand-in)."""
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "扫描件", fontname="china-s")
    doc.embfile_add("scan", random.Random(seed).randbytes(payload))
    return doc.tobytes()


def real_pdf() -> bytes:
    """A PDF made by another producer: one shipped on the machine, else an image page."""
    for path in REAL_PDF_CANDIDATES:
        if path.exists():
            return path.read_bytes()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 64, 64), False)
    pix.clear_with(200)
    doc = pymupdf.open()
    doc.new_page().insert_image(pymupdf.Rect(0, 0, 64, 64), pixmap=pix)
    return doc.tobytes(garbage=4, deflate=True)


def zip_bytes(files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buf.getvalue()


@dataclass(frozen=True)
class RawEntry:
    """One entry of a hand-built zip; the overrides write lies into both headers."""

    name: bytes
    data: bytes = b""
    method: int = 8
    flags: int = 0
    crc: int | None = None
    size: int | None = None
    extra: bytes = b""
    compressed: bytes | None = None


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def raw_zip(entries: list[RawEntry]) -> bytes:
    """Local headers, data, central directory and end record, exactly as told."""
    body, central = b"", b""
    for e in entries:
        payload = e.compressed if e.compressed is not None else _payload(e)
        crc = zlib.crc32(e.data) if e.crc is None else e.crc
        size = len(e.data) if e.size is None else e.size
        fields = (20, e.flags, e.method, 0, 0x21, crc, len(payload), size, len(e.name))
        local = struct.pack("<4s5H3I2H", b"PK\x03\x04", *fields, len(e.extra))
        central += struct.pack(
            "<4s6H3I5H2I", b"PK\x01\x02", 20, *fields, len(e.extra), 0, 0, 0, 0, len(body)
        )
        central += e.name + e.extra
        body += local + e.name + e.extra + payload
    end = struct.pack(
        "<4s4H2IH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(body), 0
    )
    return body + central + end


def _payload(e: RawEntry) -> bytes:
    return _deflate(e.data) if e.method == 8 else e.data


def zeros_deflated(total: int) -> tuple[bytes, int]:
    """``total`` zero bytes deflated without ever holding them in memory, and their CRC."""
    packer, crc, out = zlib.compressobj(9, zlib.DEFLATED, -15), 0, []
    block = bytes(MIB)
    for _ in range(total // MIB):
        out.append(packer.compress(block))
        crc = zlib.crc32(block, crc)
    out.append(packer.flush())
    return b"".join(out), crc


def inspect(data: bytes, expected: Expectation = ONE_FORM, **limits: Any) -> InspectionReport:
    return inspect_zip(io.BytesIO(data), expected, ZipLimits(**limits))


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- valid zips -------------------------------------------------------------------------------


def test_a_valid_ministry_scrapping_zip_passes_with_the_sha256_of_every_pdf(
    tmp_path: Path,
) -> None:
    specs = materials_for(
        MATERIAL_LIST_2024, Stage.APPLICATION, Policy.MINISTRY, Project.SCRAP, Operation.OPERATING
    )
    pdfs = {s.name: make_pdf(s.name) for s in specs if s.required}
    del pdfs["资金申请表（省市归档）.pdf"]
    path = tmp_path / "计划申请材料（拆解、营运船、船检安环合一）.zip"
    path.write_bytes(zip_bytes(pdfs))

    report = inspect_zip(path, specs)

    assert report.ok is True
    assert report.problems == ()
    assert report.summary() == "压缩包检查通过"
    assert [(f.name, f.size, f.sha256) for f in report.files] == [
        (name, len(data), sha(data)) for name, data in pdfs.items()
    ]
    assert [f.entry_index for f in report.files] == [0, 1, 2, 3, 4, 5]
    extracted = list(extract_accepted(path, report))
    assert [(x.name, x.data, x.sha256) for x in extracted] == [
        (name, data, sha(data)) for name, data in pdfs.items()
    ]


def test_a_pdf_from_another_producer_is_accepted() -> None:
    other = real_pdf()
    report = inspect(zip_bytes({FORM: make_pdf("申请表"), CERT: other}), FORM_AND_CERT)

    assert report.ok is True
    assert report.files[1].name == CERT
    assert report.files[1].sha256 == sha(other)
    assert check_pdf(other).verdict is PdfVerdict.OK


def test_extension_case_a_wrapping_folder_and_macos_clutter_are_tolerated() -> None:
    form, cert = make_pdf("申请表"), make_pdf("船检")
    data = zip_bytes(
        {
            "计划申请材料/": b"",
            "计划申请材料/资金申请表（申请）.Pdf": form,
            "计划申请材料/船舶检验证书（船检）.PDF": cert,
            "计划申请材料/.DS_Store": b"\x00\x00\x00\x01Bud1",
            "__MACOSX/计划申请材料/._资金申请表（申请）.Pdf": b"\x00\x05\x16\x07",
            "计划申请材料/Thumbs.db": b"junk",
        }
    )

    report = inspect(data, FORM_AND_CERT)

    assert report.ok is True
    assert [(f.name, f.sha256, f.entry_index) for f in report.files] == [
        (FORM, sha(form), 1),
        (CERT, sha(cert), 2),
    ]


# --- archive-level problems -------------------------------------------------------------------


def test_text_is_not_a_zip() -> None:
    report = inspect("这不是压缩包".encode())

    assert report.problems == (
        ZipProblem(
            P.NOT_A_ZIP,
            "",
            "上传的文件不是 Zip 压缩包，请把 PDF 材料压缩为 .zip 文件后重新上传"
            "（不支持 rar、7z 格式）",
        ),
    )
    assert report.files == ()


def test_a_truncated_zip_is_a_corrupt_archive() -> None:
    data = zip_bytes({FORM: make_pdf("申请表")})

    report = inspect(data[: len(data) // 2])

    assert report.problems == (
        ZipProblem(P.CORRUPT_ARCHIVE, "", "压缩包已损坏，无法读取其中的文件目录，请重新打包后上传"),
    )


def test_an_oversize_zip_is_reported_with_its_size_and_the_year_limit() -> None:
    data = zip_bytes({FORM: big_pdf(2_560_000)}, zipfile.ZIP_STORED)
    target = int(Decimal("2.5") * MIB)
    buf = io.BytesIO(data)
    with zipfile.ZipFile(buf, "a") as archive:
        archive.comment = b"x" * (target - len(data))
    assert len(buf.getvalue()) == target

    report = inspect(
        buf.getvalue(), Expectation((ExpectedFile(FORM, Decimal(10), True),)), zip_mb=Decimal(2)
    )

    assert report.problems == (
        ZipProblem(
            P.ZIP_TOO_LARGE,
            "",
            "压缩包为 2.5 MB，超过本年度压缩包上限 2 MB，"
            "请降低 PDF 扫描分辨率或改用黑白模式后重新打包",
        ),
    )
    assert [f.name for f in report.files] == [FORM]


def test_an_empty_zip_says_so_and_lists_what_is_missing() -> None:
    assert inspect(zip_bytes({})).codes == [P.EMPTY_ZIP, P.MISSING_REQUIRED]


def test_too_many_entries_stop_the_inspection() -> None:
    data = zip_bytes({f"{n}.pdf": b"" for n in range(201)}, zipfile.ZIP_STORED)

    report = inspect(data)

    assert report.problems == (
        ZipProblem(
            P.TOO_MANY_FILES,
            "",
            "压缩包中有 201 个条目，超过上限 200 个，请只放入材料清单中的 PDF 后重新打包",
        ),
    )


# --- hostile entries --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (b"../x.pdf", "包含上级目录“..”"),
        (b"a/../../x.pdf", "包含上级目录“..”"),
        (b"/etc/x.pdf", "使用了绝对路径"),
        (b"C:\\x.pdf", "包含盘符"),
        (b"c:/x.pdf", "包含盘符"),
        (b"dir\\x.pdf", "包含反斜杠“\\”"),
        (b"x\x00.pdf", "包含控制字符"),
    ],
)
def test_paths_that_escape_the_folder_are_reported_and_never_read(name: bytes, reason: str) -> None:
    form = make_pdf("申请表")
    data = raw_zip([RawEntry(FORM.encode(), form, flags=0x800), RawEntry(name, b"not read")])

    report = inspect(data)

    shown = name.decode().replace("\x00", "\\0")
    assert report.problems == (
        ZipProblem(
            P.UNSAFE_PATH,
            shown,
            f"“{shown}”的路径不安全（{reason}），请把文件直接放在压缩包中后重新打包",
        ),
    )
    assert [f.name for f in report.files] == [FORM]


def test_two_hundred_megabytes_of_zeros_are_a_bomb_stopped_early() -> None:
    compressed, crc = zeros_deflated(200 * MIB)
    bomb = RawEntry(CERT.encode(), method=8, crc=crc, size=200 * MIB, compressed=compressed)
    data = raw_zip([RawEntry(FORM.encode(), make_pdf("申请表"), flags=0x800), bomb])

    report = inspect(data, FORM_AND_CERT)

    assert report.problems == (
        ZipProblem(
            P.ZIP_BOMB,
            CERT,
            f"“{CERT}”解压后异常膨胀（压缩比超过 100:1），不是正常的扫描 PDF，请检查后重新打包",
        ),
    )
    assert [f.name for f in report.files] == [FORM]


def test_a_bomb_lying_about_its_size_in_the_headers_is_still_refused() -> None:
    compressed, crc = zeros_deflated(200 * MIB)
    liar = RawEntry(CERT.encode(), flags=0x800, crc=crc, size=1000, compressed=compressed)
    data = raw_zip([RawEntry(FORM.encode(), make_pdf("申请表")), liar])

    report = inspect(data, FORM_AND_CERT)

    assert report.codes == [P.CRC_MISMATCH]
    assert report.problems[0].name == CERT
    assert [f.name for f in report.files] == [FORM]


def test_a_bomb_that_claims_a_huge_compressed_size_is_caught_by_the_total_budget() -> None:
    compressed, crc = zeros_deflated(64 * MIB)
    padded = compressed + b"\x00" * (1 * MIB)  # a compressed size that makes the ratio look sane
    entry = RawEntry(FORM.encode(), crc=crc, size=64 * MIB, compressed=padded)

    report = inspect(raw_zip([entry]), max_total_mb=Decimal(30), max_ratio=1000)

    assert report.codes == [P.ZIP_BOMB]
    assert report.problems[0] == ZipProblem(
        P.ZIP_BOMB, "", "压缩包解压后的总大小超过 30 MB，请只放入材料清单中的 PDF 后重新打包"
    )


def test_many_honest_entries_together_exceed_the_total_budget() -> None:
    files = {f"{n}.pdf": big_pdf(600_000, seed=n) for n in range(3)}

    report = inspect(zip_bytes(files), Expectation(()), max_total_mb=Decimal(1))

    # names are still checked after the budget stops the reading
    assert report.codes == [P.ZIP_BOMB, P.UNKNOWN_NAME, P.UNKNOWN_NAME, P.UNKNOWN_NAME]
    assert report.problems[-1].name == "2.pdf"


def test_an_entry_with_the_encryption_flag_is_refused_unread() -> None:
    form = make_pdf("申请表")
    data = raw_zip([RawEntry(FORM.encode(), form, flags=0x800 | 0x1)])

    report = inspect(data)

    assert report.problems == (
        ZipProblem(P.ENCRYPTED_ENTRY, FORM, f"“{FORM}”在压缩包中设置了密码，请不要加密，重新打包"),
    )
    assert report.files == ()


def test_a_wrong_crc_is_found_by_reading_the_entry() -> None:
    form = make_pdf("申请表")
    data = raw_zip([RawEntry(FORM.encode(), form, flags=0x800, crc=zlib.crc32(form) ^ 1)])

    report = inspect(data)

    assert report.problems == (
        ZipProblem(
            P.CRC_MISMATCH,
            FORM,
            f"“{FORM}”校验失败（CRC 错误，内容与压缩包的记录不符），压缩包可能已损坏，请重新打包",
        ),
    )


def test_garbage_in_place_of_deflated_data_is_a_corrupt_entry() -> None:
    form = make_pdf("申请表")
    entry = RawEntry(FORM.encode(), form, flags=0x800, compressed=b"\xff" * 64)

    report = inspect(raw_zip([entry]))

    assert report.problems == (
        ZipProblem(P.CORRUPT_ENTRY, FORM, f"“{FORM}”在压缩包中已损坏，无法解压，请重新打包"),
    )


def test_an_unknown_compression_method_is_reported() -> None:
    entry = RawEntry(FORM.encode(), b"data", method=9, flags=0x800, compressed=b"data")

    assert inspect(raw_zip([entry])).codes == [P.UNSUPPORTED_METHOD]


def test_a_text_file_named_pdf_is_not_a_pdf() -> None:
    data = zip_bytes({FORM: "资金申请表的文字说明".encode(), CERT: b"\xff\xd8\xff\xe0JFIF"})

    report = inspect(data, FORM_AND_CERT)

    assert report.problems == (
        ZipProblem(
            P.NOT_PDF, FORM, f"“{FORM}”不是有效的 PDF 文件（内容不是 PDF），请扫描为 PDF 后重新打包"
        ),
        ZipProblem(
            P.NOT_PDF, CERT, f"“{CERT}”不是有效的 PDF 文件（内容不是 PDF），请扫描为 PDF 后重新打包"
        ),
    )
    assert report.files == ()


def test_encrypted_and_damaged_pdfs_are_refused() -> None:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "加密", fontname="china-s")
    locked = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u1", owner_pw="o1")
    restricted = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="o1", permissions=0)
    no_pages = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )
    names = ["a（锁）.pdf", "b（限）.pdf", "c（坏）.pdf", "d（空）.pdf"]
    contents = [locked, restricted, b"%PDF-1.7\nnot really", no_pages]
    expected = Expectation(tuple(ExpectedFile(n, Decimal(5), True) for n in names))

    report = inspect(zip_bytes(dict(zip(names, contents, strict=True))), expected)

    assert [(p.code, p.message) for p in report.problems] == [
        (P.PDF_ENCRYPTED, "“a（锁）.pdf”是加密的 PDF（打开需要密码），请去掉密码后重新打包"),
        (
            P.PDF_ENCRYPTED,
            "“b（限）.pdf”是加密的 PDF（设置了权限密码，可能无法打印），请去掉密码后重新打包",
        ),
        (P.PDF_DAMAGED, "“c（坏）.pdf”是损坏的 PDF 文件，无法打开，请重新扫描为 PDF 后重新打包"),
        (P.PDF_DAMAGED, "“d（空）.pdf”是没有任何页面的 PDF 文件，请重新扫描为 PDF 后重新打包"),
    ]
    assert check_pdf(locked).verdict is PdfVerdict.NEEDS_PASSWORD
    assert check_pdf(restricted).verdict is PdfVerdict.RESTRICTED


def test_nested_archives_are_refused_by_name_and_by_content() -> None:
    inner = zip_bytes({FORM: make_pdf("申请表")})
    data = zip_bytes({FORM: make_pdf("申请表"), "材料.zip": inner, CERT: inner, "x.rar": b"Rar!"})

    report = inspect(data, FORM_AND_CERT)

    assert [(p.code, p.name) for p in report.problems] == [
        (P.NESTED_ARCHIVE, "材料.zip"),
        (P.NESTED_ARCHIVE, CERT),
        (P.NESTED_ARCHIVE, "x.rar"),
    ]
    assert report.problems[0].message == (
        "“材料.zip”是压缩包，压缩包中不能再套压缩包，请解压后把其中的 PDF 直接放入压缩包"
    )
    assert is_archive("a.7z", b"") is True
    assert is_archive("a.pdf", b"7z\xbc\xaf\x27\x1c") is True
    assert is_archive("a.pdf", b"%PDF-1.7") is False


# --- sizes ------------------------------------------------------------------------------------


def test_an_oversize_pdf_names_its_size_and_the_material_limit() -> None:
    big = b"%PDF-1.7\n" + bytes(int(Decimal("23.5") * MIB) - 9)
    data = zip_bytes({FORM: make_pdf("申请表"), CERT: big}, zipfile.ZIP_STORED)

    report = inspect(data, FORM_AND_CERT)

    assert report.problems == (
        ZipProblem(
            P.FILE_TOO_LARGE,
            CERT,
            "文件“船舶检验证书（船检）.pdf”为 23.5 MB，超过该材料上限 10 MB，请压缩后重新打包",
        ),
    )
    assert [f.name for f in report.files] == [FORM]


def test_the_year_pdf_limit_caps_a_generous_material_limit() -> None:
    expected = Expectation((ExpectedFile(CERT, Decimal(10), True),))
    data = zip_bytes({CERT: b"%PDF-1.7\n" + bytes(6 * MIB)}, zipfile.ZIP_STORED)

    report = inspect(data, expected, pdf_mb=Decimal(5))

    assert report.problems == (
        ZipProblem(
            P.FILE_TOO_LARGE,
            CERT,
            "文件“船舶检验证书（船检）.pdf”为 6.1 MB，超过本年度 PDF 上限 5 MB，请压缩后重新打包",
        ),
    )


def test_an_oversize_file_that_is_not_a_pdf_gets_both_problems() -> None:
    data = zip_bytes({FORM: b"GIF89a" + bytes(6 * MIB)}, zipfile.ZIP_STORED)

    assert inspect(data).codes == [P.FILE_TOO_LARGE, P.NOT_PDF]


def test_a_file_beyond_the_hard_read_cap_is_reported_as_larger_than_the_cap() -> None:
    data = zip_bytes({FORM: b"%PDF-1.7\n" + bytes(3 * MIB)}, zipfile.ZIP_STORED)

    report = inspect(data, pdf_mb=Decimal(1), zip_mb=Decimal(2))

    assert [p.message for p in report.problems] == [
        "压缩包为 3.1 MB，超过本年度压缩包上限 2 MB，请降低 PDF 扫描分辨率或改用黑白模式后重新打包",
        "文件“资金申请表（申请）.pdf”大于 2 MB，超过本年度 PDF 上限 1 MB，请压缩后重新打包",
    ]


# --- names ------------------------------------------------------------------------------------


def test_ascii_parentheses_spaces_and_a_wrong_extension_get_the_right_name_suggested() -> None:
    form, cert = make_pdf("申请表"), make_pdf("船检")
    data = zip_bytes({"资金申请表(申请).pdf": form, "船舶检验证书 （船检）.PDF": cert})

    report = inspect(data, FORM_AND_CERT)

    assert report.problems == (
        ZipProblem(
            P.MISNAMED,
            "资金申请表(申请).pdf",
            "文件名“资金申请表(申请).pdf”与规定不一致，应为“资金申请表（申请）.pdf”（包括中文圆括号），请改名后重新打包",
        ),
        ZipProblem(
            P.MISNAMED,
            "船舶检验证书 （船检）.PDF",
            "文件名“船舶检验证书 （船检）.PDF”与规定不一致，"
            "应为“船舶检验证书（船检）.pdf”（包括中文圆括号），请改名后重新打包",
        ),
    )
    assert report.files == ()


def test_a_misnamed_jpeg_is_both_misnamed_and_not_a_pdf() -> None:
    data = zip_bytes({"资金申请表（申请）.jpg": b"\xff\xd8\xff\xe0JFIF"})

    assert inspect(data).codes == [P.NOT_PDF, P.MISNAMED]


def test_unknown_reserved_subfolder_and_duplicate_names() -> None:
    form = make_pdf("申请表")
    specs = materials_for(
        MATERIAL_LIST_2024, Stage.APPLICATION, Policy.PROVINCE, Project.NEW, Operation.OPERATING
    )
    expected = Expectation.from_specs(
        [s for s in specs if s.name == FORM or s.uploaded_by_city_or_province]
    )
    data = zip_bytes(
        {
            FORM: form,
            "资金申请表（申请）.PDF": form,
            "资金申请表（省市归档）.pdf": form,
            "其他材料.pdf": form,
            "子目录/说明.pdf": form,
        }
    )

    report = inspect(data, expected)

    assert [(p.code, p.name) for p in report.problems] == [
        (P.RESERVED_NAME, "资金申请表（省市归档）.pdf"),
        (P.UNKNOWN_NAME, "其他材料.pdf"),
        (P.SUBFOLDER, "子目录/说明.pdf"),
        (P.UNKNOWN_NAME, "子目录/说明.pdf"),
        (P.DUPLICATE, FORM),
    ]
    assert [p.message for p in report.problems] == [
        "“资金申请表（省市归档）.pdf”由市州或省中心上传，申请材料压缩包中不要包含该文件，请删除后重新打包",
        "“其他材料.pdf”不在本次应上传的材料清单中，请按清单中的名称改名，或删除该文件后重新打包",
        "“子目录/说明.pdf”放在了子文件夹中，请把所有 PDF 放在压缩包的同一层后重新打包",
        "“子目录/说明.pdf”不在本次应上传的材料清单中，请按清单中的名称改名，或删除该文件后重新打包",
        "压缩包中有 2 个“资金申请表（申请）.pdf”"
        "（资金申请表（申请）.pdf、资金申请表（申请）.PDF），请只保留一个后重新打包",
    ]
    assert report.files == ()


def test_the_city_uploads_only_its_archive_form() -> None:
    specs = materials_for(
        MATERIAL_LIST_2024, Stage.APPLICATION, Policy.PROVINCE, Project.NEW, Operation.OPERATING
    )
    archive_form = make_pdf("省市归档")
    expected = Expectation.from_specs(specs, city_or_province=True)

    report = inspect(zip_bytes({"资金申请表（省市归档）.pdf": archive_form}), expected)

    assert expected.files == (ExpectedFile("资金申请表（省市归档）.pdf", Decimal(5), True),)
    assert report.ok is True
    assert report.files[0].sha256 == sha(archive_form)


def test_missing_required_materials_are_listed_in_list_order() -> None:
    specs = materials_for(
        MATERIAL_LIST_2024, Stage.COMPLETION, Policy.MINISTRY, Project.SCRAP, Operation.FERRY
    )
    data = zip_bytes({"船舶注销登记证明书（所有权）.pdf": make_pdf("注销")})

    report = inspect(data, Expectation.from_specs(specs))

    assert report.problems == (
        ZipProblem(
            P.MISSING_REQUIRED,
            "拆解完工报告书（拆解）.pdf",
            "压缩包中缺少必需材料“拆解完工报告书（拆解）.pdf”，请扫描为 PDF 并按此名称放入压缩包",
        ),
        ZipProblem(
            P.MISSING_REQUIRED,
            "拆解前后照片（拆解）.pdf",
            "压缩包中缺少必需材料“拆解前后照片（拆解）.pdf”，请扫描为 PDF 并按此名称放入压缩包",
        ),
    )


def test_optional_materials_may_be_left_out() -> None:
    expected = Expectation(
        (ExpectedFile(FORM, Decimal(5), True), ExpectedFile(PHOTO, Decimal(10), False))
    )

    assert inspect(zip_bytes({FORM: make_pdf("申请表")}), expected).ok is True


def test_gbk_names_from_chinese_windows_are_decoded() -> None:
    form, cert = make_pdf("申请表"), make_pdf("船检")
    data = raw_zip([RawEntry(FORM.encode("gbk"), form), RawEntry(CERT.encode("gbk"), cert)])
    assert zipfile.ZipFile(io.BytesIO(data)).namelist()[0] != FORM  # zipfile alone gets it wrong

    report = inspect(data, FORM_AND_CERT)

    assert report.ok is True
    assert [(f.name, f.sha256) for f in report.files] == [(FORM, sha(form)), (CERT, sha(cert))]


def test_utf8_names_without_the_flag_and_the_unicode_path_field_are_decoded() -> None:
    form, cert = make_pdf("申请表"), make_pdf("船检")
    legacy = b"????.pdf"
    field = b"\x01" + struct.pack("<I", zlib.crc32(legacy)) + CERT.encode()
    extra = struct.pack("<HH", 0x7075, len(field)) + field
    data = raw_zip([RawEntry(FORM.encode(), form), RawEntry(legacy, cert, extra=extra)])

    report = inspect(data, FORM_AND_CERT)

    assert report.ok is True
    assert [f.name for f in report.files] == [FORM, CERT]


def test_a_unicode_path_field_for_another_name_is_ignored() -> None:
    stale = b"\x01" + struct.pack("<I", 12345) + CERT.encode()
    extra = struct.pack("<HH", 0x7075, len(stale)) + stale
    data = raw_zip([RawEntry(FORM.encode("gbk"), make_pdf("申请表"), extra=extra)])

    report = inspect(data)

    assert report.ok is True
    assert report.files[0].name == FORM


# --- everything at once -----------------------------------------------------------------------


def test_a_zip_with_five_problems_reports_all_five_at_once() -> None:
    specs = materials_for(
        MATERIAL_LIST_2024, Stage.APPLICATION, Policy.MINISTRY, Project.SCRAP, Operation.OPERATING
    )
    expected = Expectation.from_specs(specs)
    present = [f.name for f in expected.files if f.required]
    files = [RawEntry(n.encode(), make_pdf(n), flags=0x800) for n in present[1:]]
    files[0] = RawEntry(files[0].name, "纯文字".encode(), flags=0x800)  # not a PDF
    files[1] = RawEntry(files[1].name, b"%PDF-1.7\n" + bytes(6 * MIB), method=0, flags=0x800)
    files.append(RawEntry("../逃逸.pdf".encode(), make_pdf("x"), flags=0x800))
    files.append(RawEntry("船舶照片(申请).pdf".encode(), make_pdf("照片"), flags=0x800))

    report = inspect(raw_zip(files), expected)

    assert [(p.code, p.name) for p in report.problems] == [
        (P.UNSAFE_PATH, "../逃逸.pdf"),
        (P.NOT_PDF, "营业执照或身份证件（申请人）.pdf"),
        (P.FILE_TOO_LARGE, "船舶所有权登记证书（登记）.pdf"),
        (P.MISNAMED, "船舶照片(申请).pdf"),
        (P.MISSING_REQUIRED, "资金申请表（申请）.pdf"),
    ]
    assert [f.name for f in report.files] == [
        "船舶检验证书（船检）.pdf",
        "船舶营业运输证（营运证）.pdf",
        "经营许可证（水路运输）.pdf",
    ]
    assert report.summary().splitlines()[0] == "压缩包有 5 个问题，请全部改正后重新上传："
    assert report.summary().splitlines()[5] == (
        "5. 压缩包中缺少必需材料“资金申请表（申请）.pdf”，请扫描为 PDF 并按此名称放入压缩包"
    )


# --- extraction -------------------------------------------------------------------------------


def test_extraction_refuses_a_rejected_report() -> None:
    data = zip_bytes({})
    report = inspect(data)

    with pytest.raises(ValueError, match="压缩包未通过检查，不能保存其中的文件"):
        list(extract_accepted(io.BytesIO(data), report))


def test_extraction_notices_a_zip_changed_after_inspection() -> None:
    report = inspect(zip_bytes({FORM: make_pdf("申请表")}))
    swapped = zip_bytes({FORM: make_pdf("另一份申请表")})

    with pytest.raises(ZipChangedError, match=r"“资金申请表（申请）\.pdf”与检查时不一致"):
        list(extract_accepted(io.BytesIO(swapped), report))


def test_limits_outside_the_year_ranges_are_refused() -> None:
    with pytest.raises(ValueError) as caught:
        ZipLimits(pdf_mb=Decimal(21), zip_mb=Decimal(1))

    assert str(caught.value) == (
        "PDF 文件大小上限 21 MB 无效，应在 1-20 之间；压缩包大小上限 1 MB 无效，应在 2-60 之间"
    )
