"""Escalations (issue 6): raising one, the approvals queue, the payment plan calculator."""
