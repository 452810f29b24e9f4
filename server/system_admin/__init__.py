"""Province system administration (manual ch. 7, SPEC §4): declaration statuses and subsidy
years with their standards tables and material lists.

``authority`` holds who may do it (province 【系统】), ``bodies`` the requests, ``views`` the
rows pages 7-1 and 7-3 list, ``statuses``/``years``/``year_tables`` the writes, and
``standards_check`` the all-at-once validation of an edited standards table. The rows sync with
``__sync_scope__ = "global"``, so every desktop receives them through ``/sync/changes``.
"""
