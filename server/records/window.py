"""The declaration window (申报状态) guard every record write and review passes through.

The rules are ``core.declaration``'s: closed and expired forbid every write (409
``declaration_closed`` with the core's Chinese reason), a status applies to its own subsidy
year, the policy scope limits new applications. One addition belongs to the server: during
maintenance (运维) only the accounts that may log in may act. Creating the status ends every
session, but a request already authenticated a moment before must not slip through either.
"""

from __future__ import annotations

from core import declaration as rules
from core.declaration import DeclarationStatus, WriteAction
from core.vocab import DeclarationState, Policy, RecordKind
from server.declaration_window import current_status
from server.problems import DECLARATION_CLOSED, MAINTENANCE, ProblemError
from server.records.context import WriteContext


def ensure_open(
    ctx: WriteContext,
    action: WriteAction,
    kind: RecordKind,
    *,
    policy: Policy | None = None,
    year: int | None = None,
) -> DeclarationStatus:
    """The status in force, or the problem that says why the window refuses this write."""
    status = current_status(ctx.session)
    if status is not None and status.state is DeclarationState.MAINTENANCE:
        refusal = rules.login_refusal(status, ctx.actor.region_level, ctx.actor.permissions)
        if refusal is not None:
            raise ProblemError(MAINTENANCE, refusal)
    reason = rules.write_refusal(status, ctx.today, action, kind, policy, year=year)
    if reason is not None or status is None:
        raise ProblemError(DECLARATION_CLOSED, reason or "尚未创建申报状态。")
    return status
