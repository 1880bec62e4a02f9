"""The Compliance pane: findings of the scan over the activity log (filters, counts, trend, review) and
the profiles with their rules (the department's own policy editable)."""
