"""Server settings, read from the environment and overridden by command-line options.

One frozen object is built at start-up and handed to ``create_app``; nothing reads the
environment later, so a test can build an app with exactly the settings it wants. Every
invalid value is reported at once (SPEC §6's "tell everything at once" applies to operators
too), in Chinese, before the server opens a single connection.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

ENV_PREFIX = "REVIEWDESK_"
DATABASE_FILE_NAME = "server.sqlite3"
MIN_IDEMPOTENCY_RETENTION_DAYS = 30


class SettingsError(ValueError):
    """Invalid settings; ``problems`` lists every one of them in Chinese."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("；".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Settings:
    """Everything an operator may tune. Defaults give a working one-machine server.

    ``database_url`` empty means "the SQLite file in ``data_dir``" (SPEC §2's default).
    """

    data_dir: Path = Path(platformdirs.user_data_dir("reviewdesk-server"))
    database_url: str = ""
    token_hours: float = 12.0
    tombstone_retention_days: int = 90
    idempotency_retention_days: int = 30
    lockout_threshold: int = 5
    lockout_minutes: int = 15
    login_window_seconds: int = 900
    login_max_failures_per_account: int = 10
    login_max_failures_per_ip: int = 30
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    argon2_parallelism: int = 4
    sync_default_limit: int = 1000
    sync_max_limit: int = 5000
    maintenance_interval_minutes: int = 60
    sql_echo: bool = False

    @property
    def resolved_database_url(self) -> str:
        """The URL the engine connects to; SQLite in the data dir unless one was given."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / DATABASE_FILE_NAME).as_posix()}"

    @property
    def blob_dir(self) -> Path:
        """Where material files are stored, addressed by SHA-256."""
        return self.data_dir / "blobs"

    @property
    def uploads_dir(self) -> Path:
        """Where upload bodies (zips) are received, each deleted when its request ends; one
        left by a killed server is removed by ``cleanup-blobs``."""
        return self.data_dir / "uploads"

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given non-None values replaced, validated again."""
        chosen = {key: value for key, value in overrides.items() if value is not None}
        updated = replace(self, **chosen)
        updated.validate()
        return updated

    def validate(self) -> None:
        """Raise ``SettingsError`` naming every out-of-range value."""
        problems = [message for check in _CHECKS if (message := check(self))]
        if problems:
            raise SettingsError(problems)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read ``REVIEWDESK_<FIELD>`` variables (e.g. ``REVIEWDESK_TOKEN_HOURS``)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        problems: list[str] = []
        for field in fields(cls):
            raw = environ.get(ENV_PREFIX + field.name.upper())
            if raw is None or raw == "":
                continue
            try:
                values[field.name] = _parse(cls.__annotations__[field.name], raw)
            except ValueError:
                problems.append(f"环境变量 {ENV_PREFIX}{field.name.upper()} 的值“{raw}”无效")
        if problems:
            raise SettingsError(problems)
        settings = cls(**values)
        settings.validate()
        return settings


def _parse(annotation: str, raw: str) -> Any:
    """Convert one environment string to the field's type (annotations are strings here)."""
    if annotation == "Path":
        return Path(raw).expanduser()
    if annotation == "int":
        return int(raw)
    if annotation == "float":
        return float(raw)
    if annotation == "bool":
        lowered = raw.strip().lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
        raise ValueError(raw)
    return raw


def _at_least(name: str, minimum: float, label: str) -> Any:
    def check(settings: Settings) -> str | None:
        value = getattr(settings, name)
        return None if value >= minimum else f"{label}不能小于 {minimum}（当前为 {value}）"

    return check


def _url_scheme(settings: Settings) -> str | None:
    url = settings.database_url
    if not url or url.startswith(("sqlite://", "sqlite+pysqlite://", "postgresql+psycopg://")):
        return None
    return f"数据库地址“{url}”不受支持：只能是 sqlite:/// 或 postgresql+psycopg:// 开头"


def _limits(settings: Settings) -> str | None:
    if settings.sync_default_limit <= settings.sync_max_limit:
        return None
    return "同步默认页大小不能大于最大页大小"


_CHECKS = (
    _at_least("token_hours", 0.01, "令牌有效时长（小时）"),
    _at_least("tombstone_retention_days", 1, "删除记录保留天数"),
    _at_least("idempotency_retention_days", MIN_IDEMPOTENCY_RETENTION_DAYS, "幂等键保留天数"),
    _at_least("lockout_threshold", 1, "锁定前允许的连续失败次数"),
    _at_least("lockout_minutes", 1, "账号锁定时长（分钟）"),
    _at_least("login_window_seconds", 1, "登录失败统计窗口（秒）"),
    _at_least("login_max_failures_per_account", 1, "每账号登录失败上限"),
    _at_least("login_max_failures_per_ip", 1, "每地址登录失败上限"),
    _at_least("argon2_time_cost", 1, "argon2 时间成本"),
    _at_least("argon2_memory_kib", 8, "argon2 内存成本（KiB）"),
    _at_least("argon2_parallelism", 1, "argon2 并行度"),
    _at_least("sync_default_limit", 1, "同步默认页大小"),
    _at_least("sync_max_limit", 1, "同步最大页大小"),
    _at_least("maintenance_interval_minutes", 0, "维护任务间隔（分钟，0 表示不自动运行）"),
    _url_scheme,
    _limits,
)
