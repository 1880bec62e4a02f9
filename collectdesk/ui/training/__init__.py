"""Training: the Training pane (modules and their records) and the staff page's training widget."""
