"""The Dashboard pane: headline figures, aging and the collections trend, each clickable into its queue."""
