"""Demo accounts: every region level with every permission mix, and a CSV that logs in."""

from __future__ import annotations

import csv
import io

from core import regions
from core.vocab import Permission, RegionLevel
from demo.accounts import ACCOUNTS_CSV_COLUMNS
from server.auth.permissions import decode_permissions
from tests.demo.conftest import LoadedWorld

_P = Permission
PROVINCE_MIXES = {
    frozenset({_P.SYSTEM, _P.MANAGE, _P.REVIEW, _P.QUERY}),
    frozenset({_P.REVIEW, _P.QUERY}),
    frozenset({_P.EXTERNAL_REVIEW}),
    frozenset({_P.QUERY}),
}
CITY_MIXES = {
    frozenset({_P.MANAGE, _P.EDIT, _P.REVIEW, _P.QUERY}),
    frozenset({_P.REVIEW, _P.QUERY}),
    frozenset({_P.EDIT, _P.QUERY}),
}
COUNTY_MIXES = {
    frozenset({_P.MANAGE, _P.EDIT, _P.REVIEW, _P.QUERY}),
    frozenset({_P.REVIEW}),
    frozenset({_P.EDIT, _P.QUERY}),
}


def _csv_rows(loaded: LoadedWorld) -> list[dict[str, str]]:
    text = (loaded.data_dir / "demo-accounts.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_every_region_has_every_mix_of_its_level(loaded: LoadedWorld) -> None:
    mixes: dict[str, set[frozenset[Permission]]] = {}
    for row in loaded.rows("accounts"):
        assert row["id"].startswith(f"{row['region_code']}-")
        mixes.setdefault(row["region_code"], set()).add(decode_permissions(row["permissions"]))
    assert set(mixes) == {region.code for region in regions.all_regions()}
    for code, found in mixes.items():
        region = regions.get(code)
        if region.level is RegionLevel.PROVINCE:
            assert found == PROVINCE_MIXES
        elif region.level is RegionLevel.CITY or region.is_city_pseudo:
            assert found == CITY_MIXES, code
        else:
            assert found == COUNTY_MIXES, code
    assert "430101-1" in {row["id"] for row in loaded.rows("accounts")}
    assert "433199-1" in {row["id"] for row in loaded.rows("accounts")}


def test_the_accounts_csv_logs_in(loaded: LoadedWorld) -> None:
    stored = {row["id"]: row for row in loaded.rows("accounts")}
    rows = _csv_rows(loaded)
    assert tuple(rows[0]) == ACCOUNTS_CSV_COLUMNS
    assert {row["account"] for row in rows} == set(stored)
    hashes: dict[str, set[str]] = {}
    for row in rows:
        account = stored[row["account"]]
        assert loaded.passwords.verify(account["password_hash"], row["password"]), row
        assert not loaded.passwords.verify(account["password_hash"], row["password"] + "x")
        hashes.setdefault(row["password"], set()).add(account["password_hash"])
        assert row["region"].startswith(account["region_code"])
        granted = frozenset(Permission(p) for p in row["permissions"].split("、"))
        assert granted == decode_permissions(account["permissions"])
    assert all(len(found) == 1 for found in hashes.values()), "one hash per distinct password"
