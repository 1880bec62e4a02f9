"""Qt widgets, panes, dialogs and item models. Talks to services; never opens a session itself."""
