"""HTTP routes under ``/api/v1``, one module per resource; ``ROUTERS`` is what the app mounts."""

from server.routes import auth, health, joint_review, materials, me, records, reviews, sync

ROUTERS = (
    health.router,
    auth.router,
    me.router,
    sync.router,
    materials.router,
    records.router,
    reviews.router,
    joint_review.router,
)

__all__ = ["ROUTERS"]
