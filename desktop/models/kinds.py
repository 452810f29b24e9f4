"""Sync kinds (server table names) and the domain's record kinds, mapped both ways.

URLs and the sync feed name a kind by its table (``applications``); the domain rules
(``core.workflow``) and the server's ``record_kind`` columns use the Chinese record kind
(``拆建申请``). One table here keeps the two spellings from drifting apart.
"""

from __future__ import annotations

from types import MappingProxyType

from core.vocab import RecordKind

RECORD_KINDS = MappingProxyType(
    {
        "applicants": RecordKind.APPLICANT,
        "applications": RecordKind.APPLICATION,
        "completions": RecordKind.COMPLETION,
        "cargo_owners": RecordKind.CARGO_OWNER,
        "monthly_reports": RecordKind.MONTHLY_REPORT,
        "rewards": RecordKind.REWARD,
    }
)
"""Sync kinds that are records (created, modified, reviewed) → their domain record kind."""
