"""Managing the accounts of one's own and lower regions (manual §8.1, SPEC §3).

``authority`` holds who may manage whom, ``bodies`` the requests, ``views`` the rows page 8-1
lists, ``service`` the writes that run inside the idempotent unit of work.
"""
