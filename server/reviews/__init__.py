"""Review decisions (同意/退回 per level) and the audit log of a record (SPEC §5)."""
