"""Special portfolios (watchlists): the pane, its dialogs and the write-off journal export."""
