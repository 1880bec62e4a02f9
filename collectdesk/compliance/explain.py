"""A hit in plain words, in the reader's language: what happened, against which rule and source.

The text is written at display time from ``Hit.facts`` (stored as JSON), so a finding reads in the
language of whoever looks at it. Sentences come from QCoreApplication.translate("Compliance", ...);
dates, times and weekday names from the QLocale of ``language`` (None: the application's language). The
sentence itself is in the language of the installed translator (i18n.install), which is the
application's language: ``language`` chooses the rule's name and the number and date formats.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime

from collectdesk import i18n
from collectdesk.compliance.model import Basis, Hit, RuleType
from collectdesk.domain.enums import FindingSeverity


def explain(hit: Hit, language: str | None = None) -> str:
    """One or two sentences: what happened (with the numbers), then the rule, its basis and its source.

    Raises KeyError, ValueError or TypeError when the facts are not what this rule type's hits carry (a
    finding stored before its rule was changed into another type): services.compliance.finding_text then
    explains from the facts alone."""
    lang = i18n.normalise(language) if language else i18n.current_language()
    loc = QLocale(lang)
    facts = hit.facts
    rule = hit.rule
    what, note = _WHAT[rule.type](facts, hit, loc, lang)
    if rule.verified:
        text = QCoreApplication.translate("Compliance", "{what} ({rule}; {basis}; {source}).")
    else:
        text = QCoreApplication.translate("Compliance", "{what} ({rule}; {basis}, not verified; {source}).")
    text = text.format(what=what, rule=rule.display_name(lang), basis=basis_text(rule.basis),
                       source=" ".join(rule.source.split()))
    notes = [note] if note else []
    if facts.get("timezone_fallback"):
        notes.append(QCoreApplication.translate(
            "Compliance", "The debtor's time zone “{zone}” is unknown, so UTC was used.").format(
            zone=facts["timezone_fallback"]))
    elif "timezone_fallback" in facts:
        notes.append(QCoreApplication.translate("Compliance", "The debtor has no time zone, so UTC was used."))
    return " ".join([text, *notes])


def rule_type_text(rule_type: RuleType) -> str:
    return {
        RuleType.TIME_WINDOW: QCoreApplication.translate("Compliance", "Contact hours"),
        RuleType.ROLLING_COUNT_CAP: QCoreApplication.translate("Compliance", "Contact limit"),
        RuleType.COOLDOWN_AFTER: QCoreApplication.translate("Compliance", "Pause after a conversation"),
        RuleType.MIN_INTERVAL: QCoreApplication.translate("Compliance", "Time between attempts"),
        RuleType.BLOCK_WHILE_FLAG: QCoreApplication.translate("Compliance", "No contact while flagged"),
        RuleType.PARTY_RESTRICTION: QCoreApplication.translate("Compliance", "Third parties"),
        RuleType.REQUIRE_CONTENT: QCoreApplication.translate("Compliance", "Required content"),
        RuleType.DEADLINE: QCoreApplication.translate("Compliance", "Deadline"),
        RuleType.LIMITATION: QCoreApplication.translate("Compliance", "Limitation period"),
        RuleType.RETENTION: QCoreApplication.translate("Compliance", "Data retention"),
    }[RuleType(rule_type)]


def basis_text(basis: Basis) -> str:
    return {
        Basis.LAW: QCoreApplication.translate("Compliance", "law"),
        Basis.REGULATION: QCoreApplication.translate("Compliance", "regulation"),
        Basis.GUIDANCE: QCoreApplication.translate("Compliance", "regulator's guidance"),
        Basis.INDUSTRY_CODE: QCoreApplication.translate("Compliance", "industry code"),
        Basis.INTERNAL: QCoreApplication.translate("Compliance", "internal policy"),
        Basis.DRAFT: QCoreApplication.translate("Compliance", "draft, not in force"),
    }[Basis(basis)]


def severity_text(severity: FindingSeverity) -> str:
    return {
        FindingSeverity.BLOCK: QCoreApplication.translate("Compliance", "Block"),
        FindingSeverity.WARN: QCoreApplication.translate("Compliance", "Warning"),
    }[FindingSeverity(severity)]


def channel_text(channel: str) -> str:
    """The channel as the subject of a sentence ("Call at 21:40 ...")."""
    return {
        "call": QCoreApplication.translate("Compliance", "Call"),
        "letter": QCoreApplication.translate("Compliance", "Letter"),
        "email": QCoreApplication.translate("Compliance", "E-mail"),
        "sms": QCoreApplication.translate("Compliance", "SMS"),
        "visit": QCoreApplication.translate("Compliance", "Visit"),
    }.get(str(channel), QCoreApplication.translate("Compliance", "Contact"))


def tag_text(tag: str) -> str:
    """A content tag in words; an unknown tag as written, with spaces."""
    known = {
        "client_name_address": QCoreApplication.translate("Compliance", "creditor's name and address"),
        "claim_ground": QCoreApplication.translate("Compliance", "ground of the claim"),
        "contract_subject_date": QCoreApplication.translate("Compliance", "subject and date of the contract"),
        "interest_calculation": QCoreApplication.translate("Compliance", "interest calculation"),
        "collection_costs": QCoreApplication.translate("Compliance", "collection costs and their ground"),
        "supervisory_authority": QCoreApplication.translate("Compliance", "supervisory authority"),
        "privacy_notice": QCoreApplication.translate("Compliance", "privacy notice"),
        "opt_out_notice": QCoreApplication.translate("Compliance", "opt-out notice"),
        "validation_notice": QCoreApplication.translate("Compliance", "validation notice"),
        "termination_notice": QCoreApplication.translate("Compliance", "notice that collection has stopped"),
        "debt_verification": QCoreApplication.translate("Compliance", "verification of the debt"),
        "original_creditor_info": QCoreApplication.translate("Compliance", "original creditor's name and address"),
        "dispute_response": QCoreApplication.translate("Compliance", "response to the dispute"),
        "estate_notice": QCoreApplication.translate("Compliance", "notice to the estate"),
        "may_invoke_remedy": QCoreApplication.translate("Compliance", "notice of remedies that may be invoked"),
        "will_invoke_remedy": QCoreApplication.translate("Compliance", "notice of a remedy that will be invoked"),
    }
    return known.get(tag, tag.replace("_", " "))


def flag_text(flag: str) -> str:
    return {
        "dispute": QCoreApplication.translate("Compliance", "dispute"),
        "cease_contact": QCoreApplication.translate("Compliance", "request to stop contact"),
        "bankrupt": QCoreApplication.translate("Compliance", "bankruptcy"),
        "deceased": QCoreApplication.translate("Compliance", "death"),
        "vulnerable": QCoreApplication.translate("Compliance", "vulnerability"),
        "fraud": QCoreApplication.translate("Compliance", "suspected fraud"),
        "high_profile": QCoreApplication.translate("Compliance", "high profile"),
        "attorney": QCoreApplication.translate("Compliance", "representation by a lawyer"),
        "breathing_space": QCoreApplication.translate("Compliance", "breathing space"),
        "economic_recovery": QCoreApplication.translate("Compliance", "economic recovery"),
        "mental_capacity": QCoreApplication.translate("Compliance", "mental capacity concern"),
        "third_party_consent": QCoreApplication.translate("Compliance", "consent to third-party contact"),
    }.get(str(flag), str(flag).replace("_", " "))


# -- formatting --------------------------------------------------------------------------------------

def _date(loc: QLocale, iso: str | None) -> str:
    if not iso:
        return ""
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:  # a four-digit year: limitation and retention dates span decades
        fmt = fmt.replace("yy", "yyyy")
    return loc.toString(QDate.fromString(iso[:10], Qt.DateFormat.ISODate), fmt)


def _time(loc: QLocale, hhmm: str | None) -> str:
    if not hhmm:
        return ""
    hours, _, minutes = hhmm.partition(":")
    if int(hours) >= 24:
        return hhmm
    return loc.toString(QTime(int(hours), int(minutes or 0)), QLocale.FormatType.ShortFormat)


def _weekday(loc: QLocale, key: str | None) -> str:
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    return loc.dayName(days.index(key) + 1) if key in days else ""


def _hours(loc: QLocale, windows: Sequence[Sequence[str]]) -> str:
    return ", ".join(f"{_time(loc, a)}–{_time(loc, b)}" for a, b in windows)


def _join(items: Sequence[str]) -> str:
    return ", ".join(items)


def _channel(facts: Mapping[str, Any]) -> str:
    return channel_text(facts.get("channel", ""))


# -- one function per rule type: (sentence without its full stop, optional second sentence) ---------

def _time_window(f, hit, loc, lang):
    args = dict(channel=_channel(f), time=_time(loc, f.get("local_time")), weekday=_weekday(loc, f.get("weekday")),
                date=_date(loc, f.get("local_date")), zone=f.get("timezone", ""),
                hours=_hours(loc, f.get("windows") or ()))
    reason = f.get("reason")
    if reason == "holiday":
        name = f.get("holiday") or ""
        if f.get("calendar"):
            from collectdesk.compliance.calendar import holiday_name

            name = holiday_name(f["calendar"], f.get("region"), QDate.fromString(
                f["local_date"], Qt.DateFormat.ISODate).toPython(), lang) or name
        text = QCoreApplication.translate(
            "Compliance", "{channel} at {time} on {date}, the debtor's local time ({zone}): a public holiday "
                          "({holiday}), when no contact is permitted")
        return text.format(holiday=name, **args), ""
    if reason == "closed_day":
        text = QCoreApplication.translate(
            "Compliance", "{channel} at {time} on {weekday}, the debtor's local time ({zone}): no contact is "
                          "permitted on this day of the week")
        return text.format(**args), ""
    text = QCoreApplication.translate(
        "Compliance", "{channel} at {time} on {weekday}, the debtor's local time ({zone}): outside the permitted "
                      "hours {hours}")
    return text.format(**args), ""


def _rolling(f, hit, loc, lang):
    channels = hit.rule.params.get("channels") or ()
    channel = channel_text(channels[0]) if len(channels) == 1 else channel_text("")
    args = dict(channel=channel, count=loc.toString(int(f["count"])), max=loc.toString(int(f["max"])))
    conversations = f.get("counts") == "conversations"
    if "window_hours" in f:
        n = int(f["window_hours"])
        if conversations:
            text = QCoreApplication.translate(
                "Compliance", "Conversation number {count} with the debtor within %n hour(s) (at most {max} "
                              "allowed)", "", n)
        else:
            text = QCoreApplication.translate(
                "Compliance", "{channel} number {count} within %n hour(s) (at most {max} allowed)", "", n)
    else:
        n = int(f["window_days"])
        if conversations:
            text = QCoreApplication.translate(
                "Compliance", "Conversation number {count} with the debtor within %n day(s) (at most {max} "
                              "allowed)", "", n)
        else:
            text = QCoreApplication.translate(
                "Compliance", "{channel} number {count} within %n day(s) (at most {max} allowed)", "", n)
    note = ""
    if f.get("if_conversation"):
        note = QCoreApplication.translate("Compliance", "This applies if the contact reaches the debtor.")
    return text.format(**args), note


def _cooldown(f, hit, loc, lang):
    text = QCoreApplication.translate(
        "Compliance", "{channel} on {date}, within %n day(s) of a conversation with the debtor on "
                      "{conversation_date} (no further contact until {until})", "", int(f["days"]))
    return text.format(channel=_channel(f), date=_date(loc, f.get("local_date")),
                       conversation_date=_date(loc, f.get("conversation_date")),
                       until=_date(loc, f.get("pause_until"))), ""


def _min_interval(f, hit, loc, lang):
    n = int(f["minutes"])
    args = dict(channel=_channel(f), time=_time(loc, f.get("local_time")),
                previous=_time(loc, f.get("previous_local_time")))
    if f.get("same_destination", True):
        text = QCoreApplication.translate(
            "Compliance", "{channel} at {time}, after an attempt at {previous} to the same destination "
                          "(at least %n minute(s) apart required)", "", n)
    else:
        text = QCoreApplication.translate(
            "Compliance", "{channel} at {time}, after an attempt at {previous} (at least %n minute(s) apart "
                          "required)", "", n)
    return text.format(**args), ""


def _block_while_flag(f, hit, loc, lang):
    args = dict(channel=_channel(f), date=_date(loc, f.get("local_date")), since=_date(loc, f.get("flag_since")))
    flag = f.get("flag")
    texts = {
        "dispute": QCoreApplication.translate(
            "Compliance", "{channel} on {date} while the debtor's dispute is open (since {since})"),
        "cease_contact": QCoreApplication.translate(
            "Compliance", "{channel} on {date} after the debtor asked for contact to stop (on {since})"),
        "attorney": QCoreApplication.translate(
            "Compliance", "{channel} on {date} while the debtor is represented by a lawyer (since {since})"),
        "bankrupt": QCoreApplication.translate(
            "Compliance", "{channel} on {date} while the debtor is in bankruptcy (since {since})"),
        "deceased": QCoreApplication.translate(
            "Compliance", "{channel} on {date} although the debtor is recorded as deceased (since {since})"),
        "breathing_space": QCoreApplication.translate(
            "Compliance", "{channel} on {date} during the debtor's breathing space (since {since})"),
        "mental_capacity": QCoreApplication.translate(
            "Compliance", "{channel} on {date} while there is a concern about the debtor's mental capacity "
                          "(since {since})"),
    }
    text = texts.get(flag) or QCoreApplication.translate(
        "Compliance", "{channel} on {date} while the debtor is flagged for {flag} (since {since})")
    return text.format(flag=flag_text(flag or ""), **args), ""


def _party(f, hit, loc, lang):
    args = dict(channel=_channel(f), date=_date(loc, f.get("local_date")), value=f.get("contact_value") or "")
    mode = f.get("mode")
    if mode == "limited":
        text = QCoreApplication.translate(
            "Compliance", "{channel} on {date}: contact number {count} with the same third party ({value}), "
                          "at most {max} allowed")
        return text.format(count=loc.toString(int(f["count"])), max=loc.toString(int(f["max"])), **args), ""
    if mode == "consent_required":
        text = QCoreApplication.translate(
            "Compliance", "{channel} on {date} reached a third party without the debtor's consent on record")
        return text.format(**args), ""
    text = QCoreApplication.translate(
        "Compliance", "{channel} on {date} reached a third party: contacts with third parties are not allowed")
    return text.format(**args), ""


def _content(f, hit, loc, lang):
    missing = _join([tag_text(t) for t in f.get("missing") or ()])
    channel = f.get("channel")
    if f.get("when") == "first_demand":
        if channel == "letter":
            text = QCoreApplication.translate("Compliance", "First demand letter without: {missing}")
        elif channel == "email":
            text = QCoreApplication.translate("Compliance", "First demand e-mail without: {missing}")
        else:
            text = QCoreApplication.translate("Compliance", "First demand ({channel}) without: {missing}")
    else:
        text = QCoreApplication.translate("Compliance", "{channel} on {date} without: {missing}")
    return text.format(channel=_channel(f), date=_date(loc, f.get("local_date")), missing=missing), ""


def _deadline(f, hit, loc, lang):
    args = dict(deadline=_date(loc, f.get("deadline")), done=_date(loc, f.get("done_on")),
                start=_date(loc, f.get("start_date")), what=tag_text(f.get("tag") or ""),
                flag=flag_text(f.get("flag") or ""))
    late = f.get("status") == "late"
    if f.get("tag"):
        if late:
            text = QCoreApplication.translate("Compliance", "Sent late on {done}: {what}, due by {deadline}")
        else:
            text = QCoreApplication.translate("Compliance", "Not sent by {deadline}: {what}")
    elif late:
        text = QCoreApplication.translate(
            "Compliance", "The debtor's {flag} was resolved on {done}, after the deadline {deadline}")
    else:
        text = QCoreApplication.translate("Compliance", "The debtor's {flag} was not resolved by {deadline}")
    n = int(f["days"])
    flag_start = str(f.get("start", "")).startswith("flag_set:")
    if f.get("business_days"):
        if flag_start:
            note = QCoreApplication.translate(
                "Compliance", "The deadline is %n business day(s) after the {flag} was recorded on {start}.", "", n)
        else:
            note = QCoreApplication.translate(
                "Compliance", "The deadline is %n business day(s) after the first contact on {start}.", "", n)
    elif flag_start:
        note = QCoreApplication.translate(
            "Compliance", "The deadline is %n day(s) after the {flag} was recorded on {start}.", "", n)
    else:
        note = QCoreApplication.translate(
            "Compliance", "The deadline is %n day(s) after the first contact on {start}.", "", n)
    return text.format(**args), note.format(**args)


def _limitation(f, hit, loc, lang):
    args = dict(channel=_channel(f), date=_date(loc, f.get("local_date")), start=_date(loc, f.get("start_date")),
                end=_date(loc, f.get("limitation_end")))
    n = int(f["years"])
    if f.get("start_kind") == "last_payment":
        text = QCoreApplication.translate(
            "Compliance", "{channel} on {date} about a time-barred debt: the limitation period of %n year(s) "
                          "from the last payment on {start} ended on {end}", "", n)
    else:
        text = QCoreApplication.translate(
            "Compliance", "{channel} on {date} about a time-barred debt: the limitation period of %n year(s) "
                          "from the due date {start} ended on {end}", "", n)
    return text.format(**args), ""


def _retention(f, hit, loc, lang):
    args = dict(account=f.get("account_no", ""), closed=_date(loc, f.get("closed_on")),
                end=_date(loc, f.get("retention_end")))
    n = int(f["years"])
    if f.get("from") == "closed_year_end":
        text = QCoreApplication.translate(
            "Compliance", "Account {account} was closed on {closed}: its personal data are kept past {end}, "
                          "%n year(s) after the end of that year", "", n)
    else:
        text = QCoreApplication.translate(
            "Compliance", "Account {account} was closed on {closed}: its personal data are kept past {end}, "
                          "%n year(s) after closing", "", n)
    return text.format(**args), ""


_WHAT = {
    RuleType.TIME_WINDOW: _time_window,
    RuleType.ROLLING_COUNT_CAP: _rolling,
    RuleType.COOLDOWN_AFTER: _cooldown,
    RuleType.MIN_INTERVAL: _min_interval,
    RuleType.BLOCK_WHILE_FLAG: _block_while_flag,
    RuleType.PARTY_RESTRICTION: _party,
    RuleType.REQUIRE_CONTENT: _content,
    RuleType.DEADLINE: _deadline,
    RuleType.LIMITATION: _limitation,
    RuleType.RETENTION: _retention,
}
