"""The local cache: mirrored server tables, the outbox, sync state and the material index.

Importing this package registers every table on ``CacheBase.metadata`` (what the cache
migrations create and compare). Tables live in small modules named after what they hold.
"""

from desktop.models.base import CacheBase, Mirrored
from desktop.models.list_indexes import LIST_INDEXES  # registers the list indexes
from desktop.models.material_cache import CachedMaterial
from desktop.models.mirror import (
    MIRRORS,
    AccountRow,
    Applicant,
    Application,
    CargoOwner,
    Completion,
    DeclarationStatus,
    MaterialFile,
    MonthlyReport,
    OtherRow,
    ReviewResult,
    Reward,
    SubsidyYear,
)
from desktop.models.outbox import ItemAction, ItemState, OutboxItem, OutboxRow
from desktop.models.server_copies import ServerCopy
from desktop.models.sync_state import STATE_ROW_ID, SyncState

metadata = CacheBase.metadata

__all__ = [
    "LIST_INDEXES",
    "MIRRORS",
    "STATE_ROW_ID",
    "AccountRow",
    "Applicant",
    "Application",
    "CacheBase",
    "CachedMaterial",
    "CargoOwner",
    "Completion",
    "DeclarationStatus",
    "ItemAction",
    "ItemState",
    "MaterialFile",
    "Mirrored",
    "MonthlyReport",
    "OtherRow",
    "OutboxItem",
    "OutboxRow",
    "ReviewResult",
    "Reward",
    "ServerCopy",
    "SubsidyYear",
    "SyncState",
    "metadata",
]
