"""Compliance profiles as data: parse and validate a profile layer (YAML or JSON body), dump it back,
and stack layers into the effective profile the engine evaluates.

A layer is one file in compliance/profiles/ (shipped) or one row of compliance_profile (a user-edited
copy, same body as JSON). ``kind: base`` layers hold a country's rules; ``kind: overlay`` layers (the
department's internal policy, optional strict overlays) are stacked on top: an overlay rule with the id
of a lower rule replaces it (in its place), a new id is added at the end, and ``disable: [ids]`` removes
rules of the lower layers.

Decisions (docs/compliance.md has the user's view):

* Validation is strict and complete: every problem in a body is collected and reported together, each
  naming the file (or database copy), the rule id and the key, e.g.
  ``IT_GARANTE_UNIREC.yaml: rule IT.calling_hours: params.windows.mon: "25:00" is not a time of day``.
  Unknown keys are errors (a typo must not silently switch a check off).
* Times are quoted "HH:MM" strings; "24:00" is allowed as the end of a window (end exclusive).
  Version strings must be quoted too (YAML reads 2026.1 as a number).
* An overlay may name a jurisdiction: it then applies only on top of a base of that jurisdiction
  (PL_STRICT_DRAFT must not put Polish hours on Italian debtors). An overlay with jurisdiction ""
  applies everywhere. `effective` skips overlays for another jurisdiction.
* ``disable`` naming a rule that no lower layer has: ignored by `effective` (an overlay is stacked on
  many bases, and a base may drop a rule in a later version; loading must never break), but refused when
  a user saves the overlay (`unknown_disables`, used by services.compliance.profiles), so a typo is found
  when it is made. Disabling a rule the same overlay defines is an error.
* Params are normalised: lists become tuples, optional params with a default get it filled in
  (min_interval.same_destination, block_while_flag.allowed_tags, party_restriction.consent_flag in mode
  consent_required, deadline.business_days); the other optional ones (rolling_count_cap's unused
  window_days/window_hours, party_restriction.max_per_third_party outside mode limited) stay absent.
  parse(dump(x)) == x.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from collectdesk.compliance.calendar import known_country
from collectdesk.compliance.model import Basis, OverrideBy, Profile, Rule, RuleType
from collectdesk.compliance.rule_params import check_params
from collectdesk.domain.enums import FindingSeverity

_CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,39}$")
_RULE_ID = re.compile(r"^[A-Z][A-Z0-9_]*\.[a-z0-9_]+$")
_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]{0,15}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANG = re.compile(r"^[a-z]{2}$")
_TOP_KEYS = ("code", "version", "kind", "jurisdiction", "holidays", "reviewed_on", "title", "disable", "rules")
_RULE_KEYS = ("id", "type", "name", "severity", "basis", "source", "url", "verified", "override", "params")


class ProfileError(Exception):
    """A profile body that cannot be used. `problems` are plain English lines naming file, rule and key;
    the services wrap them into a translated ValidationError."""

    def __init__(self, problems: Sequence[str]):
        self.problems = tuple(problems)
        self.message = "\n".join(self.problems)
        super().__init__(self.message)


@dataclass(frozen=True, slots=True)
class ProfileLayer:
    code: str
    version: str
    kind: str                        # "base" | "overlay"
    jurisdiction: str                # ISO country, "" for an overlay that applies everywhere
    holidays: str | None             # holiday calendar country (the region comes from the debtor)
    reviewed_on: date | None
    title: Mapping[str, str]
    rules: tuple[Rule, ...]
    disable: tuple[str, ...] = ()
    revision: int | None = None      # None: the shipped file; else the database copy's revision

    @property
    def label(self) -> str:
        """How the layer appears in an effective profile's version: "2026.1" or "2026.1r3"."""
        return self.version + (f"r{self.revision}" if self.revision is not None else "")


# --------------------------------------------------------------------------------------------- parsing

def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return repr(value)


class _Problems:
    def __init__(self, origin: str):
        self.origin = origin
        self.items: list[str] = []

    def add(self, where: str, text: str) -> None:
        self.items.append(f"{self.origin}: {where}: {text}" if where else f"{self.origin}: {text}")


def _text_map(value: Any, where: str, problems: _Problems) -> dict[str, str]:
    if not isinstance(value, Mapping):
        problems.add(where, f'must be a mapping of language to text, e.g. {{en: "...", it: "..."}}, '
                            f"not {_show(value)}")
        return {}
    out: dict[str, str] = {}
    for lang, text in value.items():
        if not isinstance(lang, str) or not _LANG.match(lang):
            problems.add(where, f"{_show(lang)} is not a two-letter language code (en, it, pl, de)")
        elif not isinstance(text, str) or not text.strip():
            problems.add(f"{where}.{lang}", "must be non-empty text")
        else:
            out[lang] = text.strip()
    if "en" not in value:
        problems.add(where, "needs an English text (en)")
    return out


def _enum(enum, value: Any, where: str, problems: _Problems):
    try:
        return enum(value)
    except ValueError:
        problems.add(where, f"{_show(value)} is not one of {', '.join(e.value for e in enum)}")
        return None


def _parse_rule(raw: Any, index: int, problems: _Problems) -> Rule | None:
    if not isinstance(raw, Mapping):
        problems.add(f"rules[{index + 1}]", f"must be a mapping with id, type, params, ..., not {_show(raw)}")
        return None
    rule_id = raw.get("id")
    if isinstance(rule_id, str) and _RULE_ID.match(rule_id):
        here = f"rule {rule_id}"
    else:
        here = f"rules[{index + 1}]"
        problems.add(f"{here}, id", f"{_show(rule_id)} is not a rule id like \"IT.calling_hours\" "
                                   "(PREFIX.name: upper-case prefix, lower-case name)")
    before = len(problems.items)
    for key in raw:
        if key not in _RULE_KEYS:
            problems.add(f"{here}", f"unknown key {_show(key)} (known: {', '.join(_RULE_KEYS)})")
    missing = [k for k in ("type", "name", "severity", "basis", "source", "verified", "params") if k not in raw]
    if missing:
        problems.add(here, f"missing {', '.join(missing)}")
    rule_type = _enum(RuleType, raw["type"], f"{here}, type", problems) if "type" in raw else None
    severity = _enum(FindingSeverity, raw["severity"], f"{here}, severity", problems) if "severity" in raw else None
    basis = _enum(Basis, raw["basis"], f"{here}, basis", problems) if "basis" in raw else None
    override = None
    if raw.get("override") is not None:
        override = _enum(OverrideBy, raw["override"], f"{here}, override", problems)
    name = _text_map(raw["name"], f"{here}, name", problems) if "name" in raw else {}
    source = raw.get("source")
    if "source" in raw and (not isinstance(source, str) or not source.strip()):
        problems.add(f"{here}, source", "must be non-empty text (the citation)")
    url = raw.get("url")
    if url is not None and (not isinstance(url, str) or not re.match(r"^https?://\S+$", url)):
        problems.add(f"{here}, url", f"{_show(url)} is not a web address (http:// or https://)")
    verified = raw.get("verified")
    if "verified" in raw and not isinstance(verified, bool):
        problems.add(f"{here}, verified", f"must be true or false, not {_show(verified)}")
    params: dict[str, Any] = {}
    if rule_type is not None and "params" in raw:
        if not isinstance(raw["params"], Mapping):
            problems.add(f"{here}, params", f"must be a mapping, not {_show(raw['params'])}")
        else:
            params = check_params(rule_type, raw["params"],
                                  lambda key, text: problems.add(f"{here}, params.{key}" if key else
                                                                 f"{here}, params", text))
    if len(problems.items) > before or rule_type is None or severity is None or basis is None:
        return None
    if override is None:
        override = OverrideBy.SUPERVISOR if severity is FindingSeverity.BLOCK else OverrideBy.ANYONE
    return Rule(id=rule_id, type=rule_type, params=params, severity=severity, basis=basis,
                source=source.strip(), verified=verified, name=name, override=override, url=url)


def parse_layer(body: Mapping, *, origin: str, revision: int | None = None) -> ProfileLayer:
    """Validate a profile body (from YAML or JSON); raises ProfileError listing every problem."""
    problems = _Problems(origin)
    if not isinstance(body, Mapping):
        raise ProfileError([f"{origin}: a profile must be a mapping (code, version, kind, rules, ...)"])
    for key in body:
        if key not in _TOP_KEYS:
            problems.add("", f"unknown key {_show(key)} (known: {', '.join(_TOP_KEYS)})")
    missing = [k for k in ("code", "version", "kind", "title", "rules") if k not in body]
    if missing:
        problems.add("", f"missing {', '.join(missing)}")
    code = body.get("code")
    if "code" in body and (not isinstance(code, str) or not _CODE.match(code)):
        problems.add("code", f"{_show(code)} is not a profile code (A-Z, 0-9, _; up to 40 characters)")
    version = body.get("version")
    if "version" in body and (not isinstance(version, str) or not _VERSION.match(version)):
        hint = ' (write it in quotes: "2026.1")' if isinstance(version, (int, float)) else ""
        problems.add("version", f"{_show(version)} is not a version like \"2026.1\"{hint}")
    kind = body.get("kind")
    if "kind" in body and kind not in ("base", "overlay"):
        problems.add("kind", f"{_show(kind)} is not base or overlay")
    jurisdiction = body.get("jurisdiction", "")
    jurisdiction = "" if jurisdiction is None else jurisdiction
    if not isinstance(jurisdiction, str) or (jurisdiction and not _COUNTRY.match(jurisdiction)):
        problems.add("jurisdiction", f"{_show(jurisdiction)} is not a two-letter country code (IT, PL, ...)")
    elif kind == "base" and not jurisdiction:
        problems.add("jurisdiction", "a base profile needs its country (IT, PL, DE, US, GB, ...)")
    holidays = body.get("holidays")
    if holidays is not None and (not isinstance(holidays, str) or not _COUNTRY.match(holidays)
                                 or not known_country(holidays)):
        problems.add("holidays", f"{_show(holidays)} is not a country the holiday calendar knows")
    reviewed_on = body.get("reviewed_on")
    if isinstance(reviewed_on, str):
        try:
            reviewed_on = date.fromisoformat(reviewed_on)
        except ValueError:
            problems.add("reviewed_on", f"{_show(reviewed_on)} is not a date (YYYY-MM-DD)")
            reviewed_on = None
    elif reviewed_on is not None and not isinstance(reviewed_on, date):
        problems.add("reviewed_on", f"{_show(reviewed_on)} is not a date (YYYY-MM-DD) or null")
        reviewed_on = None
    title = _text_map(body["title"], "title", problems) if "title" in body else {}

    rules: list[Rule] = []
    raw_rules = body.get("rules", [])
    if not isinstance(raw_rules, Sequence) or isinstance(raw_rules, str):
        problems.add("rules", f"must be a list of rules, not {_show(raw_rules)}")
        raw_rules = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_rules):
        rule_id = raw.get("id") if isinstance(raw, Mapping) else None
        if isinstance(rule_id, str) and rule_id in seen:
            problems.add(f"rule {rule_id}", "the id is used twice in this profile")
        elif isinstance(rule_id, str):
            seen.add(rule_id)
        rule = _parse_rule(raw, index, problems)
        if rule is not None:
            rules.append(rule)

    disable_raw = body.get("disable") or []
    disable: list[str] = []
    if not isinstance(disable_raw, Sequence) or isinstance(disable_raw, str):
        problems.add("disable", f"must be a list of rule ids, not {_show(disable_raw)}")
    else:
        if disable_raw and kind == "base":
            problems.add("disable", "only an overlay can disable rules")
        for rule_id in disable_raw:
            if not isinstance(rule_id, str) or not _RULE_ID.match(rule_id):
                problems.add("disable", f"{_show(rule_id)} is not a rule id like \"IT.calling_hours\"")
            elif rule_id in seen:
                problems.add("disable", f"{rule_id} is both defined and disabled in this overlay")
            elif rule_id in disable:
                problems.add("disable", f"{rule_id} is listed twice")
            else:
                disable.append(rule_id)

    if problems.items:
        raise ProfileError(problems.items)
    return ProfileLayer(code=code, version=version, kind=kind, jurisdiction=jurisdiction, holidays=holidays,
                        reviewed_on=reviewed_on, title=title, rules=tuple(rules), disable=tuple(disable),
                        revision=revision)


# ---------------------------------------------------------------------------------------------- dumping

def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def dump_rule(rule: Rule) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": rule.id, "type": rule.type.value, "name": dict(rule.name), "severity": rule.severity.value,
        "basis": rule.basis.value, "source": rule.source}
    if rule.url:
        out["url"] = rule.url
    out.update(verified=rule.verified, override=rule.override.value, params=_plain(rule.params))
    return out


def dump_layer(layer: ProfileLayer) -> dict[str, Any]:
    """The body again (JSON-safe: plain dicts, lists, strings; the date as YYYY-MM-DD)."""
    body: dict[str, Any] = {
        "code": layer.code, "version": layer.version, "kind": layer.kind, "jurisdiction": layer.jurisdiction,
        "holidays": layer.holidays,
        "reviewed_on": layer.reviewed_on.isoformat() if layer.reviewed_on else None,
        "title": dict(layer.title)}
    if layer.kind == "overlay":
        body["disable"] = list(layer.disable)
    body["rules"] = [dump_rule(r) for r in layer.rules]
    return body


# -------------------------------------------------------------------------------------------- shipped

def read_yaml(text: str, *, origin: str) -> Mapping:
    import yaml

    try:
        body = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ProfileError([f"{origin}: not valid YAML: {exc}"]) from exc
    return body


@lru_cache(maxsize=1)
def _shipped() -> tuple[ProfileLayer, ...]:
    folder = resources.files("collectdesk.compliance") / "profiles"
    layers = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        layer = parse_layer(read_yaml(entry.read_text(encoding="utf-8"), origin=entry.name), origin=entry.name)
        if f"{layer.code}.yaml" != entry.name:
            raise ProfileError([f"{entry.name}: code: {_show(layer.code)} does not match the file name"])
        layers.append(layer)
    return tuple(layers)


def load_shipped() -> dict[str, ProfileLayer]:
    """The profiles shipped with the application, by code."""
    return {layer.code: layer for layer in _shipped()}


# -------------------------------------------------------------------------------------------- stacking

def applies(overlay: ProfileLayer, jurisdiction: str) -> bool:
    """An overlay with a jurisdiction applies only on top of that jurisdiction's profiles."""
    return not overlay.jurisdiction or overlay.jurisdiction == jurisdiction


def effective(base: ProfileLayer | None, overlays: Sequence[ProfileLayer], *, jurisdiction: str = "") -> Profile:
    """Stack `overlays` (in order) on `base`. Without a base (a country with no profile) the result holds the
    overlays' rules only, under the code of the overlays, with `jurisdiction`'s holiday calendar.

    version = base.version (+ "r<rev>" for a database copy) + "+CODE.version[rN]" per overlay applied.
    reviewed_on = the earliest sign-off of the layers, or None when any layer has none."""
    if base is not None and base.kind != "base":
        raise ValueError(f"{base.code} is an overlay, not a base profile")
    country = base.jurisdiction if base is not None else (jurisdiction or "").upper()
    applied = [o for o in overlays if applies(o, country)]
    for overlay in applied:
        if overlay.kind != "overlay":
            raise ValueError(f"{overlay.code} is a base profile, not an overlay")
    rules: list[Rule] = list(base.rules) if base is not None else []
    for overlay in applied:
        dropped = set(overlay.disable)
        rules = [r for r in rules if r.id not in dropped]
        position = {r.id: i for i, r in enumerate(rules)}
        for rule in overlay.rules:
            if rule.id in position:
                rules[position[rule.id]] = rule
            else:
                position[rule.id] = len(rules)
                rules.append(rule)
    labels = [f"{o.code}.{o.label}" for o in applied]
    layers = ([base] if base is not None else []) + applied
    signed = [layer.reviewed_on for layer in layers]
    reviewed_on = min(signed) if signed and all(signed) else None
    if base is not None:
        return Profile(code=base.code, version="+".join([base.label, *labels]), title=base.title,
                       jurisdiction=base.jurisdiction, rules=tuple(rules), holidays=base.holidays,
                       reviewed_on=reviewed_on)
    holidays = country if known_country(country) else None
    title = applied[0].title if applied else {"en": "No profile"}
    return Profile(code="+".join(o.code for o in applied), version="+".join(labels), title=title,
                   jurisdiction=country, rules=tuple(rules), holidays=holidays, reviewed_on=reviewed_on)


def unknown_disables(overlay: ProfileLayer, layers: Mapping[str, ProfileLayer]) -> list[str]:
    """The ids `overlay` disables that no other layer defines (checked when a user saves an overlay)."""
    known = {r.id for layer in layers.values() if layer.code != overlay.code for r in layer.rules}
    return [rule_id for rule_id in overlay.disable if rule_id not in known]
