"""Authentication (passwords, tokens, login throttling, session epochs) and the ``Actor``."""
