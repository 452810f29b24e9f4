"""The canonical text form of a permission set, as stored in ``accounts.permissions``.

Permissions are a set with no order (SPEC §3); storing them in one fixed order (the enum's,
which is the manual's page 8-1 order) makes equal sets equal strings.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.vocab import Permission

_ORDER = {permission: index for index, permission in enumerate(Permission)}
SEPARATOR = ","


def encode_permissions(permissions: Iterable[Permission]) -> str:
    """{查询, 系统} → "系统,查询"."""
    return SEPARATOR.join(sorted(set(permissions), key=_ORDER.__getitem__))


def decode_permissions(text: str) -> frozenset[Permission]:
    """ "系统,查询" → {系统, 查询}; empty text is the empty set."""
    return frozenset(Permission(part) for part in text.split(SEPARATOR) if part)
