"""What can go wrong talking to the server, each with a Chinese message a reviewer can act on.

Two families matter to the sync engine:

* transient (``transient = True``): the network, a 5xx, a 429 — the request may succeed later
  unchanged, so it is retried with backoff and the outbox item stays queued;
* permanent: a 4xx problem document. The server said no to *this* request; sending it again
  would get the same answer, so the item is marked with the server's ``detail`` (shown as is,
  SPEC §7) and never retried in a loop.

TLS failures are neither: the request is fine but the connection must not be trusted. They
are not retried quickly (a certificate does not fix itself in a second), and the message says
to call the administrator.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class SyncError(Exception):
    """Base of every server-communication failure; ``str()`` is the message for the person."""

    transient: bool = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NetworkError(SyncError):
    """The server could not be reached or the connection broke (refused, timeout, DNS …)."""

    transient = True


class TlsError(SyncError):
    """The server's certificate could not be verified; the connection was not used."""


class ServerError(SyncError):
    """The server failed (5xx) or answered something that is not the API's."""

    transient = True

    def __init__(self, message: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class RateLimited(SyncError):
    """429: too many requests; ``retry_after`` seconds is how long the server asks us to wait."""

    transient = True

    def __init__(self, message: str, retry_after: float | None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ProblemResponse(SyncError):
    """A 4xx problem document (RFC 9457): the server refused this request."""

    def __init__(self, status: int, body: Mapping[str, Any]) -> None:
        detail = str(
            body.get("detail") or body.get("title") or f"请求被服务器拒绝（HTTP {status}）"
        )
        super().__init__(_with_field_errors(detail, body))
        self.status = status
        self.code = str(body.get("code") or f"http_{status}")
        self.detail = detail
        self.body = dict(body)


class AuthenticationRequired(ProblemResponse):
    """401: the token is missing, expired or ended; the person must log in again."""


class CursorExpired(ProblemResponse):
    """410 ``cursor_expired``: the cursor cannot be continued; a full comparison is needed."""

    @property
    def server_version(self) -> int | None:
        value = self.body.get("server_version")
        return int(value) if isinstance(value, int) else None


class MaterialCorrupt(SyncError):
    """A downloaded material file did not match its SHA-256 even after fetching it again."""


def _with_field_errors(detail: str, body: Mapping[str, Any]) -> str:
    """The detail followed by every field problem of a validation answer, all at once."""
    errors = body.get("errors")
    if not isinstance(errors, list) or not errors:
        return detail
    lines = [str(item.get("message", "")) for item in errors if isinstance(item, Mapping)]
    listed = "；".join(line for line in lines if line)
    return f"{detail}：{listed}" if listed else detail
