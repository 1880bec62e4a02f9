"""The account detail panel (debtor, balances, timeline) and its action dialogs.

    panel = AccountDetailPanel(database.ctx)
    panel.show_account(account_id)
    panel.account_changed.connect(queue.refresh_row)   # after any successful action, with the account id

Dialogs call the services in the GUI thread (single-row writes) and pass the version the panel showed
as `expected_version`; a stale edit closes the dialog, the panel says who changed what and reloads.
"""
