"""argkg.ingest."""
