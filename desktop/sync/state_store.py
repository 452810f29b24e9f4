"""Reading and creating the cache's single sync-state row."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from desktop.models import STATE_ROW_ID, SyncState
from desktop.models.database import CacheDatabase
from desktop.sync.account import AccountInfo


class CacheMismatchError(RuntimeError):
    """A cache file was opened for another server or account than it belongs to."""


def sync_state(session: Session) -> SyncState:
    """The state row; the cache must have been bound to its account first (``bind_cache``)."""
    state = session.get(SyncState, STATE_ROW_ID)
    if state is None:
        raise CacheMismatchError("本地缓存尚未绑定账号，请先登录。")
    return state


def bind_cache(db: CacheDatabase, server_url: str, account: AccountInfo) -> None:
    """Create the state row on first use, or check the cache belongs to this server+account."""
    with db.write() as session:
        state = session.get(SyncState, STATE_ROW_ID)
        if state is None:
            session.add(
                SyncState(
                    id=STATE_ROW_ID,
                    server_url=server_url,
                    account_id=account.id,
                    account_json=account.to_json(),
                    cursor=0,
                    server_version=0,
                    full_resyncs=0,
                    clock_offset_seconds=0.0,
                )
            )
            return
        if state.account_id != account.id:
            raise CacheMismatchError(
                f"本地缓存属于账号 {state.account_id}，不能用于账号 {account.id}。"
            )
        state.account_json = account.to_json()


def stored_account(db: CacheDatabase) -> AccountInfo | None:
    """The account the cache was last used with (to work offline without logging in)."""
    with db.read() as session:
        state = session.get(SyncState, STATE_ROW_ID)
        if state is None:
            return None
        return AccountInfo.from_json(json.loads(state.account_json))
