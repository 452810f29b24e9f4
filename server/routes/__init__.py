"""HTTP routes under ``/api/v1``, one module per resource; ``ROUTERS`` is what the app mounts."""

from server.routes import (
    accounts,
    auth,
    declaration_statuses,
    health,
    joint_review,
    materials,
    me,
    records,
    reviews,
    subsidy_years,
    sync,
)

ROUTERS = (
    health.router,
    auth.router,
    me.router,
    sync.router,
    materials.router,
    records.router,
    reviews.router,
    joint_review.router,
    accounts.router,
    declaration_statuses.router,
    subsidy_years.router,
)

__all__ = ["ROUTERS"]
