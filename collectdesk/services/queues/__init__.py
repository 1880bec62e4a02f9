"""Account queues: filters, built-in and saved queues, SQL windows for a 1,000,000-row table, export."""

from collectdesk.services.queues.filters import QueueFilter
from collectdesk.services.queues.columns import COLUMNS, DEFAULT_COLUMNS, Column
from collectdesk.services.queues.builtin import BUILTIN_KEYS, builtin_filter
from collectdesk.services.queues.window import QueueQuery, QueueRow

__all__ = ["QueueFilter", "COLUMNS", "DEFAULT_COLUMNS", "Column", "BUILTIN_KEYS", "builtin_filter",
           "QueueQuery", "QueueRow"]
