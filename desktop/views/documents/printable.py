"""Which lists and records have printed documents — answered without importing PyMuPDF.

The record list and the workspace ask this while they are built; the engine itself
(``cache_documents``) is imported only when something is printed.
"""

from __future__ import annotations

from core import workflow
from core.vocab import Level
from desktop.documents.records import PRINTABLE_KINDS
from desktop.models.kinds import RECORD_KINDS


def printable(kind: str) -> bool:
    """Whether records of table ``kind`` have printed documents (ship applications and
    completions)."""
    return RECORD_KINDS.get(kind) in PRINTABLE_KINDS


def approving_levels(kind: str) -> tuple[Level, ...]:
    """The levels whose 同意 a batch can print by: the chain's human levels, last first (the
    province's approval is what the documents are usually printed for)."""
    chain = workflow.chain(RECORD_KINDS[kind])
    return tuple(level for level in reversed(chain) if level is not Level.PLATFORM)
