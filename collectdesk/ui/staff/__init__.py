"""The Staff pane: staff records, each person's scorecard history, evaluations and training."""
