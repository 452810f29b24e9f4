"""``python -m demo`` and the second-process path of ``load_demo``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from demo.cli import main
from demo.config import WorldConfig
from demo.subsidy_year import subsidy_year_row
from demo.world import Batch
from server import demo_load
from server.db import open_database
from server.demo_load import DemoGenerationError, generated_elsewhere, load_demo
from server.migrate import upgrade
from server.models import Account, Application, MaterialFile, SubsidyYear
from server.settings import Settings
from tests.demo.conftest import TODAY, cheap_passwords


@pytest.fixture
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (("TIME_COST", "1"), ("MEMORY_KIB", "8"), ("PARALLELISM", "1")):
        monkeypatch.setenv(f"REVIEWDESK_ARGON2_{name}", value)


def _count(url: str, model: type) -> int:
    db = open_database(url)
    try:
        with db.read() as session:
            return int(session.execute(select(func.count()).select_from(model)).scalar_one())
    finally:
        db.dispose()


def test_python_m_demo_makes_a_data_directory(tmp_path: Path, cheap_argon2: None) -> None:
    out = tmp_path / "data"
    assert main(["--records", "25", "--out", str(out)]) == 0
    url = Settings(data_dir=out).resolved_database_url
    assert _count(url, Application) == 25
    assert _count(url, Account) > 400
    assert (out / "demo-accounts.csv").is_file()
    assert any((out / "demo-zips").glob("*.zip"))
    assert main(["--records", "25", "--out", str(out)]) == 2, "refuses to overwrite"


def test_a_second_process_generates_the_same_world(tmp_path: Path) -> None:
    counts = {}
    for in_process in (True, False):
        data_dir = tmp_path / f"in-process-{in_process}"
        db = open_database(Settings(data_dir=data_dir).resolved_database_url)
        try:
            upgrade(db.engine)
            counts[in_process] = load_demo(
                db.write_sessions,
                data_dir,
                30,
                passwords=cheap_passwords(),
                today=TODAY,
                in_process=in_process,
            )
            with db.read() as session:
                files = session.execute(select(func.count()).select_from(MaterialFile))
                assert files.scalar_one() == counts[in_process]["material_files"]
        finally:
            db.dispose()
    assert counts[True] == counts[False]


def test_a_failed_generation_leaves_the_database_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(config: WorldConfig) -> Iterator[Batch]:
        batch = Batch()
        batch.add("subsidy_years", [subsidy_year_row(config.year)])
        yield batch
        raise RuntimeError("生成器故障")

    monkeypatch.setattr(demo_load, "generate", broken)
    db = open_database(Settings(data_dir=tmp_path).resolved_database_url)
    try:
        upgrade(db.engine)
        with pytest.raises(RuntimeError, match="生成器故障"):
            load_demo(db.write_sessions, tmp_path, 10, passwords=cheap_passwords(), in_process=True)
        with db.read() as session:
            assert session.execute(select(func.count()).select_from(SubsidyYear)).scalar_one() == 0
    finally:
        db.dispose()


def test_a_failure_in_the_second_process_is_raised_here() -> None:
    """A year without standards cannot be generated: the worker's error reaches the caller."""
    batches = generated_elsewhere(WorldConfig(records=5, year=2023, today=TODAY))
    with pytest.raises(DemoGenerationError, match="2024"):
        list(batches)
