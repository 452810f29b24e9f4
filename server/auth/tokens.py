"""Bearer tokens: 32 random bytes, URL-safe; the database keeps only their SHA-256.

A stolen copy of the token table therefore cannot be replayed. SHA-256 (not argon2) is right
here: the token has 256 bits of entropy, so there is nothing to brute-force, and every request
looks its token up by this digest.
"""

from __future__ import annotations

import hashlib
import secrets

TOKEN_BYTES = 32


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
