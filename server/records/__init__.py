"""Record resources (SPEC §5): create, modify and delete the six record kinds under
``/api/v1/records/{kind}``. Kind specifics live in one module per kind; ``service`` runs the
same guarded sequence for all of them."""
