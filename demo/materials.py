"""Material PDFs of the demo: a shared pool, per-record documents, and the material_files rows.

Files are content-addressed (SHA-256), so the world stores each content once however many
records use it. Most records share a pool of real PDFs made per material name — text documents,
several image-only scans and one 50-page scan for the viewer benchmark (SPEC §10: first page of
a cached 50-page scanned PDF in ≤ 300 ms). The records at the head of each reviewer's queue get
documents of their own that name their ship and applicant, so the first records a demo user
opens look real.

Which PDFs a record holds comes from the year's material list (``core.materials``): the rows of
its upload stage for its policy, project and 经营类别, every required one and some optional
ones, plus the 资金申请表（省市归档） the city uploads once it has passed the record.
"""

from __future__ import annotations

import hashlib
import itertools
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from core.materials import MaterialSpec, Operation, materials_for, monthly_proof_name
from core.vocab import Policy, Project, RecordKind, Stage
from demo import names
from demo.documents import Subject, is_photo, lines_for, title_of
from demo.pdf_writer import quick_text_pdf
from demo.pdfs import scanned_pdf, text_pdf


class BlobCollector:
    """Each distinct content once: its bytes (to write) and its ``blobs`` row (to insert)."""

    def __init__(self) -> None:
        self._known: set[str] = set()
        self.pending: dict[str, bytes] = {}
        self.rows: list[dict[str, Any]] = []

    def add(self, data: bytes, received_at: datetime) -> tuple[str, int]:
        """Register ``data``, first received at ``received_at``; returns its SHA-256 and size."""
        digest = hashlib.sha256(data).hexdigest()
        if digest not in self._known:
            self._known.add(digest)
            self.pending[digest] = data
            self.rows.append({"sha256": digest, "size": len(data), "created_at": received_at})
        return digest, len(data)

    def take(self) -> tuple[dict[str, bytes], list[dict[str, Any]]]:
        """The blobs added since the last call and their rows, then forget them."""
        pending, rows = self.pending, self.rows
        self.pending, self.rows = {}, []
        return pending, rows


@dataclass(frozen=True)
class Variant:
    sha256: str
    size: int
    weight: float


def _sample_subject(rng: random.Random, year: int) -> dict[str, str]:
    """The facts of the pool's sample documents: a plausible, clearly fictional record."""
    ship = names.ship_name(rng, "长沙", False, rng.randint(1, 9999))
    company = names.company(rng, "长沙")
    return {
        "form_no": f"长沙（{year}）{rng.randint(1, 999):04d}",
        "applicant": company,
        "credit_code": "91430100MA4L000000",
        "address": names.address(rng, "长沙市", "开福区"),
        "ship_name": ship,
        "ship_id_no": f"CN2010{rng.randrange(10**7):07d}",
        "port": "长沙",
        "owners": company,
        "operator": company,
        "licence_no": "湘长XKA0001",
        "certificate_no": f"湘长沙SJ（2021）{rng.randint(1, 9999):04d}",
        "gross": str(rng.randint(100, 2000)),
        "built": "2008-05-20",
        "application_date": f"{year}-06-18",
        "bank": "中国农业银行长沙支行",
        "account": names.bank_account(rng),
        "month": "见文件名",
        "foreign_teu": str(rng.randint(0, 900)),
        "domestic_teu": str(rng.randint(0, 900)),
        "last_foreign": str(rng.randint(0, 8000)),
        "last_domestic": str(rng.randint(0, 8000)),
    }


SAMPLE_NOTE = "演示共用样本材料（内容与所选记录无关）"
POOL_RECEIVED = datetime(2024, 3, 1, 1, 0, tzinfo=UTC)
"""When the shared samples reached the server: the first day of the declaration period."""
CERTIFICATE_WORDS = ("证书", "执照", "证明书", "营业运输证")
VIEWER_WORD = "检验"


class MaterialPool:
    """Shared PDFs per material name, with weights for how often each variant is used."""

    def __init__(
        self,
        material_names: Iterable[str],
        rng: random.Random,
        blobs: BlobCollector,
        year: int,
        viewer_pages: int,
    ) -> None:
        self._variants: dict[str, list[Variant]] = {}
        self.viewer: tuple[str, int] | None = None
        for index, name in enumerate(sorted(set(material_names))):
            lines = [SAMPLE_NOTE, *lines_for(name, _sample_subject(rng, year))]
            self._variants[name] = self._make(name, lines, index, blobs, viewer_pages)
        self._cumulative = {
            name: list(itertools.accumulate(v.weight for v in variants))
            for name, variants in self._variants.items()
        }

    def _make(
        self, name: str, lines: list[str], seed: int, blobs: BlobCollector, viewer_pages: int
    ) -> list[Variant]:
        title = title_of(name)

        def variant(data: bytes, weight: float) -> Variant:
            digest, size = blobs.add(data, POOL_RECEIVED)
            return Variant(digest, size, weight)

        if is_photo(name):
            return [
                variant(scanned_pdf(title, lines, pages=1, seed=seed), 1.0),
                variant(scanned_pdf(title, lines, pages=2, seed=seed + 1000), 1.0),
            ]
        made = [variant(text_pdf(title, lines), 1.0), variant(text_pdf(title, lines[1:]), 1.0)]
        if any(word in name for word in CERTIFICATE_WORDS):
            made.append(variant(scanned_pdf(title, lines, pages=1, seed=seed), 1.0))
        if VIEWER_WORD in name and self.viewer is None:
            book = scanned_pdf(title, lines, pages=viewer_pages, seed=seed, dpi=100)
            chosen = variant(book, 0.3)
            self.viewer = (chosen.sha256, chosen.size)
            made.append(chosen)
        return made

    def pick(self, name: str, rng: random.Random) -> tuple[str, int]:
        """A variant of the named material, by weight."""
        variants = self._variants[name]
        chosen = rng.choices(variants, cum_weights=self._cumulative[name])[0]
        return chosen.sha256, chosen.size

    def names(self) -> list[str]:
        return list(self._variants)


def pool_names(specs: Sequence[MaterialSpec], year: int) -> list[str]:
    """Every concrete material name of a year: the list's names, the monthly one per month."""
    concrete = [spec.name for spec in specs if not spec.is_monthly_template]
    return concrete + [monthly_proof_name(year, month) for month in range(1, 13)]


@lru_cache(maxsize=256)
def ship_specs(
    specs: tuple[MaterialSpec, ...],
    stage: Stage,
    policy: Policy,
    project: Project,
    operation: Operation,
) -> tuple[MaterialSpec, ...]:
    """The list rows of one ship upload (cached: there are few distinct combinations)."""
    return tuple(materials_for(specs, stage, policy, project, operation))


@dataclass(frozen=True)
class StoredFile:
    """One PDF of a record as the material_files row needs it."""

    stage: Stage
    name: str
    sha256: str
    size: int
    uploaded_at: datetime


class MaterialMaker:
    """Chooses and makes a record's files: pool copies, or documents of its own."""

    def __init__(self, pool: MaterialPool, blobs: BlobCollector, rng: random.Random) -> None:
        self._pool = pool
        self._blobs = blobs
        self._rng = rng

    def files(
        self,
        specs: Iterable[MaterialSpec],
        uploaded_at: datetime,
        subject: Subject | None,
        archive_at: datetime | None = None,
    ) -> list[StoredFile]:
        """The files of one upload; ``subject`` set means documents of the record's own.

        ``archive_at`` is when the city uploaded its 省市归档 copy (None: not yet).
        """
        chosen: list[StoredFile] = []
        for spec in specs:
            at = uploaded_at
            if spec.uploaded_by_city_or_province:
                if archive_at is None:
                    continue
                at = archive_at
            elif not spec.required and self._rng.random() >= 0.4:
                continue
            digest, size = self._content(spec.name, subject, at)
            chosen.append(StoredFile(spec.stage, spec.name, digest, size, at))
        return chosen

    def _content(self, name: str, subject: Subject | None, at: datetime) -> tuple[str, int]:
        if subject is None or is_photo(name):
            return self._pool.pick(name, self._rng)
        return self._blobs.add(quick_text_pdf(title_of(name), lines_for(name, subject)), at)


def material_rows(
    kind: RecordKind,
    record_id: str,
    region_code: str,
    files: Iterable[StoredFile],
    new_id: Callable[[], str],
) -> list[dict[str, Any]]:
    """The ``material_files`` rows of one record's files."""
    return [
        {
            "id": new_id(),
            "region_code": region_code,
            "record_kind": kind.value,
            "record_id": record_id,
            "stage": file.stage.value,
            "name": file.name,
            "sha256": file.sha256,
            "size": file.size,
            "uploaded_at": file.uploaded_at,
        }
        for file in files
    ]
