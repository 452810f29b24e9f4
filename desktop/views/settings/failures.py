"""Why a call to the server did not work, sorted into what the settings pages do about it.

The API client already turns every failure into a ``SyncError`` with a Chinese message
(``desktop.sync.errors``). The settings pages need one more step: an unreachable server
disables the page (administration is never queued offline), a validation answer puts each
``errors[]`` entry beside its field, a version conflict keeps what the person typed and says
how to go on, and anything else is a message above the buttons. Qt-free, so it is tested and
reused without widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from core.field_rules import Problem
from desktop.sync.credentials import CredentialStoreError
from desktop.sync.errors import (
    AuthenticationRequired,
    NetworkError,
    ProblemResponse,
    SyncError,
    TlsError,
)

LOG = logging.getLogger(__name__)


class FailureKind(Enum):
    """What kind of "no" it was; decides where the message goes."""

    UNREACHABLE = "unreachable"
    """No answer (network, TLS): the page goes into its offline state."""
    SESSION = "session"
    """401: the session ended (e.g. a new declaration status); log in again."""
    CONFLICT = "conflict"
    """412: someone changed the row since it was read."""
    REFUSED = "refused"
    """A 4xx with the server's Chinese ``detail`` (and maybe field problems)."""
    TRANSIENT = "transient"
    """5xx or 429 even after the client's retries: try again later."""
    LOCAL = "local"
    """Something on this workstation (keyring, a bug); logged with its traceback."""


@dataclass(frozen=True)
class Failure:
    """One failed call as the page shows it."""

    kind: FailureKind
    message: str
    code: str = ""
    problems: tuple[Problem, ...] = ()
    current: Mapping[str, Any] | None = field(default=None)

    @property
    def current_version(self) -> int | None:
        """The server's version of the row after a 412 (to base the next attempt on)."""
        if not self.current:
            return None
        version = self.current.get("version")
        return version if isinstance(version, int) else None


def _problems(body: Mapping[str, Any]) -> tuple[Problem, ...]:
    """The ``errors[]`` of a problem document as core ``Problem``s (field "" = whole form)."""
    errors = body.get("errors")
    if not isinstance(errors, list):
        return ()
    found = []
    for item in errors:
        if isinstance(item, Mapping) and item.get("message"):
            found.append(Problem(str(item.get("field") or ""), str(item["message"])))
    return tuple(found)


def _from_problem(error: ProblemResponse) -> Failure:
    if isinstance(error, AuthenticationRequired):
        message = f"{error.detail}。登录已失效，请关闭设置并重新登录。"
        return Failure(FailureKind.SESSION, message, error.code)
    if error.status == 412:
        current = error.body.get("current")
        return Failure(
            FailureKind.CONFLICT,
            error.detail,
            error.code,
            current=current if isinstance(current, Mapping) else None,
        )
    return Failure(FailureKind.REFUSED, error.detail, error.code, _problems(error.body))


_QUEUE_PROMISES = ("已离线保存，", "稍后会自动重试。")
"""What the client's network messages promise for synced writes (kept offline, retried) —
untrue for administration, which is never queued; the settings pages say what does happen."""


def without_queue_promise(message: str) -> str:
    """A network message without the sync layer's promise to keep and retry the request."""
    for phrase in _QUEUE_PROMISES:
        message = message.replace(phrase, "")
    return message.strip()


def describe(error: BaseException) -> Failure:
    """The ``Failure`` of an exception raised by a settings call."""
    if isinstance(error, NetworkError | TlsError):
        return Failure(FailureKind.UNREACHABLE, without_queue_promise(error.message))
    if isinstance(error, ProblemResponse):
        return _from_problem(error)
    if isinstance(error, SyncError):
        return Failure(FailureKind.TRANSIENT, error.message)
    if isinstance(error, CredentialStoreError):
        return Failure(FailureKind.LOCAL, str(error))
    LOG.error("设置操作失败", exc_info=error)
    return Failure(FailureKind.LOCAL, f"操作未完成：程序内部错误（{type(error).__name__}）。")
