"""The sync read API's machinery: the registry of synced kinds and the changes reader."""
