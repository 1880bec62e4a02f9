"""The generator as a stream of chunks: in this process, or in a worker process for big builds.

A big build has two kinds of work, generating rows (Python) and storing them (the database). A worker
process generates while this process stores, so on two cores the slower of the two sets the pace.
(A thread would not do: SQLite releases the GIL for every row it inserts, and the generating thread
then keeps the inserting one waiting: measured slower than doing both in turn.)

The worker is `python -m collectdesk.services.demo.stream`, writing pickled chunks to its stdout; it
is one chunk ahead at most, because the pipe blocks it until this process has read the chunk before,
so memory stays flat. It is a plain subprocess rather than multiprocessing: a "spawn" worker re-runs
the parent's __main__ module, and `python -m collectdesk` would start the command line again inside
the worker. Small builds (the first-run demo, tests) stay in this process, and so does a frozen
application bundle (its executable is not a Python interpreter).
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import traceback
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from collectdesk.services.demo.core import Gen
from collectdesk.services.demo.feedback import staff_suggestions
from collectdesk.services.demo.organisation import build_organisation, weak_habits
from collectdesk.services.demo.performance import build_evaluations, build_targets, build_training
from collectdesk.services.demo.portfolio import AccountMaker

CHUNK_ACCOUNTS = 2_000
WORKER_FROM_ACCOUNTS = 50_000  # smaller builds take a few seconds: not worth a process

Chunk = tuple[int, dict[str, list]]


def plan_chunks(seed: int, dialect: str, today: date, accounts: int,
                criteria: dict[str, list[str]] | None = None) -> Iterator[Chunk]:
    """(accounts so far, rows per table): the organisation, each chunk of accounts, then the evaluations.
    `criteria`: the database's active evaluation criterion ids by kind (performance.build_evaluations)."""
    g = Gen(seed, dialect, today.toordinal())
    org = build_organisation(g, accounts)
    g.habits = weak_habits(org)
    build_training(g, org)
    build_targets(g, org, accounts)
    staff_suggestions(g, org)
    yield 0, g.take_rows()
    maker = AccountMaker(g, org)
    done = 0
    while done < accounts:
        done += maker.make(min(CHUNK_ACCOUNTS, accounts - done))
        yield done, g.take_rows()
    build_evaluations(g, org, maker.calls, criteria)
    yield done, g.take_rows()


class LocalStream:
    def __init__(self, seed: int, dialect: str, today: date, accounts: int, criteria: dict | None = None):
        self._chunks = plan_chunks(seed, dialect, today, accounts, criteria)

    def __iter__(self) -> Iterator[Chunk]:
        return self._chunks

    def close(self) -> None:
        self._chunks.close()


def _worker_main(argv: list[str]) -> int:
    seed, dialect, today_ordinal, accounts = int(argv[0]), argv[1], int(argv[2]), int(argv[3])
    criteria = json.loads(argv[4]) if len(argv) > 4 else None
    out = sys.stdout.buffer
    try:
        for chunk in plan_chunks(seed, dialect, date.fromordinal(today_ordinal), accounts, criteria):
            pickle.dump(chunk, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
        pickle.dump(None, out)
        out.flush()
        return 0
    except BrokenPipeError:  # the parent stopped reading: cancelled or failed
        return 1
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises it
        pickle.dump(("error", traceback.format_exc()), out)
        out.flush()
        return 1


class WorkerStream:
    def __init__(self, seed: int, dialect: str, today: date, accounts: int, criteria: dict | None = None):
        import collectdesk

        env = dict(os.environ)
        root = str(Path(collectdesk.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        self._process = subprocess.Popen(
            [sys.executable, "-m", "collectdesk.services.demo.stream", str(seed), dialect,
             str(today.toordinal()), str(accounts), json.dumps(criteria or {})],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, env=env, creationflags=flags)
        self._finished = False

    def __iter__(self) -> Iterator[Chunk]:
        while True:
            try:
                item = pickle.load(self._process.stdout)  # our own child's output; one unpickler per chunk
            except EOFError:
                code = self._process.wait()
                raise RuntimeError(f"the demo data generator stopped unexpectedly (exit status {code})") from None
            if item is None:
                self._finished = True
                return
            if item[0] == "error":
                raise RuntimeError(f"the demo data generator failed:\n{item[1]}")
            yield item

    def close(self) -> None:
        """Wait for a worker that has sent everything; stop one that has not (cancel, error)."""
        try:
            if self._finished:
                try:
                    self._process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    pass
            if self._process.poll() is None:
                self._process.terminate()
            self._process.wait(timeout=30)
        finally:
            self._process.stdout.close()


def open_stream(seed: int, dialect: str, today: date, accounts: int,
                criteria: dict | None = None) -> LocalStream | WorkerStream:
    if accounts >= WORKER_FROM_ACCOUNTS and not getattr(sys, "frozen", False) and (os.cpu_count() or 1) > 1:
        try:
            return WorkerStream(seed, dialect, today, accounts, criteria)
        except OSError:  # no interpreter to start: generate here, just slower
            pass
    return LocalStream(seed, dialect, today, accounts, criteria)


if __name__ == "__main__":
    sys.exit(_worker_main(sys.argv[1:]))
