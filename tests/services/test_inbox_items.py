"""The inbox list: filters, search in Polish and German, status flow, stale edits, history, disputes."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from collectdesk.domain.enums import (
    AccountStatus,
    DebtorFlag,
    FeedbackKind,
    FeedbackOutcome,
    FeedbackSeverity,
    FeedbackSource,
    FeedbackStatus,
)
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.services.inbox import items as inbox
from collectdesk.services.inbox.entries import CallInput, LetterInput, SuggestionInput, record_call, record_letter, \
    record_suggestion
from collectdesk.services.inbox.items import InboxFilter
from collectdesk.services.queues import QueueQuery, builtin_filter
from collectdesk.store.models import Account, FeedbackItem

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)  # a Monday


def letter(database, subject, *, days=0, sender="Maria Verdi", body="", **kw) -> object:
    return record_letter(database.ctx, LetterInput(received_at=T0 + timedelta(days=days), sender_name=sender,
                                                   subject=subject, body=body, **kw))


def subjects(database, **flt) -> list[str]:
    rows = inbox.list_items(database.ctx, InboxFilter(**flt), now=T0 + timedelta(days=60))
    assert inbox.count_items(database.ctx, InboxFilter(**flt), now=T0 + timedelta(days=60)) == len(rows)
    return [r.subject for r in rows]


@pytest.fixture
def mixed(database, org, make_account):
    acc_pl = make_account(name="Łukasz Żółć", country="PL")
    acc_it = make_account(name="Niccolò Bianchi", collector=org.jan)
    ids = {
        "rude": letter(database, "ŻÓŁTY LIST: collector was rude", days=0, account_id=acc_pl, topic="tone"),
        "street": letter(database, "Adresse falsch", days=1, sender="Jürgen Größe",
                         body="Wohne jetzt in der Hauptstraße 5", language="de"),
        "thanks": letter(database, "Grazie", days=2, kind=FeedbackKind.COMPLIMENT, account_id=acc_it),
        "call": record_call(database.ctx, CallInput(called_at=T0 + timedelta(days=3), caller="KOWALSKI Jan",
                                                    number="+48 600 100 200", summary="Calls too often",
                                                    kind=FeedbackKind.COMPLAINT, account_id=acc_it)),
        "idea": record_suggestion(database.ctx, SuggestionInput(subject="Shorter scripts", body="Make them shorter",
                                                                anonymous=True)),
    }
    return ids, acc_pl, acc_it


def test_filters(database, org, mixed):
    ids, acc_pl, acc_it = mixed
    assert subjects(database, kinds=(FeedbackKind.COMPLIMENT,)) == ["Grazie"]
    assert subjects(database, sources=(FeedbackSource.CALL,)) == ["Calls too often"]
    # newest first; the account's collector is linked: anna for the Polish account, jan for the Italian one
    assert subjects(database, staff_id=org.jan) == ["Calls too often", "Grazie"]
    assert subjects(database, staff_id=org.anna) == ["ŻÓŁTY LIST: collector was rude"]
    assert subjects(database, received_from=date(2026, 3, 3), received_to=date(2026, 3, 4)) == [
        "Grazie", "Adresse falsch"]
    assert subjects(database, statuses=(FeedbackStatus.RECEIVED,)) == ["Shorter scripts"]
    assert len(subjects(database, branch_id=org.branch)) == 3  # the linked accounts' branch
    inbox.mark_read(database.ctx, ids["thanks"])
    assert "Grazie" not in subjects(database, only_unread=True)
    assert len(subjects(database, only_unread=True)) == 4
    # 60 days on: the complaints are past 8 weeks; the compliment has no deadline
    overdue = subjects(database, only_overdue=True)
    assert "Grazie" not in overdue and "Calls too often" in overdue
    row = next(r for r in inbox.list_items(database.ctx, InboxFilter()) if r.subject == "Calls too often")
    assert (row.source, row.kind, row.sender_name, row.sender_address, row.staff_name) == (
        FeedbackSource.CALL, FeedbackKind.COMPLAINT, "KOWALSKI Jan", "+48 600 100 200", "Jan Kowalski")
    assert row.unread and row.attachments == 0 and row.account_no is not None


@pytest.mark.parametrize("term, expected", [
    ("żółty", {"ŻÓŁTY LIST: collector was rude"}),       # subject in capitals, term in small letters
    ("ŁUKASZ", {"ŻÓŁTY LIST: collector was rude"}),       # the linked debtor's name
    ("żółć", {"ŻÓŁTY LIST: collector was rude"}),
    ("GRÖSSE", {"Adresse falsch"}),                       # sender "Größe": ß casefolds to ss
    ("HAUPTSTRASSE", {"Adresse falsch"}),                 # body
    ("kowalski", {"Calls too often"}),                    # sender (the collector's name is not searched)
    ("niccolò", {"Grazie", "Calls too often"}),
    ("600 100", {"Calls too often"}),                     # the caller's number
    ("zolty", set()),                                     # letters without their marks are other letters
])
def test_search_is_case_insensitive_in_every_language(database, mixed, term, expected):
    assert set(subjects(database, text=term)) == expected


def test_search_by_account_number_and_paging(database, mixed):
    ids, acc_pl, acc_it = mixed
    with database.ctx.reading() as s:
        number = s.get(Account, acc_it).account_no
    assert set(subjects(database, text=number.lower())) == {"Grazie", "Calls too often"}
    first = inbox.list_items(database.ctx, InboxFilter(text="niccolò"), limit=1)
    second = inbox.list_items(database.ctx, InboxFilter(text="niccolò"), limit=1, offset=1)
    assert [first[0].subject, second[0].subject] == ["Calls too often", "Grazie"]


def test_status_flow(database, org, mixed):
    ids, *_ = mixed
    item = ids["rude"]
    with pytest.raises(ValidationError):
        inbox.set_status(database.ctx, item, FeedbackStatus.ASSIGNED)  # nobody owns it yet
    version = inbox.assign(database.ctx, item, org.anna)
    assert inbox.item_detail(database.ctx, item).status is FeedbackStatus.ASSIGNED
    version = inbox.set_status(database.ctx, item, FeedbackStatus.WAITING, expected_version=version)
    version = inbox.resolve(database.ctx, item, outcome=FeedbackOutcome.UPHELD, resolution="Apologised; coached",
                            reply="We are sorry.", expected_version=version)
    detail = inbox.item_detail(database.ctx, item)
    assert (detail.status, detail.outcome, detail.reply) == (FeedbackStatus.RESOLVED, FeedbackOutcome.UPHELD,
                                                              "We are sorry.")
    # resolving without an acknowledgement first acknowledges at the same moment
    assert detail.resolved_at is not None and detail.acknowledged_at == detail.resolved_at == detail.answered_at
    inbox.set_status(database.ctx, item, FeedbackStatus.CLOSED)
    with pytest.raises(ValidationError, match="closed"):
        inbox.set_status(database.ctx, item, FeedbackStatus.IN_PROGRESS)
    assert inbox.item_detail(database.ctx, item).status is FeedbackStatus.CLOSED
    # suggestions have their own flow
    with pytest.raises(ValidationError):
        inbox.set_status(database.ctx, ids["idea"], FeedbackStatus.RESOLVED)
    with pytest.raises(ValidationError):
        inbox.resolve(database.ctx, ids["idea"], outcome=FeedbackOutcome.UPHELD, resolution="x")
    inbox.set_status(database.ctx, ids["idea"], FeedbackStatus.UNDER_REVIEW)
    inbox.set_status(database.ctx, ids["idea"], FeedbackStatus.ADOPTED)
    inbox.send_reply(database.ctx, ids["idea"], "Scripts shortened from April.")
    detail = inbox.item_detail(database.ctx, ids["idea"])
    assert detail.status is FeedbackStatus.ADOPTED and detail.reply == "Scripts shortened from April."
    assert detail.submitted_by_id is None and detail.submitted_by_name is None


def test_stale_edit_fails_and_saves_nothing(database, org, mixed):
    ids, *_ = mixed
    seen = inbox.item_detail(database.ctx, ids["call"]).version
    inbox.categorise(database.ctx, ids["call"], topic="contact_frequency", severity=FeedbackSeverity.HIGH,
                     expected_version=seen)
    with pytest.raises(StaleEditError) as err:
        inbox.assign(database.ctx, ids["call"], org.anna, expected_version=seen)
    assert "topic" in str(err.value) and "tester" in str(err.value)
    detail = inbox.item_detail(database.ctx, ids["call"])
    assert detail.owner_id is None and detail.topic == "contact_frequency"
    with pytest.raises(ValidationError):
        inbox.categorise(database.ctx, ids["call"], topic="weather")


def test_history_and_recategorising_moves_the_deadline(database, org, mixed):
    ids, *_ = mixed
    item = ids["thanks"]
    assert inbox.item_detail(database.ctx, item).due_by is None  # a compliment has no deadline
    inbox.assign(database.ctx, item, org.jan)
    inbox.categorise(database.ctx, item, kind=FeedbackKind.COMPLAINT)
    detail = inbox.item_detail(database.ctx, item)
    assert detail.due_by is not None and detail.ack_due_by is not None
    history = detail.history
    assert history[0][2] is None and history[0][1] == "tester"  # created
    changes = {(h[2], h[3], h[4]) for h in history if h[2]}
    assert ("owner_id", None, str(org.jan)) in changes
    assert ("status", "new", "assigned") in changes
    assert ("kind", "compliment", "complaint") in changes
    assert all(h[2] != "version" for h in history)


def test_link_account_links_debtor_and_collector(database, org, make_account, mixed):
    ids, acc_pl, acc_it = mixed
    item = ids["street"]
    inbox.link(database.ctx, item, account_id=acc_pl)
    detail = inbox.item_detail(database.ctx, item)
    assert detail.debtor_name == "Łukasz Żółć" and detail.staff_id == org.anna
    inbox.link(database.ctx, item, staff_id=None)
    detail = inbox.item_detail(database.ctx, item)
    assert detail.staff_id is None and detail.account_id == acc_pl


def test_dispute_flag_pauses_collection(database, mixed):
    ids, acc_pl, _ = mixed
    today = date(2026, 3, 10)
    disputes = QueueQuery(database.engine, builtin_filter("disputes", today), today=today)
    assert disputes.count() == 0
    with pytest.raises(ValidationError):
        inbox.flag_dispute(database.ctx, ids["street"])  # linked to nothing
    assert inbox.flag_dispute(database.ctx, ids["rude"]) is True
    assert inbox.flag_dispute(database.ctx, ids["rude"]) is False
    assert disputes.ids(0, 10) == [acc_pl]
    with database.ctx.reading() as s:
        assert s.get(Account, acc_pl).status is AccountStatus.DISPUTED
    detail = inbox.item_detail(database.ctx, ids["rude"])
    assert DebtorFlag.DISPUTE.value in detail.debtor_flags


def test_stored_item_counts(database, mixed):
    with database.ctx.reading() as s:
        assert len(s.scalars(select(FeedbackItem.id)).all()) == 5
