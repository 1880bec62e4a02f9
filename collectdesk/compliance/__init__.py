"""Compliance: profiles of rules (versioned data), the engine that checks the activity log against them,
and the explanations of its hits. Pure domain code; see docs/compliance.md."""
