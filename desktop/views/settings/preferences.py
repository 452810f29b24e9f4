"""The desktop's own preferences: which server to log in to and how much disk the material
cache may use. Kept in the data directory's ``desktop.ini`` (``AppContext.settings_path``),
beside the saved queries, so they follow the person's data, never a registry.

The login window reads ``load_preferences(data_dir).server_url`` as its default server (empty
means the local demo server, SPEC §2) and builds the session's ``ContextOptions`` with
``material_cache_bytes=preferences.cache_cap_bytes``. Both take effect at the next login: the
running session is bound to one server and one cache (SPEC §2: one cache per server+account).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings

from core.field_rules import Problem
from desktop.context import SETTINGS_FILE
from desktop.models.paths import normalise_server_url
from desktop.sync.api_client import API_PREFIX
from desktop.sync.materials import DEFAULT_CACHE_BYTES

MIB = 1024 * 1024
KEY_SERVER_URL = "connection/server_url"
KEY_CACHE_CAP_MB = "cache/material_cap_mb"
DEFAULT_CACHE_CAP_MB = DEFAULT_CACHE_BYTES // MIB
CACHE_CAP_RANGE_MB = (256, 200 * 1024)
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
URL_LABEL = "服务器地址"
URL_EXAMPLE = "https://jbsh.hnsy.gov.cn"


@dataclass(frozen=True)
class Preferences:
    """``server_url`` "" means the local demo server; the cap is in MB (1 MB = 1,048,576 B)."""

    server_url: str = ""
    cache_cap_mb: int = DEFAULT_CACHE_CAP_MB

    @property
    def cache_cap_bytes(self) -> int:
        return self.cache_cap_mb * MIB


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def _cap(raw: object) -> int:
    try:
        value = int(str(raw))
    except ValueError:
        return DEFAULT_CACHE_CAP_MB
    low, high = CACHE_CAP_RANGE_MB
    return min(max(value, low), high)


def load_preferences(data_dir: Path) -> Preferences:
    """The stored preferences, defaults for anything missing or unreadable."""
    settings = _settings(data_dir)
    url = str(settings.value(KEY_SERVER_URL, "") or "")
    cap = _cap(settings.value(KEY_CACHE_CAP_MB, DEFAULT_CACHE_CAP_MB))
    return Preferences(server_url=url, cache_cap_mb=cap)


def save_preferences(data_dir: Path, preferences: Preferences) -> None:
    """Store and flush at once (a crash right after 保存 must not lose it)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = _settings(data_dir)
    settings.setValue(KEY_SERVER_URL, preferences.server_url)
    settings.setValue(KEY_CACHE_CAP_MB, preferences.cache_cap_mb)
    settings.sync()


def _problem(reason: str) -> Problem:
    return Problem("server_url", f"{URL_LABEL}：{reason}")


def _shape_problems(text: str) -> list[Problem]:
    """Everything wrong with the URL's shape, all at once."""
    parts = urlsplit(text)
    problems: list[Problem] = []
    if any(ch.isspace() for ch in text):
        problems.append(_problem("不能含空格"))
    if parts.scheme.lower() not in ("http", "https"):
        problems.append(_problem(f"应以 https:// 开头，如 {URL_EXAMPLE}"))
    if not parts.hostname:
        problems.append(_problem(f"缺少服务器的域名或IP地址，如 {URL_EXAMPLE}"))
    if parts.username or parts.password:
        problems.append(_problem("不能包含用户名或密码，账号在登录窗口输入"))
    if parts.query or parts.fragment:
        problems.append(_problem("不能包含“?”或“#”之后的部分"))
    if parts.path.rstrip("/").endswith(API_PREFIX):
        problems.append(_problem(f"不要填写 {API_PREFIX}，程序会自动添加"))
    try:
        parts.port  # noqa: B018 — urlsplit checks the port only when it is read
    except ValueError:
        problems.append(_problem("端口号无效，应为 1-65535 之间的数字"))
    return problems


def server_url_problems(text: str) -> list[Problem]:
    """The problems of a typed server URL; "" (use the local demo server) has none.

    Plain HTTP is refused except on the workstation itself (SPEC §7): passwords and bearer
    tokens must not cross a county office's network unencrypted.
    """
    text = text.strip()
    if not text:
        return []
    problems = _shape_problems(text)
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if not problems and parts.scheme.lower() == "http" and host not in LOOPBACK_HOSTS:
        problems.append(
            _problem("除本机（127.0.0.1）外必须使用 https://，以保护账号密码和审核数据")
        )
    return problems


def cleaned_url(text: str) -> str:
    """The URL as stored: normalised (lower-case scheme and host, no trailing "/")."""
    text = text.strip()
    return normalise_server_url(text) if text else ""
