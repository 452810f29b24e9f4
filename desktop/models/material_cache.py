"""The index of material files held on disk, by SHA-256 (SPEC §6, §7).

``last_used`` is a use counter, not a time: least-recently-used eviction must not depend on
the workstation's clock (which may be a day off, or be set back).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import SHA256_HEX_LENGTH, CacheBase


class CachedMaterial(CacheBase):
    """One complete, verified file in the material directory."""

    __tablename__ = "material_cache"
    __table_args__ = (Index("ix_material_cache_last_used", "last_used"),)

    sha256: Mapped[str] = mapped_column(String(SHA256_HEX_LENGTH), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    last_used: Mapped[int] = mapped_column(BigInteger)
