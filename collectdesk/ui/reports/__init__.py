"""The Reports pane and presenting a report."""
