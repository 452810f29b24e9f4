"""The one server call of the joint-review pages: ``POST /joint-review`` (docs/api-contract.md).

The platform joint review reads the registries, which live on the server only, so it is never
queued offline like a decision: the page runs it with the server on the line and shows the
answer at once. The call goes through ``ApiClient.send_write`` (a keyed write: a request
retried after a lost answer is applied once) on a ``sibling`` client, because the sync thread
keeps using the main client meanwhile (``requests.Session`` is not made for two threads).

The answer is read into small frozen records here, Qt-free, so a malformed answer fails with a
Chinese message on the worker thread rather than as a KeyError in a widget.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from desktop.sync.api_client import ApiClient
from desktop.sync.errors import ServerError

PATH = "/joint-review"


@dataclass(frozen=True)
class JudgedRecord:
    """One record the platform judged: passed, or its problems with their ①–④ marks."""

    record_id: str
    ship_name: str
    passed: bool
    problems: tuple[str, ...]


@dataclass(frozen=True)
class SkippedRecord:
    """A record of the region the platform did not judge, with the server's reason."""

    record_id: str
    ship_name: str
    reason: str


@dataclass(frozen=True)
class RegistryLoad:
    """A registry the records were judged against, and when it was last loaded."""

    name: str
    row_count: int
    loaded_at: str


@dataclass(frozen=True)
class JointReviewRun:
    """The server's answer: what was judged and skipped, saved or only previewed."""

    saved: bool
    review_date: str
    judged: tuple[JudgedRecord, ...]
    skipped: tuple[SkippedRecord, ...]
    registries: tuple[RegistryLoad, ...]
    total: int

    @property
    def passed(self) -> int:
        return sum(record.passed for record in self.judged)

    @property
    def failed(self) -> int:
        return len(self.judged) - self.passed


def run_joint_review(
    client: ApiClient, kind: str, region_code: str, *, save: bool
) -> JointReviewRun:
    """Judge ``region_code``'s records of ``kind``; save the platform results when ``save``.

    Runs on a worker thread; raises the client's ``SyncError`` (Chinese) when it fails.
    """
    body = json.dumps({"kind": kind, "region_code": region_code, "save": save}, ensure_ascii=False)
    sibling = client.sibling()
    try:
        answer = sibling.send_write("POST", PATH, body, str(uuid.uuid4()), None)
    finally:
        sibling.close()
    return read_run(answer.body)


def read_run(body: Any) -> JointReviewRun:
    """The answer as records; ``ServerError`` when it is not the contract's shape."""
    try:
        return JointReviewRun(
            saved=bool(body["saved"]),
            review_date=str(body["review_date"]),
            judged=tuple(_judged(item) for item in body["results"]),
            skipped=tuple(
                SkippedRecord(str(i["record_id"]), str(i["ship_name"]), str(i["reason"]))
                for i in body["skipped"]
            ),
            registries=tuple(
                RegistryLoad(str(i["name"]), int(i["row_count"]), str(i["loaded_at"]))
                for i in body["registries"]
            ),
            total=int(body["summary"]["total"]),
        )
    except (KeyError, TypeError, ValueError):
        raise ServerError(
            "服务器返回的联审结果格式不正确，请稍后重试或联系系统管理员。", 200
        ) from None


def _judged(item: Any) -> JudgedRecord:
    return JudgedRecord(
        record_id=str(item["record_id"]),
        ship_name=str(item["ship_name"]),
        passed=bool(item["passed"]),
        problems=tuple(str(text) for text in item["problems"]),
    )
