"""Demo data: a realistic, deterministic collections department in Italy, Poland and Germany.

    from collectdesk.services.demo import build_demo, DemoSummary, DemoCancelled, DEFAULT_ACCOUNTS
    summary = build_demo(ctx, accounts=2000, seed=1, today=None, progress=None, cancelled=None)

The same seed and the same `today` give the same data, ids included. builder.py has the transaction,
stream.py the worker process for big builds, loading.py the fast inserts, the other modules the
department itself. The names are imported lazily, so the worker process (python -m
collectdesk.services.demo.stream) does not load Qt or SQLAlchemy.
"""

from __future__ import annotations

__all__ = ["build_demo", "DemoSummary", "DemoCancelled", "DEFAULT_ACCOUNTS"]


def __getattr__(name: str):
    if name in __all__:
        from collectdesk.services.demo import builder

        return getattr(builder, name)
    raise AttributeError(name)
