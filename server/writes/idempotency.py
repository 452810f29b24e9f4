"""Idempotent writes (SPEC §7): every POST/PUT/PATCH/DELETE carries an ``Idempotency-Key``; the
first response to a key is stored and a replay gets that response back, changing nothing.

A route takes ``write: Annotated[IdempotentWrite, Depends(idempotent_write)]`` and does its
work inside ``write.run(work)``, where ``work(session)`` returns a ``WriteResult`` or raises a
``ProblemError``. The mechanism, written once:

1. One writer transaction holds both the work and the stored response, so a crash can never
   leave a write applied without its key, or a key without its write.
2. The key row is inserted (claimed) *before* the work. A concurrent request with the same key
   blocks on that row's unique index until the first commits, then fails to insert, and answers
   by replaying the stored response — the work runs once.
3. The stored response is replayed with its original status, whatever happened since (a replay
   of a successful update is never a 412, though the row's version has moved on).
4. A problem the work raises (412, 403, 422 …) is a response too: the work is rolled back to a
   savepoint and the problem is stored under the key. Unexpected errors (500) roll everything
   back, key included, so the client may retry.
5. The key is bound to the request: SHA-256 of method, path with query and body. The same key
   with a different request → 422 ``idempotency_key_reuse``; nothing is stored.

Keys are per account and kept for ``idempotency_retention_days`` (≥ 30), then pruned by
``server.maintenance``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.responses import Response

from server.auth.actor import Actor, current_actor
from server.models import IdempotencyKey
from server.models.idempotency import KEY_MAX_LENGTH
from server.problems import (
    IDEMPOTENCY_KEY_INVALID,
    IDEMPOTENCY_KEY_REQUIRED,
    IDEMPOTENCY_KEY_REUSE,
    PROBLEM_MEDIA_TYPE,
    ProblemError,
)
from server.services import Services, get_services

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
JSON_MEDIA_TYPE = "application/json"
_KEY_PATTERN = re.compile(rf"[\x21-\x7e]{{1,{KEY_MAX_LENGTH}}}")
_CLAIMED = 0


def json_default(value: Any) -> Any:
    """JSON for the domain's non-JSON values: exact decimals as strings, ISO dates."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def encode_json(body: Any) -> bytes:
    return json.dumps(
        body, ensure_ascii=False, separators=(",", ":"), default=json_default
    ).encode()


class _ClaimLost(Exception):
    """Another transaction inserted the same key first (it committed while we waited)."""


@dataclass(frozen=True)
class WriteResult:
    """What a write's work answers: status, JSON body (None for an empty body) and headers."""

    status_code: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Stored:
    status_code: int
    content_type: str
    body: bytes
    headers: Mapping[str, str]

    def to_response(self, *, replayed: bool) -> Response:
        headers = dict(self.headers)
        if replayed:
            headers[REPLAYED_HEADER] = "true"
        media_type = self.content_type if self.body else None
        return Response(self.body, self.status_code, headers=headers, media_type=media_type)


def _from_result(result: WriteResult) -> _Stored:
    body = b"" if result.body is None else encode_json(result.body)
    return _Stored(result.status_code, JSON_MEDIA_TYPE, body, result.headers)


def _from_problem(problem: ProblemError, instance: str) -> _Stored:
    body = encode_json(problem.to_body(instance=instance))
    return _Stored(problem.kind.status, PROBLEM_MEDIA_TYPE, body, problem.headers)


@dataclass(frozen=True)
class IdempotentWrite:
    """The unit of work of one keyed write request (see the module docstring)."""

    services: Services
    actor: Actor
    key: str
    request_hash: str
    instance: str

    def run(self, work: Callable[[Session], WriteResult]) -> Response:
        """Run ``work`` once per key and answer with its first response ever after."""
        try:
            with self.services.db.write() as session:
                stored = self._claim(session)
                if stored is None:
                    stored = self._perform(session, work)
                    self._store(session, stored)
                    return stored.to_response(replayed=False)
        except _ClaimLost:
            return self._replay_after_race()
        return stored.to_response(replayed=True)

    def _claim(self, session: Session) -> _Stored | None:
        """The stored response of this key, or None after claiming the key for this request."""
        existing = session.get(IdempotencyKey, (self.actor.account_id, self.key))
        if existing is not None:
            return self._stored_for_this_request(existing)
        session.add(
            IdempotencyKey(
                account_id=self.actor.account_id,
                key=self.key,
                request_hash=self.request_hash,
                status_code=_CLAIMED,
                content_type="",
                body=b"",
                headers={},
                created_at=self.services.clock(),
            )
        )
        try:
            session.flush()
        except IntegrityError as error:
            raise _ClaimLost from error
        return None

    def _stored_for_this_request(self, existing: IdempotencyKey) -> _Stored:
        if existing.request_hash != self.request_hash:
            raise ProblemError(
                IDEMPOTENCY_KEY_REUSE,
                "该幂等键已用于另一个不同的请求，请为新的请求生成新的幂等键",
            )
        return _Stored(existing.status_code, existing.content_type, existing.body, existing.headers)

    def _perform(self, session: Session, work: Callable[[Session], WriteResult]) -> _Stored:
        savepoint = session.begin_nested()
        try:
            result = work(session)
            session.flush()
        except ProblemError as problem:
            savepoint.rollback()
            return _from_problem(problem, self.instance)
        savepoint.commit()
        return _from_result(result)

    def _store(self, session: Session, stored: _Stored) -> None:
        row = session.get(IdempotencyKey, (self.actor.account_id, self.key))
        assert row is not None, "the key was claimed in this transaction"
        row.status_code = stored.status_code
        row.content_type = stored.content_type
        row.body = stored.body
        row.headers = dict(stored.headers)

    def _replay_after_race(self) -> Response:
        """A concurrent request with the same key won the claim; answer with its response."""
        with self.services.db.read() as session:
            existing = session.get(IdempotencyKey, (self.actor.account_id, self.key))
            if existing is None:
                raise ProblemError(IDEMPOTENCY_KEY_REUSE, "相同幂等键的请求正在处理，请稍后重试")
            stored = self._stored_for_this_request(existing)
        return stored.to_response(replayed=True)


def request_fingerprint(method: str, path_with_query: str, body: bytes) -> str:
    """SHA-256 over what makes two requests "the same request"."""
    digest = hashlib.sha256()
    for part in (method.upper().encode(), path_with_query.encode(), body):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def _key_of(request: Request) -> str:
    key = request.headers.get(HEADER)
    if key is None:
        raise ProblemError(
            IDEMPOTENCY_KEY_REQUIRED,
            f"写操作必须携带 {HEADER} 请求头（每个请求一个唯一值，重发时保持不变）",
        )
    if not _KEY_PATTERN.fullmatch(key):
        raise ProblemError(
            IDEMPOTENCY_KEY_INVALID,
            f"{HEADER} 应为 1-{KEY_MAX_LENGTH} 个可见 ASCII 字符，如一个 UUID",
        )
    return key


async def idempotent_write(
    request: Request,
    actor: Annotated[Actor, Depends(current_actor)],
    services: Annotated[Services, Depends(get_services)],
) -> IdempotentWrite:
    """FastAPI dependency: the keyed unit of work of this write request."""
    key = _key_of(request)
    body = await request.body()
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return IdempotentWrite(
        services=services,
        actor=actor,
        key=key,
        request_hash=request_fingerprint(request.method, path, body),
        instance=request.url.path,
    )


def idempotency_key(request: Request) -> str:
    """The request's valid ``Idempotency-Key`` (428/400 otherwise), checked before a streamed
    body is read: a material upload must not send 60 MB only to learn its key is missing."""
    return _key_of(request)


def streamed_write(
    request: Request, actor: Actor, services: Services, key: str, content_sha256: str
) -> IdempotentWrite:
    """The keyed unit of work of a request whose body was streamed to disk, never held in
    memory (a material zip): the SHA-256 of its content stands in for the body in the
    fingerprint (a multipart body differs by its boundary from one send to the next)."""
    path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return IdempotentWrite(
        services=services,
        actor=actor,
        key=key,
        request_hash=request_fingerprint(request.method, path, content_sha256.encode()),
        instance=request.url.path,
    )
