"""What the status bar shows about sync (SPEC §8): online or not, progress, outbox, last sync."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Phase(StrEnum):
    IDLE = "空闲"
    PUSHING = "正在上传"
    PULLING = "正在下载"
    MATERIALS = "正在下载材料"


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot of the sync state; a new one is published on every change.

    ``online`` is None until the server was first tried. ``progress_total`` 0 means "unknown"
    (the bar then shows activity without a percentage). ``message`` is the latest problem in
    Chinese ("" when all is well); ``needs_login`` asks the UI to show the login dialog.
    """

    online: bool | None = None
    phase: Phase = Phase.IDLE
    progress_done: int = 0
    progress_total: int = 0
    outbox_pending: int = 0
    conflicts: int = 0
    failed: int = 0
    last_success_at: datetime | None = None
    message: str = ""
    needs_login: bool = False

    @property
    def syncing(self) -> bool:
        return self.phase is not Phase.IDLE

    @property
    def outbox_count(self) -> int:
        """Everything not yet on the server (pending, conflicting and failed items)."""
        return self.outbox_pending + self.conflicts + self.failed
