"""Settings from the environment, overridden by options, every invalid value reported at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.settings import Settings, SettingsError


def test_environment_values_are_parsed_by_type(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {
            "REVIEWDESK_DATA_DIR": str(tmp_path),
            "REVIEWDESK_TOKEN_HOURS": "8.5",
            "REVIEWDESK_TOMBSTONE_RETENTION_DAYS": "120",
            "REVIEWDESK_LOCKOUT_THRESHOLD": "4",
            "REVIEWDESK_SQL_ECHO": "yes",
        }
    )

    assert settings.data_dir == tmp_path
    assert settings.token_hours == 8.5
    assert settings.tombstone_retention_days == 120
    assert settings.lockout_threshold == 4
    assert settings.sql_echo is True
    assert settings.idempotency_retention_days == 30


def test_defaults_give_the_sqlite_file_in_the_data_dir(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)

    assert settings.resolved_database_url == f"sqlite:///{tmp_path.as_posix()}/server.sqlite3"
    assert settings.blob_dir == tmp_path / "blobs"
    assert Settings(database_url="postgresql+psycopg://x@h/db").resolved_database_url == (
        "postgresql+psycopg://x@h/db"
    )


def test_unparsable_environment_values_are_all_reported() -> None:
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({"REVIEWDESK_TOKEN_HOURS": "soon", "REVIEWDESK_SQL_ECHO": "maybe"})

    assert raised.value.problems == [
        "环境变量 REVIEWDESK_TOKEN_HOURS 的值“soon”无效",
        "环境变量 REVIEWDESK_SQL_ECHO 的值“maybe”无效",
    ]


def test_out_of_range_values_are_all_reported() -> None:
    with pytest.raises(SettingsError) as raised:
        Settings().with_overrides(
            idempotency_retention_days=7,
            lockout_threshold=0,
            database_url="mysql://x",
            sync_default_limit=9000,
        )

    assert raised.value.problems == [
        "幂等键保留天数不能小于 30（当前为 7）",
        "锁定前允许的连续失败次数不能小于 1（当前为 0）",
        "数据库地址“mysql://x”不受支持：只能是 sqlite:/// 或 postgresql+psycopg:// 开头",
        "同步默认页大小不能大于最大页大小",
    ]


def test_overrides_ignore_options_not_given(tmp_path: Path) -> None:
    base = Settings(data_dir=tmp_path, token_hours=3)

    assert base.with_overrides(data_dir=None, token_hours=None) == base
