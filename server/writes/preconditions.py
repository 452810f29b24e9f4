"""Expected versions (SPEC §7): a write says which version it was based on; a stale one → 412.

The version comes from ``If-Match: "<version>"`` (the ETag every read of a row returns) or a
``base_version`` field in the body — whichever the client finds easier; when both are given
they must agree. An update or delete without any expected version gets 428: a desktop that
forgot to send it would otherwise silently overwrite someone else's change.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Header

from server.models.base import Synced
from server.problems import BAD_REQUEST, VERSION_CONFLICT, VERSION_REQUIRED, ProblemError
from server.sync.kinds import encode_object

_ETAG = re.compile(r'\s*(?:W/)?"?(\d{1,18})"?\s*')


def etag(version: int) -> str:
    """The strong ETag of a row version: the version in double quotes."""
    return f'"{version}"'


def parse_if_match(value: str | None) -> int | None:
    """``"12"`` / ``12`` / ``W/"12"`` → 12; absent → None; anything else → 400."""
    if value is None or not value.strip():
        return None
    match = _ETAG.fullmatch(value)
    if match is None:
        raise ProblemError(
            BAD_REQUEST,
            f'If-Match 请求头“{value}”无效，应为记录版本号，如 "12"',
        )
    return int(match.group(1))


def expected_version(
    if_match: Annotated[str | None, Header(alias="If-Match")] = None,
) -> ExpectedVersion:
    """FastAPI dependency: the version named by ``If-Match``, to combine with ``base_version``."""
    return ExpectedVersion(parse_if_match(if_match))


class ExpectedVersion:
    """The ``If-Match`` version of a request, merged with an optional body ``base_version``."""

    def __init__(self, header_version: int | None) -> None:
        self.header_version = header_version

    def resolve(self, base_version: int | None) -> int:
        """The expected version; 400 if header and body disagree, 428 if neither is given."""
        header = self.header_version
        if header is not None and base_version is not None and header != base_version:
            raise ProblemError(
                BAD_REQUEST,
                f"If-Match 版本 {header} 与 base_version {base_version} 不一致",
            )
        version = header if header is not None else base_version
        if version is None:
            raise ProblemError(
                VERSION_REQUIRED,
                "修改或删除记录时必须提供所依据的版本号（If-Match 请求头或 base_version 字段）",
            )
        return version


def check_version(row: Synced, expected: int) -> None:
    """412 ``version_conflict`` carrying the current row unless ``row`` is at ``expected``.

    Call it on a row loaded ``for_update`` in the writing transaction, so no other writer can
    change the row between this check and the update.
    """
    if row.version != expected:
        raise ProblemError(
            VERSION_CONFLICT,
            f"该记录已被他人修改（您依据的版本为 {expected}，当前版本为 {row.version}），"
            "请查看最新内容后再决定是否修改",
            current=encode_object(row),
        )
