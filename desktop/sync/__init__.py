"""The sync engine: the API client, the outbox, pulls, pushes and material files.

Qt-free on purpose (the Qt wrapper is ``desktop.workers``): ``context.SyncContext`` wires one
account's cache, client and engine; ``local_actions`` are the writes a person makes;
``engine.SyncEngine`` pushes the outbox and pulls changes; ``outbox_queue`` is what the person
sees of the outbox and decides about conflicts; ``materials`` keeps verified PDFs on disk.
"""
