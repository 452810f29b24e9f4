"""Write infrastructure shared by every mutating route: idempotency keys and expected versions.

See ``server/README.md`` for how a new synced resource uses them.
"""

from server.writes.idempotency import IdempotentWrite, WriteResult, idempotent_write
from server.writes.preconditions import ExpectedVersion, check_version, expected_version

__all__ = [
    "ExpectedVersion",
    "IdempotentWrite",
    "WriteResult",
    "check_version",
    "expected_version",
    "idempotent_write",
]
