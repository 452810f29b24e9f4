"""Secrets in the operating system's keyring, never in a file of ours (SPEC §7).

Service ``reviewdesk``; one entry for the bearer token and, only when the person ticked
"remember password", one for the password, each keyed by the normalised server URL and the
account, so two servers or two accounts never overwrite each other's secrets. The token entry
also holds its expiry (server time), so a stale token is not even tried.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from desktop.models.paths import normalise_server_url
from desktop.models.types import to_utc

SERVICE = "reviewdesk"


class CredentialStoreError(RuntimeError):
    """The keyring could not be used; the message says what to do."""


@dataclass(frozen=True)
class StoredToken:
    """A bearer token and when the server said it expires (server time)."""

    token: str
    expires_at: datetime


def _key(kind: str, server_url: str, account_id: str) -> str:
    return f"{kind}:{normalise_server_url(server_url)}|{account_id}"


def _set(key: str, secret: str) -> None:
    try:
        keyring.set_password(SERVICE, key, secret)
    except KeyringError as error:
        raise CredentialStoreError(
            f"无法把登录凭据保存到系统密钥环（{error}），请检查系统凭据管理器是否可用。"
        ) from error


def _get(key: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, key)
    except KeyringError:
        return None


def _delete(key: str) -> None:
    try:
        keyring.delete_password(SERVICE, key)
    except (PasswordDeleteError, KeyringError):
        return


def save_token(server_url: str, account_id: str, token: StoredToken) -> None:
    """Keep the session's token (with its expiry) in the keyring, replacing an older one."""
    payload = {"token": token.token, "expires_at": token.expires_at.isoformat()}
    _set(_key("token", server_url, account_id), json.dumps(payload))


def load_token(server_url: str, account_id: str) -> StoredToken | None:
    """The stored token, or None (none stored, or unreadable)."""
    raw = _get(_key("token", server_url, account_id))
    if not raw:
        return None
    try:
        payload = json.loads(raw)
        return StoredToken(str(payload["token"]), to_utc(str(payload["expires_at"])))
    except (ValueError, KeyError, TypeError):
        return None


def forget_token(server_url: str, account_id: str) -> None:
    """Remove the token (logout, or the server refused it for good)."""
    _delete(_key("token", server_url, account_id))


def save_password(server_url: str, account_id: str, password: str) -> None:
    """Remember the password (only call this when the person asked for it)."""
    _set(_key("password", server_url, account_id), password)


def load_password(server_url: str, account_id: str) -> str | None:
    """The remembered password, or None when the person did not ask to remember it."""
    return _get(_key("password", server_url, account_id))


def forget_password(server_url: str, account_id: str) -> None:
    """Stop remembering the password (unticked, logged out, or no longer valid)."""
    _delete(_key("password", server_url, account_id))
