"""argkg.queries."""
