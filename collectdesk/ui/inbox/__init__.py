"""The Feedback inbox pane (issue 5): letters, e-mails, calls, agency data and staff suggestions."""
