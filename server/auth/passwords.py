"""Password hashing with argon2id (memory-hard, SPEC §7) via argon2-cffi.

The cost parameters come from the settings so production uses the library's recommended
costs while tests can use cheap ones. Hashes made with older costs are upgraded at the next
successful login (``needs_rehash``).
"""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from server.settings import Settings


class Passwords:
    """Hash and verify passwords with the configured argon2id costs."""

    def __init__(self, settings: Settings) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.argon2_time_cost,
            memory_cost=settings.argon2_memory_kib,
            parallelism=settings.argon2_parallelism,
            type=Type.ID,
        )
        self._decoy = self._hasher.hash("decoy-password-for-unknown-accounts")

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored_hash: str, password: str) -> bool:
        """True when ``password`` matches; a malformed stored hash never matches."""
        try:
            return self._hasher.verify(stored_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def verify_decoy(self, password: str) -> bool:
        """Spend the same time as a real check, for accounts that do not exist.

        Without it a login for an unknown account would answer measurably faster, telling an
        attacker which account ids exist.
        """
        self.verify(self._decoy, password)
        return False

    def needs_rehash(self, stored_hash: str) -> bool:
        try:
            return self._hasher.check_needs_rehash(stored_hash)
        except InvalidHashError:
            return True
