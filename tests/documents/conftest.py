"""Fixtures of the document tests: the hand-made world and the screenshot folder."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from tests.reports.world import SCHEMAS, World, build_world

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="session", params=SCHEMAS)
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> World:
    """The report tests' world on each schema: documents read the same tables."""
    return build_world(tmp_path_factory.mktemp(f"documents-world-{request.param}"), request.param)


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """``artifacts/screenshots/``: PNGs of the rendered documents, for people to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


class PdfText(str):
    """A PDF's text, searched without white space: a long value wraps inside its table cell
    and the wrap may fall on a space."""

    def __contains__(self, part: object) -> bool:
        return isinstance(part, str) and "".join(part.split()) in "".join(self.split())


def pdf_text(pdf: bytes | pymupdf.Page) -> PdfText:
    """The text of a PDF (all pages) or of one page."""
    if isinstance(pdf, pymupdf.Page):
        return PdfText(pdf.get_text())
    return PdfText("".join(page.get_text() for page in pymupdf.open("pdf", pdf)))


def save_pages(pdf: bytes, folder: Path, stem: str, dpi: int = 110) -> list[Path]:
    """Write a PNG of every page; returns their paths."""
    document = pymupdf.open("pdf", pdf)
    paths = []
    for index, page in enumerate(document, start=1):
        path = folder / f"{stem}-{index}.png"
        page.get_pixmap(dpi=dpi).save(path)
        paths.append(path)
    return paths


def assert_font_embedded(pdf: bytes) -> None:
    """Every font of every page is an embedded (subset) copy of the built-in CJK font."""
    document = pymupdf.open("pdf", pdf)
    seen = set()
    for page in document:
        for xref, ext, _kind, basefont, _name, _encoding in page.get_fonts():
            assert ext != "n/a", f"font {basefont} is not embedded"
            assert "Droid Sans Fallback" in basefont
            seen.add(xref)
    assert seen, "no font at all"
    for xref in seen:
        _name, ext, _kind, content = document.extract_font(xref)
        assert ext == "ttf" and len(content) > 1000
