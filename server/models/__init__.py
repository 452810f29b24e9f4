"""The server's schema: every table, importable from one place.

Importing this package registers all tables on ``Base.metadata`` (what Alembic compares and
migrates) and installs the version-stamping hook. Tables live in small modules named after
what they hold.
"""

from server.models.accounts import Account, AuthToken, LoginFailure
from server.models.base import Base, Synced, new_id
from server.models.cargo_records import CargoOwner, MonthlyReport, Reward
from server.models.counters import CounterName, ServerCounter
from server.models.declarations import PROVINCE_CODE, DeclarationStatus, SubsidyYear
from server.models.idempotency import IdempotencyKey
from server.models.materials import Blob, MaterialFile
from server.models.registry import (
    RegistryInspection,
    RegistryLoad,
    RegistryOperationCertificate,
    RegistryOperatorLicence,
    RegistryOwnership,
)
from server.models.reviews import ReviewResult, ReviewSubmission, review_result_id
from server.models.ship_records import Applicant, Application, Completion
from server.models.tombstones import Tombstone

metadata = Base.metadata

__all__ = [
    "PROVINCE_CODE",
    "Account",
    "Applicant",
    "Application",
    "AuthToken",
    "Base",
    "Blob",
    "CargoOwner",
    "Completion",
    "CounterName",
    "DeclarationStatus",
    "IdempotencyKey",
    "LoginFailure",
    "MaterialFile",
    "MonthlyReport",
    "RegistryInspection",
    "RegistryLoad",
    "RegistryOperationCertificate",
    "RegistryOperatorLicence",
    "RegistryOwnership",
    "ReviewResult",
    "ReviewSubmission",
    "Reward",
    "ServerCounter",
    "SubsidyYear",
    "Synced",
    "Tombstone",
    "metadata",
    "new_id",
    "review_result_id",
]

# The flush hooks: version stamping and tombstones, and "a declaration status created or
# deleted ends every session". Imported last because they need the tables above.
import server.auth.sessions  # noqa: E402
import server.versioning  # noqa: E402, F401
