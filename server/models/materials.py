"""Material files (SPEC §6): which PDF of which record and stage, addressed by SHA-256.

``material_files`` syncs (the desktop lists required / present / missing from it);
``blobs`` records which contents the server holds on disk (``<data_dir>/blobs/ab/cdef…``).
A blob cannot disappear while a material file names it (foreign key, RESTRICT).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import ID_LENGTH, Base, Synced
from server.models.reviews import KIND_LENGTH

SHA256_HEX_LENGTH = 64


class Blob(Base):
    """File content held by the server, named by its SHA-256 (hex)."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(SHA256_HEX_LENGTH), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]


class MaterialFile(Synced, Base):
    """One PDF of one record's stage, with the exact name from the year's material list."""

    __tablename__ = "material_files"
    __extra_table_args__ = (
        UniqueConstraint("record_kind", "record_id", "stage", "name"),
        Index("ix_material_files_sha256", "sha256"),
    )

    record_kind: Mapped[str] = mapped_column(String(KIND_LENGTH))
    record_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    stage: Mapped[str] = mapped_column(String(4))
    name: Mapped[str] = mapped_column(String(120))
    sha256: Mapped[str] = mapped_column(
        String(SHA256_HEX_LENGTH), ForeignKey("blobs.sha256", ondelete="RESTRICT")
    )
    size: Mapped[int] = mapped_column(BigInteger)
    uploaded_at: Mapped[datetime]
