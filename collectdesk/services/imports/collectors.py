"""Finding the staff member a row names as collector: user name or full name, case-insensitive.

The staff table is small (hundreds of rows), so it is read once per import.
"""

from __future__ import annotations

from collectdesk.services.imports import messages
from collectdesk.services.imports.cells import CellError, text_of
from collectdesk.services.imports.job import Job, hex_id

Assignment = tuple[str, str | None, str | None]  # collector id, team id, branch id (hex)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


class Collectors:
    def __init__(self, job: Job):
        self.by_username: dict[str, Assignment] = {}
        self.by_name: dict[str, list[Assignment]] = {}
        for staff_id, username, full_name, team_id, branch_id in job.execute(
                "SELECT id, username, full_name, team_id, branch_id FROM staff_member"):
            who = (hex_id(staff_id), hex_id(team_id), hex_id(branch_id))
            self.by_username[_key(username)] = who
            self.by_name.setdefault(_key(full_name), []).append(who)
        self.cache: dict[str, Assignment] = {}

    def __call__(self, value) -> Assignment | None:
        """None for an empty cell; CellError for a name nobody has (or more than one person has)."""
        hit = self.cache.get(value) if value.__class__ is str else None
        if hit is not None:
            return hit
        text = text_of(value)
        if not text:
            return None
        key = _key(text)
        who = self.by_username.get(key)
        if who is None:
            matches = self.by_name.get(key, [])
            if len(matches) > 1:
                raise CellError(messages.ambiguous_collector(text))
            if not matches:
                raise CellError(messages.unknown_collector(text))
            who = matches[0]
        if value.__class__ is str:
            self.cache[value] = who
        return who
