"""argkg.reports."""
