"""Files the app saves for people — exports, printed PDFs, copies of materials.

Each is written beside its target under a temporary name and moved into place only when
complete, so a cancelled or failed save leaves neither a half-written file nor the temporary
one, and an older file of that name stays as it was until the new one is whole.

The temporary file is created with the permissions any program gives a file it creates (the
umask's), not with ``tempfile.mkstemp``'s owner-only mode: that mode is meant for secrets,
and the move keeps it, so a workbook exported into a shared folder was unreadable to the
colleagues it was for.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_ATTEMPTS = 100


@contextmanager
def saving(target: Path, suffix: str) -> Iterator[Path]:
    """A fresh empty file beside ``target`` to write; it replaces ``target`` when the block
    ends without error and is removed otherwise. ``suffix`` ends its name (".xlsx")."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = _fresh_part(target, suffix)
    try:
        yield part
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _fresh_part(target: Path, suffix: str) -> Path:
    """Create a hidden, not yet existing ``.<stem>.<random><suffix>.part`` beside ``target``."""
    for _ in range(_ATTEMPTS):
        part = target.with_name(f".{target.stem}.{secrets.token_hex(4)}{suffix}.part")
        try:
            with part.open("xb"):
                return part
        except FileExistsError:
            continue
    raise FileExistsError(f"无法在 {target.parent} 中创建临时文件")
