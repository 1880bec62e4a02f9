"""The feedback inbox (issue 5): letters, e-mails, calls, agency data and staff suggestions.

Modules (the contract is /work/notes/inbox_api.md):

- sla.py            acknowledge-by and resolve-by dates per category, in working days of a country
- items.py          listing, counting, searching, the item's detail and every triage change
- entries.py        letters with their scan, phone calls, staff suggestions, attachments
- agency_import.py  survey and complaint data from external reporting agencies (CSV/XLSX)
- figures.py        complaints per 1,000 accounts/contacts, satisfaction, times, overdue
- email_import.py, email_decode.py, matching.py   e-mail import and suggested links (helper A)
"""
