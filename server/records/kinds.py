"""What every record kind must tell the write service, as one small abstract class.

``server.records.service`` runs the same guarded sequence for every kind (scope, version,
declaration window, workflow rules, validation, write, side effects); a kind module only
answers the questions below about its own records. Defaults fit a top-level record without
parent, children or derived values.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from core.vocab import RecordKind
from core.workflow import RecordFacts
from server.models import Synced
from server.records.bodies import CreateBody, PatchBody
from server.records.context import WriteContext
from server.validation_messages import FieldProblem


@dataclass(frozen=True)
class Parent:
    """The record a new or changed record hangs from (None for top-level kinds).

    ``problems`` says why a named parent cannot be used (missing, out of scope, taken): they are
    validation problems of the request and are reported with the form's own.
    """

    row: Any = None
    problems: list[FieldProblem] = field(default_factory=list)


@dataclass(frozen=True)
class Target:
    """The record a write produces: its subsidy year and, unless it is new, the stored row."""

    year: int
    row: Any = None


class KindHandler(ABC):
    """One record kind's answers to the write service (see the module docstring)."""

    name: ClassVar[str]
    kind: ClassVar[RecordKind]
    model: ClassVar[type[Synced]]
    create_body: ClassVar[type[CreateBody]]
    patch_body: ClassVar[type[PatchBody]]

    def parent_for_create(self, ctx: WriteContext, fields: Mapping[str, Any]) -> Parent:
        """The parent named by a create request."""
        return Parent()

    def parent_for_modify(self, ctx: WriteContext, row: Any, changes: Mapping[str, Any]) -> Parent:
        """The parent of a record being modified (possibly a newly chosen one)."""
        return Parent()

    def region_for(self, ctx: WriteContext, parent: Parent) -> str:
        """The region a new record belongs to: its parent's, or the creating account's."""
        return parent.row.region_code if parent.row is not None else ctx.actor.region_code

    def new_facts(
        self, ctx: WriteContext, parent: Parent, fields: Mapping[str, Any]
    ) -> RecordFacts:
        """What ``core.workflow.can_create`` needs about the record about to be created."""
        return RecordFacts(self.kind)

    @abstractmethod
    def facts(self, ctx: WriteContext, row: Any) -> RecordFacts:
        """What ``can_modify``/``can_delete`` need about a stored record."""

    def modify_refusals(self, ctx: WriteContext, row: Any, changes: Mapping[str, Any]) -> list[str]:
        """Refusals the change itself causes (beyond those of the stored record)."""
        return []

    def delete_refusals(self, ctx: WriteContext, row: Any) -> list[str]:
        """Kind-specific reasons against deleting, added to ``can_delete``'s."""
        return []

    @abstractmethod
    def stored_form(self, row: Any) -> dict[str, Any]:
        """The stored record as request-shaped (column-named) values, for partial updates."""

    @abstractmethod
    def problems(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> list[FieldProblem]:
        """Every problem of the complete, column-named ``values`` at once."""

    @abstractmethod
    def columns(
        self, ctx: WriteContext, values: Mapping[str, Any], parent: Parent, target: Target
    ) -> dict[str, Any]:
        """The typed column values of valid ``values`` (derived amounts included)."""

    def after_write(self, ctx: WriteContext, row: Any) -> None:  # noqa: B027
        """Keep dependants consistent after ``row`` was created or modified (default: none)."""

    def after_delete(self, ctx: WriteContext, row: Any) -> None:  # noqa: B027
        """Keep dependants consistent after ``row`` was deleted (default: none)."""
