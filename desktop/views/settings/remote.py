"""The administration endpoints of the central API (docs/api-contract.md, "Administration").

Account management, the declaration window and the subsidy years are *not* sync traffic:
they are decisions an administrator takes with the server on the line, so they are never
queued offline (a password reset that reaches the server two days later would be worse than
none). Every call here is synchronous and runs on a worker thread (``calls.run_in_background``).

Each call uses its own ``ApiClient.sibling()``: the same server, session token, timeouts, TLS
settings and Chinese error messages as the sync engine, on its own connection pool, because
``requests.Session`` is not made for use from several threads while the sync thread holds
the main client. Writes go through ``send_write`` (idempotency key, ``If-Match``); reads of
lists need the client's request machinery directly, since its public readers expect objects.
Qt-free on purpose.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import quote

from desktop.sync.api_client import ApiClient, Timeouts
from desktop.sync.errors import ProblemResponse, ServerError

T = TypeVar("T")
Json = dict[str, Any]
PROBE_TIMEOUTS = Timeouts(connect=5.0, read=10.0)


def _decoded(content: bytes, status: int) -> Any:
    try:
        return json.loads(content) if content else None
    except ValueError:
        raise ServerError(
            f"服务器返回了无法识别的内容（HTTP {status}），请稍后重试。", status
        ) from None


def _list_of(body: Any) -> list[Json]:
    if not isinstance(body, list) or not all(isinstance(item, dict) for item in body):
        raise ServerError("服务器返回的列表格式不正确，请稍后重试或联系系统管理员。", 200)
    return body


def _object(body: Any) -> Json:
    if not isinstance(body, dict):
        raise ServerError("服务器返回的数据格式不正确，请稍后重试或联系系统管理员。", 200)
    return body


@dataclass
class IdempotencyKeys:
    """One key per submission: the same body sent again (after no answer) reuses its key.

    A form submitted, unanswered (network cut) and submitted again unchanged is then applied
    at most once by the server; any change to the form makes it a new submission. A refusal
    is an answer too: after it the same body gets a new key, or the server would replay the
    stored refusal even once the reason is gone (e.g. the window reopened).
    """

    _body: str | None = None
    _key: str = field(default_factory=lambda: str(uuid.uuid4()))

    def key_for(self, body: str) -> str:
        if body != self._body:
            self._body = body
            self._key = str(uuid.uuid4())
        return self._key

    def settled(self) -> None:
        """The submission got an answer: the next one is a new submission."""
        self._body = None


class AdminApi:
    """Typed calls of the administration endpoints; see the module docstring.

    Make one per form or page: its ``IdempotencyKeys`` track that form's submissions only.
    """

    def __init__(self, client: ApiClient, keys: IdempotencyKeys | None = None) -> None:
        self._client = client
        self._keys = keys or IdempotencyKeys()

    # ---- plumbing -------------------------------------------------------------------------

    def _with_sibling(self, work: Callable[[ApiClient], T]) -> T:
        client = self._client.sibling()
        try:
            return work(client)
        finally:
            client.close()

    def _get(self, path: str) -> Any:
        def read(client: ApiClient) -> Any:
            # ApiClient has no public "GET any JSON"; its request method brings the retries,
            # the timeouts and the Chinese errors every other call has.
            response = client._request("GET", path)
            return _decoded(response.content, response.status_code)

        return self._with_sibling(read)

    def _send(
        self, method: str, path: str, body: Mapping[str, Any] | None, version: int | None
    ) -> Json | None:
        text = None if body is None else json.dumps(body, ensure_ascii=False, sort_keys=True)
        key = self._keys.key_for(f"{method} {path} {version} {text}")
        try:
            answer = self._with_sibling(
                lambda client: client.send_write(method, path, text, key, version)
            )
        except ProblemResponse:
            self._keys.settled()  # answered: the same body again is a new submission
            raise
        self._keys.settled()
        return answer.body

    # ---- accounts (manual §8.1) -----------------------------------------------------------

    def accounts(self) -> list[Json]:
        """Page 8-1: own and lower regions' accounts with their login records."""
        return _list_of(self._get("/accounts"))

    def create_account(self, body: Mapping[str, Any]) -> Json:
        return _object(self._send("POST", "/accounts", body, None))

    def modify_account(self, account_id: str, changes: Mapping[str, Any], version: int) -> Json:
        return _object(self._send("PATCH", f"/accounts/{_seg(account_id)}", changes, version))

    def reset_password(self, account_id: str, password: str, version: int) -> None:
        path = f"/accounts/{_seg(account_id)}/password"
        self._send("POST", path, {"password": password}, version)

    def deactivate_account(self, account_id: str, version: int) -> Json:
        path = f"/accounts/{_seg(account_id)}/deactivate"
        return _object(self._send("POST", path, None, version))

    # ---- self service (manual §8.2, §8.3) -------------------------------------------------

    def me(self) -> Json:
        return _object(self._get("/me"))

    def update_me(self, changes: Mapping[str, Any], version: int) -> Json:
        return _object(self._send("PATCH", "/me", changes, version))

    def change_own_password(self, old_password: str, new_password: str) -> None:
        body = {"old_password": old_password, "new_password": new_password}
        self._send("POST", "/me/password", body, None)

    def deactivate_self(self, password: str) -> None:
        self._send("POST", "/me/deactivate", {"password": password}, None)

    # ---- declaration statuses (manual §7.1) -----------------------------------------------

    def statuses(self) -> list[Json]:
        """Page 7-1, newest (in force) first."""
        return _list_of(self._get("/declaration-statuses"))

    def create_status(self, body: Mapping[str, Any]) -> Json:
        return _object(self._send("POST", "/declaration-statuses", body, None))

    def delete_status(self, status_id: str, version: int) -> None:
        self._send("DELETE", f"/declaration-statuses/{_seg(status_id)}", None, version)

    # ---- subsidy years (manual §7.2) ------------------------------------------------------

    def years(self) -> list[Json]:
        """Page 7-3, latest year first."""
        return _list_of(self._get("/subsidy-years"))

    def create_year(self, body: Mapping[str, Any]) -> Json:
        return _object(self._send("POST", "/subsidy-years", body, None))

    def modify_year(self, year: int, changes: Mapping[str, Any], version: int) -> Json:
        return _object(self._send("PATCH", f"/subsidy-years/{year}", changes, version))

    def delete_year(self, year: int, version: int) -> None:
        self._send("DELETE", f"/subsidy-years/{year}", None, version)

    def table(self, year: int, name: str) -> Json:
        """A year's ``standards`` or ``materials`` table: ``{year, version, rows}``."""
        return _object(self._get(f"/subsidy-years/{year}/{_seg(name)}"))

    def replace_table(self, year: int, name: str, rows: list[Json], version: int) -> Json:
        path = f"/subsidy-years/{year}/{_seg(name)}"
        return _object(self._send("PUT", path, {"rows": rows}, version))


def probe_server(url: str) -> Json:
    """``GET /health`` of a server the person typed (before it is used for a login)."""
    client = ApiClient(url, timeouts=PROBE_TIMEOUTS)
    try:
        response = client._request("GET", "/health", authenticated=False)
        return _object(_decoded(response.content, response.status_code))
    finally:
        client.close()


def _seg(value: str) -> str:
    """One URL path segment (ids are plain, but never let one add a path)."""
    return quote(value, safe="")
