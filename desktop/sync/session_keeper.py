"""Logging in, keeping the bearer token in the keyring, and renewing an ended session.

The token goes from the login answer straight into the OS keyring and into the API client's
memory — nowhere else. The password is kept (in the keyring) only when the person ticked
"remember password"; then an expired or ended session (e.g. the province created a new
declaration status, which ends every session) is renewed silently and the outbox keeps
draining. Otherwise the person is asked to log in again and nothing queued is lost meanwhile.

A machine without a usable keyring (a Linux desktop with no Secret Service, a locked-down
Windows profile) still logs in: the token then lives in memory only, nothing is written in its
place, and ``keyring_problem`` says why the login will not be remembered after the app closes.
"""

from __future__ import annotations

import contextlib

from desktop.models.types import to_utc
from desktop.sync import credentials
from desktop.sync.account import AccountInfo
from desktop.sync.api_client import ApiClient
from desktop.sync.credentials import CredentialStoreError, StoredToken
from desktop.sync.errors import AuthenticationRequired, ProblemResponse, SyncError


class SessionKeeper:
    """The session of one account on one server."""

    def __init__(self, client: ApiClient, server_url: str, account_id: str) -> None:
        self._client = client
        self._server_url = server_url
        self._account_id = account_id
        self.keyring_problem: str | None = None
        """Why the last login could not be kept in the keyring (Chinese), or None."""

    @property
    def account_id(self) -> str:
        return self._account_id

    def log_in(self, password: str, *, remember: bool) -> AccountInfo:
        """Log in with the password; store the token (and the password only if asked)."""
        answer = self._client.login(self._account_id, password)
        token = StoredToken(str(answer["token"]), to_utc(str(answer["expires_at"])))
        self._client.token = token.token
        try:
            credentials.save_token(self._server_url, self._account_id, token)
            if remember:
                credentials.save_password(self._server_url, self._account_id, password)
            else:
                credentials.forget_password(self._server_url, self._account_id)
        except CredentialStoreError as error:
            self.keyring_problem = f"{error}本次登录只保存在内存中，关闭程序后需要重新输入密码。"
        else:
            self.keyring_problem = None
        return AccountInfo.from_json(answer["account"])

    def resume(self) -> bool:
        """Use the stored token if it has not expired (by the server-corrected clock)."""
        stored = credentials.load_token(self._server_url, self._account_id)
        if stored is None or stored.expires_at <= self._client.clock.now():
            return self.renew()
        self._client.token = stored.token
        return True

    def renew(self) -> bool:
        """Log in again with the remembered password; False when none is remembered or valid."""
        password = credentials.load_password(self._server_url, self._account_id)
        if not password:
            self._client.token = None
            return False
        try:
            self.log_in(password, remember=True)
        except AuthenticationRequired:
            credentials.forget_password(self._server_url, self._account_id)
            self._client.token = None
            return False
        except ProblemResponse:
            self._client.token = None
            return False
        return True

    def log_out(self, *, forget_password: bool = True) -> None:
        """End the session on the server (when reachable) and forget the token locally."""
        try:
            if self._client.token:
                with contextlib.suppress(SyncError):
                    self._client.logout()
        finally:
            self._client.token = None
            credentials.forget_token(self._server_url, self._account_id)
            if forget_password:
                credentials.forget_password(self._server_url, self._account_id)
