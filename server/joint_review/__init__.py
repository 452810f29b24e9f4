"""Platform joint review (平台联审, SPEC §5, manual §0.3, §3.3, §3.6) against the registries.

* ``registries`` — the registry tables read into ``core.joint_review.Registries``,
* ``run`` — which records of a region are judged or skipped, and saving their platform results
  through the same decision mechanism as every other level (``server.reviews.decisions``).

The rules themselves (judgment dates per policy × project, problem texts) are
``core.joint_review``'s.
"""
