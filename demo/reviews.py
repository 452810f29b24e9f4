"""The review tables of a record's history: ``review_results`` (the audit log every desk syncs)
and ``review_submissions`` (the server's append-only log of every decision received).

One result per (record, level, day), with the id the server derives from exactly that key
(``server.models.reviews.review_result_id``), so a desk that records a decision offline would
compute the same id; each result points at the submission it came from.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import Any

from core.vocab import RecordKind
from demo.days import office_time
from demo.histories import Decided
from server.models.reviews import review_result_id


def review_rows(
    kind: RecordKind,
    record_id: str,
    region_code: str,
    results: Iterable[Decided],
    rng: random.Random,
    new_id: Callable[[], str],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(review_results rows, review_submissions rows) of the decisions of one record."""
    audit: list[dict[str, Any]] = []
    submissions: list[dict[str, Any]] = []
    for result in results:
        submission_id = new_id()
        at = office_time(result.on, rng)
        common = {
            "region_code": region_code,
            "record_kind": kind.value,
            "record_id": record_id,
            "level": result.level.value,
            "decision": result.decision.value,
            "opinion": result.opinion,
            "reviewer": result.reviewer.account_id,
            "review_date": result.on,
        }
        submissions.append({"id": submission_id, **common, "created_at": at})
        audit.append(
            {
                "id": review_result_id(kind.value, record_id, result.level.value, result.on),
                **common,
                "submission_id": submission_id,
                "created_at": at,
                "updated_at": at,
            }
        )
    return audit, submissions
