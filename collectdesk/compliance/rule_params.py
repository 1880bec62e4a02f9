"""The params each rule type takes (docs/compliance.md, the contract in notes), checked and normalised.

`check_params(type, raw, report)` returns the params with lists as tuples and optional params filled in;
every problem goes to `report(key, text)` (key like "windows.mon"), so the loader can name file, rule and
key. Channels are domain.enums.Channel values, flags DebtorFlag values, tags lower-case words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from collectdesk.compliance.model import RuleType
from collectdesk.domain.enums import Channel, DebtorFlag

Report = Callable[[str, str], None]

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CHANNELS = tuple(c.value for c in Channel)
FLAGS = tuple(f.value for f in DebtorFlag)
_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$")
_TAG = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


class _Missing:
    pass


MISSING = _Missing()


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    return "null" if value is None else repr(value)


def _int(value: Any, key: str, report: Report, *, low: int = 1) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        report(key, f"must be a whole number, not {_show(value)}")
        return None
    if value < low:
        report(key, f"must be at least {low}, not {value}")
        return None
    return value


def _bool(value: Any, key: str, report: Report) -> bool | None:
    if not isinstance(value, bool):
        report(key, f"must be true or false, not {_show(value)}")
        return None
    return value


def _choice(value: Any, choices: tuple[str, ...], key: str, report: Report) -> str | None:
    if value not in choices:
        report(key, f"{_show(value)} is not one of {', '.join(choices)}")
        return None
    return value


def _words(value: Any, key: str, report: Report, *, known: tuple[str, ...] | None, what: str,
           allow_empty: bool = False) -> tuple[str, ...] | None:
    if not isinstance(value, (list, tuple)):
        report(key, f"must be a list of {what}s, not {_show(value)}")
        return None
    if not value and not allow_empty:
        report(key, f"needs at least one {what}")
        return None
    ok = True
    for item in value:
        if known is not None and item not in known:
            report(key, f"{_show(item)} is not a {what} (known: {', '.join(known)})")
            ok = False
        elif known is None and (not isinstance(item, str) or not _TAG.match(item)):
            report(key, f"{_show(item)} is not a {what} (lower-case letters, digits and _)")
            ok = False
    if ok and len(set(value)) != len(value):
        report(key, f"lists the same {what} twice")
        ok = False
    return tuple(value) if ok else None


def _channels(value, key, report):
    return _words(value, key, report, known=CHANNELS, what="channel")


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _span(span: Any, where: str, report: Report) -> tuple[str, str] | None:
    if not isinstance(span, (list, tuple)) or len(span) != 2 or isinstance(span[0], (list, tuple)):
        report(where, f'must be ["HH:MM", "HH:MM"] (start, end) or [], not {_show(span)}')
        return None
    good = True
    for i, t in enumerate(span):
        if not isinstance(t, str) or not _TIME.match(t) or (i == 0 and t == "24:00"):
            hint = ' (write times in quotes: "21:00")' if isinstance(t, int) else ""
            report(where, f"{_show(t)} is not a time of day (HH:MM, 00:00 to 24:00){hint}")
            good = False
    if good and _minutes(span[1]) <= _minutes(span[0]):
        report(where, f"the window ends ({span[1]}) before it starts ({span[0]})")
        good = False
    return (span[0], span[1]) if good else None


def _windows(value: Any, key: str, report: Report) -> dict[str, tuple] | None:
    """{weekday: ["HH:MM", "HH:MM"]}, or several ranges [["08:00", "12:00"], ["14:00", "18:00"]], or []."""
    if not isinstance(value, Mapping):
        report(key, f'must map weekdays to ["HH:MM", "HH:MM"] (or [] for no contact), not {_show(value)}')
        return None
    out: dict[str, tuple] = {}
    ok = True
    for day, span in value.items():
        where = f"{key}.{day}"
        if day not in WEEKDAYS:
            report(key, f"{_show(day)} is not a weekday (known: {', '.join(WEEKDAYS)})")
            ok = False
        elif span is None or (isinstance(span, (list, tuple)) and not span):
            out[day] = ()
        elif isinstance(span, (list, tuple)) and isinstance(span[0], (list, tuple)):
            ranges = [_span(s, where, report) for s in span]
            if any(r is None for r in ranges):
                ok = False
                continue
            ranges.sort(key=lambda r: _minutes(r[0]))
            clash = next((b for a, b in zip(ranges, ranges[1:]) if _minutes(b[0]) < _minutes(a[1])), None)
            if clash is not None:
                report(where, f"the range starting {clash[0]} overlaps the one before it")
                ok = False
                continue
            out[day] = tuple(ranges)
        else:
            pair = _span(span, where, report)
            if pair is None:
                ok = False
            else:
                out[day] = pair
    return {d: out[d] for d in WEEKDAYS if d in out} if ok else None


def _flag_ref(value: Any, prefix: str, key: str, report: Report, example: str) -> str | None:
    if isinstance(value, str) and value.startswith(prefix):
        return value[len(prefix):]
    report(key, f"{_show(value)} is not {example}")
    return None


# per rule type: key -> (checker(value, key, report) -> normalised value | None, default or MISSING)
def _spec(rule_type: RuleType) -> dict[str, tuple[Callable, Any]]:
    counts = lambda v, k, r: _choice(v, ("attempts", "conversations"), k, r)  # noqa: E731
    scope = lambda v, k, r: _choice(v, ("debtor", "account"), k, r)  # noqa: E731
    tags = lambda v, k, r: _words(v, k, r, known=None, what="tag")  # noqa: E731
    if rule_type is RuleType.TIME_WINDOW:
        return {"channels": (_channels, MISSING), "windows": (_windows, MISSING), "holidays": (_bool, MISSING)}
    if rule_type is RuleType.ROLLING_COUNT_CAP:
        return {"channels": (_channels, MISSING), "window_days": (_int, None), "window_hours": (_int, None),
                "max": (_int, MISSING), "counts": (counts, MISSING), "scope": (scope, MISSING)}
    if rule_type is RuleType.COOLDOWN_AFTER:
        return {"trigger": (lambda v, k, r: _choice(v, ("conversation",), k, r), MISSING),
                "channels": (_channels, MISSING), "days": (_int, MISSING),
                "day_one_is_trigger": (_bool, MISSING), "scope": (scope, MISSING)}
    if rule_type is RuleType.MIN_INTERVAL:
        return {"channels": (_channels, MISSING), "minutes": (_int, MISSING), "same_destination": (_bool, True)}
    if rule_type is RuleType.BLOCK_WHILE_FLAG:
        return {"flags": (lambda v, k, r: _words(v, k, r, known=FLAGS, what="flag"), MISSING),
                "channels": (_channels, MISSING),
                "allowed_tags": (lambda v, k, r: _words(v, k, r, known=None, what="tag", allow_empty=True), ())}
    if rule_type is RuleType.PARTY_RESTRICTION:
        return {"mode": (lambda v, k, r: _choice(v, ("forbidden", "consent_required", "limited"), k, r), MISSING),
                "consent_flag": (lambda v, k, r: _choice(v, FLAGS, k, r), None),
                "max_per_third_party": (_int, None)}
    if rule_type is RuleType.REQUIRE_CONTENT:
        return {"channels": (_channels, MISSING),
                "when": (lambda v, k, r: _choice(v, ("first_demand", "always"), k, r), MISSING),
                "tags": (tags, MISSING)}
    if rule_type is RuleType.DEADLINE:
        return {"start": (_deadline_start, MISSING), "days": (_int, MISSING), "business_days": (_bool, False),
                "must": (_deadline_must, MISSING)}
    if rule_type is RuleType.LIMITATION:
        return {"years": (_int, MISSING),
                "start": (lambda v, k, r: _choice(v, ("due_date", "last_payment"), k, r), MISSING),
                "year_end": (_bool, MISSING), "channels": (_channels, MISSING)}
    if rule_type is RuleType.RETENTION:
        return {"years": (_int, MISSING),
                "from": (lambda v, k, r: _choice(v, ("closed", "closed_year_end"), k, r), MISSING)}
    raise AssertionError(rule_type)


def _deadline_start(value, key, report):
    if value == "first_contact":
        return value
    flag = _flag_ref(value, "flag_set:", key, report, 'first_contact or "flag_set:<flag>"')
    if flag is None:
        return None
    if flag not in FLAGS:
        report(key, f"{_show(flag)} is not a flag (known: {', '.join(FLAGS)})")
        return None
    return value


def _deadline_must(value, key, report):
    if value == "flag_cleared":
        return value
    tag = _flag_ref(value, "tag:", key, report, '"tag:<tag>" or flag_cleared')
    if tag is None:
        return None
    if not _TAG.match(tag):
        report(key, f"{_show(tag)} is not a tag (lower-case letters, digits and _)")
        return None
    return value


def check_params(rule_type: RuleType, raw: Mapping[str, Any], report: Report) -> dict[str, Any]:
    spec = _spec(rule_type)
    out: dict[str, Any] = {}
    failed = False
    for key in raw:
        if key not in spec:
            report(str(key), f"unknown param for {rule_type.value} (known: {', '.join(spec)})")
            failed = True
    for key, (check, default) in spec.items():
        if key not in raw or raw[key] is None:
            if default is MISSING:
                report("" if key not in raw else key,
                       f"missing param {_show(key)}" if key not in raw else "needs a value")
                failed = True
            elif default is not None:  # an optional param without a default stays absent
                out[key] = default
            continue
        value = check(raw[key], key, report)
        if value is None:
            failed = True
        else:
            out[key] = value
    if failed:
        return out
    _cross_checks(rule_type, out, report)
    return out


def _cross_checks(rule_type: RuleType, params: dict[str, Any], report: Report) -> None:
    if rule_type is RuleType.ROLLING_COUNT_CAP:
        if ("window_days" in params) == ("window_hours" in params):
            report("", "needs exactly one of window_days or window_hours")
    elif rule_type is RuleType.PARTY_RESTRICTION:
        mode = params["mode"]
        if mode == "limited" and "max_per_third_party" not in params:
            report("max_per_third_party", "is needed with mode limited")
        if mode != "limited" and "max_per_third_party" in params:
            report("max_per_third_party", f"only applies with mode limited, not {mode}")
        if mode == "consent_required" and "consent_flag" not in params:
            params["consent_flag"] = DebtorFlag.THIRD_PARTY_CONSENT.value
        if mode != "consent_required" and "consent_flag" in params:
            report("consent_flag", f"only applies with mode consent_required, not {mode}")
    elif rule_type is RuleType.DEADLINE:
        if params["must"] == "flag_cleared" and not params["start"].startswith("flag_set:"):
            report("must", "flag_cleared needs start: \"flag_set:<flag>\"")
