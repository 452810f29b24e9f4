"""The conflicts view (SPEC §7, §8): queued changes the server did not take, and the choices."""

from __future__ import annotations

from desktop.views.conflicts.conflicts_view import ConflictsView

__all__ = ["ConflictsView"]
