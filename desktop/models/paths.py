"""Where the local cache lives: one SQLite file per server + account (SPEC §2).

The file name is readable (host and account) plus a short hash of the normalised server URL,
so two servers on the same host (a test server and the province's) never share a cache, and a
person looking at the folder can tell the files apart. Material files are shared by all caches
of one data directory: they are addressed by SHA-256, so identical content is one file.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import platformdirs

APP_NAME = "reviewdesk"
CACHE_DIR_NAME = "caches"
MATERIALS_DIR_NAME = "materials"
_UNSAFE = re.compile(r"[^0-9A-Za-z.-]+")


def default_data_dir() -> Path:
    """The per-user data directory of the desktop app (e.g. %LOCALAPPDATA%\\reviewdesk)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def normalise_server_url(url: str) -> str:
    """``HTTPS://Host:443/api/`` and ``https://host:443/api`` name the same server."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    netloc = f"{host}:{parts.port}" if parts.port else host
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, netloc, path, "", ""))


def cache_file_name(server_url: str, account_id: str) -> str:
    """``<host>_<port>__<account>__<hash8>.sqlite3`` for one server + account."""
    normalised = normalise_server_url(server_url)
    parts = urlsplit(normalised)
    host = _UNSAFE.sub("_", f"{parts.hostname or 'server'}_{parts.port or ''}").strip("_")
    account = _UNSAFE.sub("_", account_id)
    digest = hashlib.sha256(f"{normalised}|{account_id}".encode()).hexdigest()[:8]
    return f"{host}__{account}__{digest}.sqlite3"


def cache_path(data_dir: Path, server_url: str, account_id: str) -> Path:
    """The cache file of ``account_id`` on ``server_url`` inside ``data_dir``."""
    return data_dir / CACHE_DIR_NAME / cache_file_name(server_url, account_id)


def materials_dir(data_dir: Path) -> Path:
    """The directory of cached material files (``ab/abcdef…`` by SHA-256)."""
    return data_dir / MATERIALS_DIR_NAME
