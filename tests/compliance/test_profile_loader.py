"""Profiles as data: the shipped files parse and round-trip, bad bodies are refused with messages that name
file, rule and key, overlays replace and disable rules, and the effective version names every layer."""

import copy
import json
from datetime import date

import pytest
import yaml

from collectdesk.compliance.model import Basis, OverrideBy, RuleType
from collectdesk.compliance.profile_loader import (
    ProfileError, dump_layer, effective, load_shipped, parse_layer, read_yaml, unknown_disables,
)
from collectdesk.domain.enums import FindingSeverity

SHIPPED = load_shipped()
LANGUAGES = {"en", "it", "pl", "de"}


def _rule(rule_id="T.hours", **changes):
    rule = {"id": rule_id, "type": "time_window",
            "name": {"en": "Hours", "it": "Orari", "pl": "Godziny", "de": "Zeiten"},
            "severity": "warn", "basis": "internal", "source": "test", "verified": False,
            "params": {"channels": ["call"], "windows": {"mon": ["08:00", "20:00"]}, "holidays": True}}
    rule.update(changes)
    return rule


def _body(*rules, **changes):
    body = {"code": "TEST", "version": "1.0", "kind": "base", "jurisdiction": "IT", "holidays": "IT",
            "reviewed_on": None, "title": {"en": "Test"}, "rules": list(rules) or [_rule()]}
    body.update(changes)
    return body


def _overlay(code, *rules, disable=(), jurisdiction="", version="1.0"):
    return parse_layer({"code": code, "version": version, "kind": "overlay", "jurisdiction": jurisdiction,
                        "title": {"en": code}, "disable": list(disable), "rules": list(rules)}, origin=code)


def _problems(body, origin="TEST.yaml"):
    with pytest.raises(ProfileError) as err:
        parse_layer(body, origin=origin)
    return err.value.message


# ------------------------------------------------------------------------------------------ shipped files

def test_the_shipped_profiles_are_the_expected_ones():
    assert set(SHIPPED) == {"IT_GARANTE_UNIREC", "PL_BASE", "PL_STRICT_DRAFT", "DE_RDG", "US_FDCPA_REGF",
                            "UK_FCA_CONC7", "INTERNAL"}
    assert {c for c, layer in SHIPPED.items() if layer.kind == "overlay"} == {"PL_STRICT_DRAFT", "INTERNAL"}
    assert {layer.jurisdiction for layer in SHIPPED.values() if layer.kind == "base"} == {"IT", "PL", "DE", "US", "GB"}


@pytest.mark.parametrize("code", sorted(SHIPPED))
def test_shipped_profile_round_trips_through_json_and_yaml(code):
    layer = SHIPPED[code]
    assert layer.revision is None and layer.version == "2026.1" and layer.rules
    assert parse_layer(dump_layer(layer), origin="dump") == layer
    assert parse_layer(json.loads(json.dumps(dump_layer(layer))), origin="json") == layer
    text = yaml.safe_dump(dump_layer(layer), allow_unicode=True, sort_keys=False)
    assert parse_layer(read_yaml(text, origin="yaml"), origin="yaml") == layer


@pytest.mark.parametrize("code", sorted(SHIPPED))
def test_every_shipped_rule_is_named_in_four_languages_and_cites_its_source(code):
    layer = SHIPPED[code]
    assert LANGUAGES <= set(layer.title)
    for rule in layer.rules:
        assert LANGUAGES <= set(rule.name), rule.id
        assert len({rule.name[lang] for lang in LANGUAGES}) >= 3, rule.id  # really translated
        assert rule.source and rule.id.split(".")[0] in {"IT", "PL", "DE", "US", "UK", "INT"}
        if rule.basis in (Basis.DRAFT, Basis.INTERNAL) and code != "UK_FCA_CONC7":
            assert not rule.verified, rule.id
        if code != "INTERNAL":
            assert rule.url and rule.url.startswith(("https://", "http://")), rule.id


def test_shipped_rules_carry_the_researched_numbers():
    it = SHIPPED["IT_GARANTE_UNIREC"]
    hours = it.rules[[r.id for r in it.rules].index("IT.calling_hours")]
    assert hours.params["windows"]["fri"] == ("08:30", "21:00") and hours.params["windows"]["sat"] == ("08:30", "15:00")
    assert hours.params["windows"]["sun"] == () and hours.params["holidays"] is True
    assert (hours.severity, hours.basis, hours.verified) == (FindingSeverity.WARN, Basis.INDUSTRY_CODE, False)
    rules = {r.id: r for layer in SHIPPED.values() for r in layer.rules}
    assert rules["IT.third_parties"].params["mode"] == "forbidden"
    assert rules["IT.conversations_per_day"].params["max"] == 1 and rules["IT.conversations_per_week"].params["max"] == 3
    assert rules["PL.third_parties"].params == {"mode": "consent_required", "consent_flag": "third_party_consent"}
    assert rules["IT.third_parties"].params == {"mode": "forbidden"}
    assert "window_hours" not in rules["IT.conversations_per_day"].params
    assert rules["PL.draft_calling_hours"].basis is Basis.DRAFT and not rules["PL.draft_calling_hours"].verified
    assert rules["US.calls_7_in_7"].params["max"] == 7 and rules["US.calls_7_in_7"].verified
    assert rules["US.cease_communication"].override is OverrideBy.NOBODY
    assert "termination_notice" in rules["US.cease_communication"].params["allowed_tags"]
    assert rules["US.validation_notice"].params["must"] == "tag:validation_notice"
    assert rules["US.third_parties"].params["max_per_third_party"] == 1
    assert rules["UK.mental_capacity"].params["flags"] == ("mental_capacity",)
    assert rules["DE.limitation"].params["year_end"] and rules["DE.limitation"].params["years"] == 3
    assert rules["INT.vulnerable"].severity is FindingSeverity.WARN
    # the default override: supervisor for blocks, anyone for warnings
    assert rules["INT.deceased"].override is OverrideBy.SUPERVISOR and rules["INT.vulnerable"].override is OverrideBy.ANYONE


# --------------------------------------------------------------------------------------------- validation

@pytest.mark.parametrize(("change", "expected"), [
    (lambda b: b["rules"][0].update(type="call_cap"),
     'TEST.yaml: rule T.hours, type: "call_cap" is not one of time_window, rolling_count_cap'),
    (lambda b: b["rules"][0]["params"].update(colour="red"),
     'TEST.yaml: rule T.hours, params.colour: unknown param for time_window (known: channels, windows, holidays)'),
    (lambda b: b["rules"][0]["params"].update(holidays="yes"),
     'TEST.yaml: rule T.hours, params.holidays: must be true or false, not "yes"'),
    (lambda b: b["rules"][0]["params"]["windows"].update(mon=["08:00", "25:00"]),
     'TEST.yaml: rule T.hours, params.windows.mon: "25:00" is not a time of day'),
    (lambda b: b["rules"][0]["params"]["windows"].update(mon=["21:00", "08:00"]),
     "TEST.yaml: rule T.hours, params.windows.mon: the window ends (08:00) before it starts (21:00)"),
    (lambda b: b["rules"][0]["params"]["windows"].update(mo=["08:00", "20:00"]),
     'TEST.yaml: rule T.hours, params.windows: "mo" is not a weekday'),
    (lambda b: b["rules"][0]["params"].update(channels=["call", "fax"]),
     'TEST.yaml: rule T.hours, params.channels: "fax" is not a channel (known: call, letter, email, sms, visit)'),
    (lambda b: b["rules"].append(_rule("T.flag", type="block_while_flag",
                                       params={"flags": ["sick"], "channels": ["call"]})),
     'TEST.yaml: rule T.flag, params.flags: "sick" is not a flag'),
    (lambda b: b["rules"].append(_rule()),
     "TEST.yaml: rule T.hours: the id is used twice in this profile"),
    (lambda b: b["rules"].append(_rule("T.cap", type="rolling_count_cap", params={
        "channels": ["call"], "window_days": 7, "max": "7", "counts": "attempts", "scope": "debtor"})),
     'TEST.yaml: rule T.cap, params.max: must be a whole number, not "7"'),
    (lambda b: b["rules"].append(_rule("T.cap", type="rolling_count_cap", params={
        "channels": ["call"], "window_days": 7, "window_hours": 24, "max": 7, "counts": "attempts",
        "scope": "debtor"})),
     "TEST.yaml: rule T.cap, params: needs exactly one of window_days or window_hours"),
    (lambda b: b["rules"].append(_rule("T.third", type="party_restriction", params={"mode": "limited"})),
     "TEST.yaml: rule T.third, params.max_per_third_party: is needed with mode limited"),
    (lambda b: b["rules"].append(_rule("T.due", type="deadline", params={
        "start": "first_contact", "days": 5, "must": "flag_cleared"})),
     'TEST.yaml: rule T.due, params.must: flag_cleared needs start: "flag_set:<flag>"'),
    (lambda b: b["rules"][0]["params"].pop("windows"),
     'TEST.yaml: rule T.hours, params: missing param "windows"'),
    (lambda b: b["rules"][0].update(severity="fatal"),
     'TEST.yaml: rule T.hours, severity: "fatal" is not one of block, warn'),
    (lambda b: b["rules"][0].update(name={"it": "Orari"}),
     "TEST.yaml: rule T.hours, name: needs an English text (en)"),
    (lambda b: b["rules"][0].update(id="hours"),
     'TEST.yaml: rules[1], id: "hours" is not a rule id like "IT.calling_hours"'),
    (lambda b: b["rules"][0].update(colour="red"), 'TEST.yaml: rule T.hours: unknown key "colour"'),
    (lambda b: b.update(version=2026.1), 'TEST.yaml: version: 2026.1 is not a version like "2026.1" (write it in quotes'),
    (lambda b: b.update(kind="patch"), 'TEST.yaml: kind: "patch" is not base or overlay'),
    (lambda b: b.update(holidays="XX"), 'TEST.yaml: holidays: "XX" is not a country the holiday calendar knows'),
    (lambda b: b.update(disable=["IT.calling_hours"]), "TEST.yaml: disable: only an overlay can disable rules"),
    (lambda b: b.update(reviewed_on="2026-13-01"), 'TEST.yaml: reviewed_on: "2026-13-01" is not a date'),
    (lambda b: b.update(extends="PL_BASE"), 'TEST.yaml: unknown key "extends"'),
])
def test_a_bad_profile_is_refused_naming_file_rule_and_key(change, expected):
    body = _body()
    change(body)
    assert expected in _problems(body)


def test_every_problem_is_reported_at_once():
    body = _body(_rule(severity="fatal"), _rule("T.two", params={"channels": ["fax"], "windows": {},
                                                               "holidays": True}))
    body["version"] = 1
    problems = _problems(body).splitlines()
    assert len(problems) == 3
    assert all(p.startswith("TEST.yaml: ") for p in problems)


def test_unquoted_times_in_yaml_get_a_hint():
    text = "code: TEST\nversion: '1'\nkind: base\njurisdiction: IT\ntitle: {en: T}\nrules:\n" \
           "  - {id: T.hours, type: time_window, name: {en: H}, severity: warn, basis: internal, source: s,\n" \
           "     verified: false, params: {channels: [call], windows: {mon: ['08:00', 21:00]}, holidays: true}}\n"
    message = _problems(read_yaml(text, origin="TEST.yaml"))
    assert "params.windows.mon: 1260 is not a time of day" in message and 'in quotes: "21:00"' in message


def test_twenty_four_hundred_ends_a_day_and_is_dumped_as_written():
    layer = parse_layer(_body(_rule(params={"channels": ["call"], "windows": {"sat": ["00:00", "24:00"]},
                                            "holidays": False})), origin="t")
    assert layer.rules[0].params["windows"] == {"sat": ("00:00", "24:00")}
    assert parse_layer(dump_layer(layer), origin="t") == layer


def test_an_overlay_cannot_define_and_disable_the_same_rule():
    with pytest.raises(ProfileError, match="T.hours is both defined and disabled"):
        _overlay("OVR", _rule(), disable=["T.hours"])


# --------------------------------------------------------------------------------------------- stacking

def test_an_overlay_replaces_a_rule_in_place_adds_new_ones_and_disables_others():
    base = parse_layer(_body(_rule("T.a"), _rule("T.b"), _rule("T.c")), origin="base")
    stricter = _rule("T.b", severity="block", params={"channels": ["call"], "windows": {"mon": ["09:00", "17:00"]},
                                                      "holidays": True})
    overlay = _overlay("OVR", stricter, _rule("INT.new"), disable=["T.c", "T.gone"])
    profile = effective(base, [overlay])
    assert [r.id for r in profile.rules] == ["T.a", "T.b", "INT.new"]
    assert profile.rule("T.b").severity is FindingSeverity.BLOCK
    assert profile.rule("T.b").params["windows"] == {"mon": ("09:00", "17:00")}
    assert profile.rule("T.c") is None
    assert unknown_disables(overlay, {"TEST": base, "OVR": overlay}) == ["T.gone"]


def test_a_later_overlay_wins_and_can_disable_what_an_earlier_one_added():
    base = parse_layer(_body(_rule("T.a")), origin="base")
    first = _overlay("FIRST", _rule("INT.x"), _rule("T.a", severity="block"))
    second = _overlay("SECOND", _rule("T.a", severity="warn", source="second"), disable=["INT.x"])
    profile = effective(base, [first, second])
    assert [(r.id, r.source) for r in profile.rules] == [("T.a", "second")]
    assert profile.version == "1.0+FIRST.1.0+SECOND.1.0"


def test_the_version_names_every_layer_and_database_revisions():
    base = parse_layer(_body(), origin="b", revision=3)
    overlay = parse_layer(dump_layer(_overlay("INTERNAL", _rule("INT.x"), version="2026.1")), origin="o", revision=2)
    assert effective(base, [overlay]).version == "1.0r3+INTERNAL.2026.1r2"
    assert effective(parse_layer(_body(), origin="b"), []).version == "1.0"
    shipped = effective(SHIPPED["PL_BASE"], [SHIPPED["INTERNAL"], SHIPPED["PL_STRICT_DRAFT"]])
    assert shipped.version == "2026.1+INTERNAL.2026.1+PL_STRICT_DRAFT.2026.1"


def test_a_country_overlay_applies_only_to_that_countrys_base():
    overlays = [SHIPPED["INTERNAL"], SHIPPED["PL_STRICT_DRAFT"]]
    polish = effective(SHIPPED["PL_BASE"], overlays)
    italian = effective(SHIPPED["IT_GARANTE_UNIREC"], overlays)
    assert polish.rule("PL.draft_calling_hours") and polish.rule("PL.calling_hours") and polish.rule("INT.deceased")
    assert italian.rule("PL.draft_calling_hours") is None and italian.rule("INT.deceased")
    assert italian.version == "2026.1+INTERNAL.2026.1"
    assert (italian.code, italian.jurisdiction, italian.holidays) == ("IT_GARANTE_UNIREC", "IT", "IT")


def test_without_a_base_the_overlays_alone_apply_with_the_countrys_holidays():
    profile = effective(None, [SHIPPED["INTERNAL"], SHIPPED["PL_STRICT_DRAFT"]], jurisdiction="fr")
    assert (profile.code, profile.version, profile.jurisdiction, profile.holidays) == (
        "INTERNAL", "INTERNAL.2026.1", "FR", "FR")
    assert {r.id.split(".")[0] for r in profile.rules} == {"INT"}
    assert effective(None, [], jurisdiction="ZZ").rules == () and effective(None, [], jurisdiction="ZZ").holidays is None


def test_reviewed_on_is_the_earliest_sign_off_and_none_if_a_layer_is_unreviewed():
    base = parse_layer(_body(reviewed_on="2026-03-01"), origin="b")
    signed = parse_layer({**dump_layer(_overlay("OVR", _rule("INT.x"))), "reviewed_on": "2026-01-15"}, origin="o")
    assert base.reviewed_on == date(2026, 3, 1)
    assert effective(base, [signed]).reviewed_on == date(2026, 1, 15)
    assert effective(base, [_overlay("OVR", _rule("INT.x"))]).reviewed_on is None


def test_stacking_never_changes_the_layers():
    base = SHIPPED["US_FDCPA_REGF"]
    before = copy.deepcopy(dump_layer(base))
    effective(base, [_overlay("OVR", _rule("US.calling_hours", severity="warn"))])
    assert dump_layer(base) == before
    assert SHIPPED["US_FDCPA_REGF"].rules[0].type is RuleType.TIME_WINDOW


def test_a_day_may_have_several_ranges_that_do_not_overlap():
    lunch = {"channels": ["call"], "windows": {"mon": [["14:00", "18:00"], ["08:00", "12:00"]]}, "holidays": True}
    layer = parse_layer(_body(_rule(params=lunch)), origin="t")
    assert layer.rules[0].params["windows"] == {"mon": (("08:00", "12:00"), ("14:00", "18:00"))}
    assert parse_layer(dump_layer(layer), origin="t") == layer
    lunch["windows"]["mon"] = [["08:00", "12:00"], ["11:00", "18:00"]]
    assert "params.windows.mon: the range starting 11:00 overlaps the one before it" in _problems(
        _body(_rule(params=lunch)))
