"""Compliance use cases: which profile applies to an account (profiles), the scan over the activity log,
the check at the point of contact, findings and their review."""
