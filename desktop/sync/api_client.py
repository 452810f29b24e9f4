"""The HTTP client of the central API (``docs/api-contract.md``), on one ``requests.Session``.

* One pooled session per server (keep-alive: a 100-page pull opens one connection).
* Connect and read timeouts on every request: a silent network never hangs the sync worker.
* TLS verification always on (optionally against the province's own CA bundle); never off.
* gzip/deflate accepted and decoded transparently.
* Transient failures (network, 5xx, 429) retried with jittered exponential backoff, honouring
  ``Retry-After``. Every request may be retried safely: reads are reads, and every write
  carries an idempotency key, so the server applies it once however often it arrives.
* Every failure becomes a ``desktop.sync.errors`` exception with a Chinese message; 4xx
  problem documents keep the server's ``detail`` as is.

The bearer token lives in memory here (a ``TokenBox`` shared with ``sibling`` clients) and is
added per request; it is never logged, never put in an exception message and never written
anywhere by this module. ``bytes_received`` counts answer bytes (progress, benchmark).
"""

from __future__ import annotations

import json
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from desktop.sync.clock import ServerClock
from desktop.sync.errors import (
    AuthenticationRequired,
    CursorExpired,
    NetworkError,
    ProblemResponse,
    RateLimited,
    ServerError,
    SyncError,
    TlsError,
)
from desktop.sync.retry import Backoff, retry_after_seconds

API_PREFIX = "/api/v1"
USER_AGENT = "reviewdesk-desktop/0.1"
JSON_TYPES = ("application/json", "application/problem+json")


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for a connection and between bytes of an answer."""

    connect: float = 5.0
    read: float = 60.0


@dataclass
class TokenBox:
    """The bearer token, held in memory only, shared by the clients of one session."""

    value: str | None = None


@dataclass(frozen=True)
class WriteAnswer:
    """A successful write: its status and JSON body (None for an empty body, e.g. 204)."""

    status: int
    body: Any


DEFAULT_TIMEOUTS = Timeouts()
DEFAULT_BACKOFF = Backoff()


class ApiClient:
    """Calls to one server's ``/api/v1``; see the module docstring."""

    def __init__(
        self,
        server_url: str,
        *,
        clock: ServerClock | None = None,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        backoff: Backoff = DEFAULT_BACKOFF,
        ca_bundle: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
        token_box: TokenBox | None = None,
    ) -> None:
        self.server_url = server_url.rstrip("/")
        self.host = urlsplit(self.server_url).netloc or self.server_url
        self.clock = clock or ServerClock()
        self.timeouts = timeouts
        self.backoff = backoff
        self._token = token_box or TokenBox()
        self.bytes_received = 0
        self._sleep = sleep
        self._ca_bundle = ca_bundle
        self._verify: str | bool = ca_bundle or True
        self._session = requests.Session()
        self._session.headers.update(
            {
                "User-Agent": USER_AGENT,
                "Accept-Encoding": "gzip, deflate",
                "Accept": "application/json",
            }
        )

    @property
    def token(self) -> str | None:
        """The bearer token of the session (shared with ``sibling`` clients)."""
        return self._token.value

    @token.setter
    def token(self, value: str | None) -> None:
        self._token.value = value

    def sibling(self) -> ApiClient:
        """A client of the same server and session on its own connection pool.

        ``requests.Session`` is not made for use from several threads at once: material
        downloads (the viewer's thread pool) get a sibling while the sync worker keeps this one.
        """
        return ApiClient(
            self.server_url,
            clock=self.clock,
            timeouts=self.timeouts,
            backoff=self.backoff,
            ca_bundle=self._ca_bundle,
            sleep=self._sleep,
            token_box=self._token,
        )

    def close(self) -> None:
        """Close the pooled connections."""
        self._session.close()

    # ---- auth -----------------------------------------------------------------------------

    def login(self, account_id: str, password: str) -> dict[str, Any]:
        """``POST /auth/login``; the answer holds the token, its expiry and the account."""
        response = self._request(
            "POST",
            "/auth/login",
            json_text=json.dumps({"account": account_id, "password": password}, ensure_ascii=False),
            authenticated=False,
        )
        return _json(response)

    def logout(self) -> None:
        self._request("POST", "/auth/logout")

    def me(self) -> dict[str, Any]:
        return _json(self._request("GET", "/me"))

    # ---- sync reads -----------------------------------------------------------------------

    def changes(self, since: int, limit: int) -> dict[str, Any]:
        """One page of ``GET /sync/changes``."""
        return _json(self._request("GET", "/sync/changes", params={"since": since, "limit": limit}))

    def versions(self, kind: str) -> tuple[dict[str, int], int | None]:
        """``GET /sync/versions?kind=…``: (id → version) and the server version if given.

        Accepts the contract's ``[[id, version], …]`` and the ``{versions: {id: version}}``
        object the server answers with.
        """
        body = _json(self._request("GET", "/sync/versions", params={"kind": kind}))
        return _version_map(body)

    # ---- writes ---------------------------------------------------------------------------

    def send_write(
        self,
        method: str,
        path: str,
        body_text: str | None,
        idempotency_key: str,
        expected_version: int | None,
    ) -> WriteAnswer:
        """One keyed write exactly as queued (retried here on transient failures)."""
        headers = {"Idempotency-Key": idempotency_key}
        if expected_version is not None:
            headers["If-Match"] = f'"{expected_version}"'
        response = self._request(method, path, json_text=body_text, headers=headers)
        body = _json(response) if response.content else None
        return WriteAnswer(response.status_code, body)

    # ---- materials ------------------------------------------------------------------------

    def open_material(self, sha256: str, offset: int) -> requests.Response:
        """A streaming ``GET /materials/{sha256}`` from byte ``offset`` (206 when resumed).

        The caller must close the response. ``If-Range`` makes a server that holds different
        bytes under this name (it cannot, names are hashes — but a proxy might) send all of it.
        """
        headers = {"Accept": "*/*"}
        if offset > 0:
            headers["Range"] = f"bytes={offset}-"
            headers["If-Range"] = f'"{sha256}"'
        return self._request("GET", f"/materials/{sha256}", headers=headers, stream=True)

    def upload_zip(
        self,
        path: str,
        file_name: str,
        content: bytes,
        idempotency_key: str,
        expected_version: int,
    ) -> WriteAnswer:
        """``POST {path}`` (``/records/{kind}/{id}/materials``) with the zip as multipart field
        ``zip`` (SPEC §6); keyed and version-checked like every other write."""
        body, content_type = urllib3.encode_multipart_formdata(
            {"zip": (file_name, content, "application/zip")}
        )
        headers = {
            "Idempotency-Key": idempotency_key,
            "If-Match": f'"{expected_version}"',
            "Content-Type": content_type,
        }
        response = self._request("POST", path, headers=headers, body=body)
        return WriteAnswer(response.status_code, _json(response) if response.content else None)

    def pause_before_retry(self, attempt: int, retry_after: float | None = None) -> None:
        """Sleep the backoff delay before retry number ``attempt`` of a streamed transfer."""
        self._sleep(self.backoff.delay(attempt, retry_after))

    # ---- machinery ------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_text: str | None = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = True,
        stream: bool = False,
        body: bytes | None = None,
    ) -> requests.Response:
        """Send with retries; return a 2xx/3xx response or raise a ``SyncError``."""
        attempt = 0
        while True:
            try:
                return self._attempt(
                    method, path, params, json_text, headers, authenticated, stream, body
                )
            except SyncError as error:
                if not error.transient or attempt + 1 >= self.backoff.attempts:
                    raise
                retry_after = getattr(error, "retry_after", None)
                self._sleep(self.backoff.delay(attempt, retry_after))
                attempt += 1

    def _attempt(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json_text: str | None,
        headers: Mapping[str, str] | None,
        authenticated: bool,
        stream: bool,
        body: bytes | None = None,
    ) -> requests.Response:
        all_headers = dict(headers or {})
        if json_text is not None:
            all_headers["Content-Type"] = "application/json; charset=utf-8"
        if authenticated and self.token:
            all_headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = self._session.request(
                method,
                self.server_url + API_PREFIX + path,
                params=params,
                data=body if json_text is None else json_text.encode("utf-8"),
                headers=all_headers,
                timeout=(self.timeouts.connect, self.timeouts.read),
                stream=stream,
                verify=self._verify,
            )
            if not stream:
                self.bytes_received += len(response.content)
        except requests.exceptions.RequestException as error:
            raise describe_transport_error(error, self.host) from None
        self.clock.observe(response.headers.get("Date"))
        if response.status_code >= 400:
            try:
                raise _status_error(response)
            finally:
                response.close()
        return response


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = json.loads(response.content)
    except ValueError:
        raise ServerError(
            f"服务器返回了无法识别的内容（HTTP {response.status_code}），稍后会自动重试。",
            response.status_code,
        ) from None
    if not isinstance(body, dict):
        raise ServerError("服务器返回的数据格式不正确，稍后会自动重试。", response.status_code)
    return body


def _version_map(body: Mapping[str, Any]) -> tuple[dict[str, int], int | None]:
    raw = body.get("versions", body)
    if isinstance(raw, list):
        pairs = {str(pair[0]): int(pair[1]) for pair in raw}
    elif isinstance(raw, Mapping):
        pairs = {str(key): int(value) for key, value in raw.items()}
    else:
        raise ServerError("服务器返回的版本列表格式不正确。", 200)
    server_version = body.get("server_version")
    return pairs, int(server_version) if isinstance(server_version, int) else None


def _problem_body(response: requests.Response) -> dict[str, Any]:
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
    if content_type in JSON_TYPES:
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
        if isinstance(body, dict):
            return body
    return {}


def _status_error(response: requests.Response) -> SyncError:
    """The exception for a 4xx/5xx answer."""
    status = response.status_code
    body = _problem_body(response)
    retry_after = retry_after_seconds(response.headers)
    if status == 429:
        detail = body.get("detail") or "请求过于频繁"
        return RateLimited(f"{detail}（服务器要求稍后再试）", retry_after)
    if status >= 500:
        detail = body.get("detail") or "服务器暂时无法处理请求"
        return ServerError(
            f"服务器出错（HTTP {status}）：{detail}。稍后会自动重试。", status, retry_after
        )
    if status == 401:
        return AuthenticationRequired(status, body or {"detail": "登录已失效，请重新登录"})
    if status == 410 and body.get("code") == "cursor_expired":
        return CursorExpired(status, body)
    return ProblemResponse(status, body or {"detail": f"请求被服务器拒绝（HTTP {status}）"})


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and everything it wraps (``__cause__``, ``__context__``, urllib3's ``reason``)."""
    seen: set[int] = set()
    stack: list[BaseException] = [error]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        linked += [arg for arg in current.args if isinstance(arg, BaseException)]
        stack.extend(item for item in linked if isinstance(item, BaseException))


def _is_any(error: BaseException, *types: type[BaseException]) -> bool:
    return any(isinstance(cause, types) for cause in _causes(error))


def describe_transport_error(error: requests.exceptions.RequestException, host: str) -> SyncError:
    """A Chinese explanation of why the request did not get an answer."""
    if isinstance(error, requests.exceptions.SSLError) or _is_any(error, ssl.SSLError):
        return TlsError(
            f"无法与服务器 {host} 建立安全连接：证书无效、已过期或不受信任。为保护数据已停止连接，"
            "请联系系统管理员检查服务器证书。"
        )
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return NetworkError(
            f"连接服务器 {host} 超时：网络不通或服务器无响应。已离线保存，稍后会自动重试。"
        )
    if isinstance(error, requests.exceptions.ReadTimeout):
        return NetworkError(
            f"服务器 {host} 长时间没有响应（读取超时）。已离线保存，稍后会自动重试。"
        )
    if _is_any(error, urllib3.exceptions.NameResolutionError, socket.gaierror):
        return NetworkError(f"找不到服务器 {host}（域名解析失败）：请检查服务器地址和网络连接。")
    if _is_any(error, ConnectionRefusedError):
        return NetworkError(
            f"无法连接服务器 {host}：连接被拒绝（服务器未启动或地址端口有误）。"
            "已离线保存，稍后会自动重试。"
        )
    if isinstance(
        error, requests.exceptions.ChunkedEncodingError | requests.exceptions.ContentDecodingError
    ) or _is_any(error, ConnectionResetError, urllib3.exceptions.ProtocolError):
        return NetworkError(f"与服务器 {host} 的连接中途断开，数据未完整收到。稍后会自动重试。")
    return NetworkError(
        f"无法连接服务器 {host}：{type(error).__name__}。已离线保存，稍后会自动重试。"
    )
