"""The platform joint-review pages (平台联审, manual §3.3, §3.6; SPEC §5).

* ``page`` — 申请审核（平台） / 完结审核（平台）: the kind's list at the platform level and the run,
* ``results_table`` — one run's answer, record by record,
* ``columns`` — the list columns with the problems beside the 联审 mark,
* ``calls`` — the ``POST /joint-review`` call and its answer, Qt-free.
"""

from desktop.views.joint_review.page import JointReviewPage

__all__ = ["JointReviewPage"]
