"""Reviews, QA entries and their criteria, on both databases."""

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import func, select

from collectdesk.domain.enums import Channel, Direction, Outcome, StaffRole
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.services import evaluations as ev
from collectdesk.services.scorecards import scorecard
from collectdesk.store.models import Activity, Evaluation, QaScore, Review, ReviewRating, StaffMember

TODAY = date(2026, 3, 16)
Q1 = (date(2026, 1, 1), date(2026, 3, 31))


@pytest.fixture
def boss(database, org):
    with database.ctx.transaction() as s:
        sara = StaffMember(username="sara", full_name="Sara Verdi", role=StaffRole.SUPERVISOR, team_id=org.team,
                           branch_id=org.branch, language="it")
        s.add(sara)
        s.flush()
        return sara.id


def review_ids(database) -> dict[str, object]:
    return {c.code: c.id for c in ev.criteria(database.ctx, ev.REVIEW)}


def qa_ids(database) -> dict[str, object]:
    return {c.code: c.id for c in ev.criteria(database.ctx, ev.QA)}


def rows(database, model) -> int:
    with database.ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_overall_score_rounds_half_up():
    assert ev.overall_score([80, 85]) == 83  # 82.5
    assert ev.overall_score([70, 71, 71]) == 71  # 70.67
    assert ev.overall_score([0, 1]) == 1  # 0.5
    assert ev.overall_score([100]) == 100


def test_the_migration_seeds_the_builtin_criteria_in_order(database):
    assert [c.code for c in ev.criteria(database.ctx, ev.REVIEW)] == [
        "call_quality", "compliance", "accuracy", "customer_treatment", "productivity"]
    assert [c.name for c in ev.criteria(database.ctx, ev.QA)][:2] == [
        "Right-party verification and disclosure", "Required statements"]


def test_qa_entry_score_is_the_rounded_mean_and_feeds_the_scorecard(database, org, boss, make_account):
    account = make_account()
    with database.ctx.transaction() as s:
        call = Activity(account_id=account, debtor_id=_debtor_of(s, account), collector_id=org.anna, channel=Channel.CALL,
                        direction=Direction.OUTBOUND, outcome=Outcome.RIGHT_PARTY_CONTACT,
                        occurred_at=datetime(2026, 3, 10, 9, 30, tzinfo=timezone.utc), duration_s=300)
        s.add(call)
        s.flush()
        call_id = call.id
    ids = qa_ids(database)
    scores = {ids["identification"]: 90, ids["tone"]: 75, ids["closing"]: 80, ids["negotiation"]: 62}
    entry = ev.record_qa_entry(database.ctx, org.anna, boss, date(2026, 3, 12), None, call_id, None, scores,
                               "Buona chiamata", today=TODAY)
    assert entry.qa_score == 77  # 307 / 4 = 76.75
    second = ev.record_qa_entry(database.ctx, org.anna, boss, date(2026, 3, 13), None, None, "REC-2026-0042",
                                {ids["tone"]: 85, ids["closing"]: 80}, today=TODAY)
    assert second.qa_score == 83  # 82.5 rounds up
    with database.ctx.reading() as s:
        stored = dict(s.execute(select(QaScore.criterion_id, QaScore.score)
                                .where(QaScore.evaluation_id == entry.id)).all())
        assert stored == scores
        assert s.get(Evaluation, entry.id).account_id == account
    history = ev.qa_history(database.ctx, org.anna)
    assert [h.id for h in history] == [second.id, entry.id]  # newest first
    assert history[1].account_no.startswith("T-") and history[1].call_at == datetime(2026, 3, 10, 9, 30,
                                                                                     tzinfo=timezone.utc)
    assert history[0].call_reference == "REC-2026-0042" and history[0].account_no is None
    assert [name for name, _ in history[1].scores][0] == "Right-party verification and disclosure"
    card = scorecard(database.ctx, date(2026, 3, 1), date(2026, 3, 31))
    anna = next(r for r in card.rows if r.staff_id == org.anna)
    assert str(anna.qa_score) == "80.0"  # (77 + 83) / 2
    assert [c.activity_id for c in ev.calls_for_qa(database.ctx, org.anna, date(2026, 3, 1), date(2026, 3, 31))] == [
        call_id]
    assert ev.calls_for_qa(database.ctx, org.jan, date(2026, 3, 1), date(2026, 3, 31)) == []


def _debtor_of(s, account_id):
    from collectdesk.store.models import Account

    return s.get(Account, account_id).debtor_id


@pytest.mark.parametrize("scores, message", [({}, "at least one"), ("over", "0 to 100"), ("review", "no longer")])
def test_bad_qa_entries_save_nothing(database, org, boss, scores, message):
    ids = qa_ids(database)
    if scores == "over":
        scores = {ids["tone"]: 101}
    elif scores == "review":
        scores = {review_ids(database)["compliance"]: 50}
    with pytest.raises(ValidationError, match=message):
        ev.record_qa_entry(database.ctx, org.anna, boss, TODAY, None, None, "REC-1", scores, today=TODAY)
    with pytest.raises(ValidationError, match="Choose the monitored call"):
        ev.record_qa_entry(database.ctx, org.anna, boss, TODAY, None, None, " ", {ids["tone"]: 50}, today=TODAY)
    assert rows(database, Evaluation) == rows(database, QaScore) == 0


def test_review_with_ratings_and_history_order(database, org, boss):
    ids = review_ids(database)
    first = ev.record_review(database.ctx, org.anna, boss, date(2026, 1, 5), date(2025, 10, 1), date(2025, 12, 31),
                             {ids["call_quality"]: (4, "Chiara"), ids["productivity"]: (3, None)},
                             "Commenti", "Punti di forza", "Obiettivi", today=TODAY)
    second = ev.record_review(database.ctx, org.anna, boss, date(2026, 3, 14), *Q1,
                              {ids["compliance"]: (5, None), ids["accuracy"]: (None, None)}, today=TODAY)
    history = ev.review_history(database.ctx, org.anna)
    assert [h.id for h in history] == [second.id, first.id]
    assert (history[1].rated, history[1].average, history[1].reviewer_name) == (2, 3.5, "Sara Verdi")
    assert history[0].rated == 1  # "not rated" stores no row
    detail = ev.get_review(database.ctx, first.id)
    assert [(r.criterion, r.rating, r.note) for r in detail.ratings] == [
        ("Call quality", 4, "Chiara"), ("Productivity", 3, None)]
    assert (detail.comments, detail.strengths, detail.goals) == ("Commenti", "Punti di forza", "Obiettivi")
    assert ev.review_history(database.ctx, org.jan) == []


@pytest.mark.parametrize("rating", [0, 6, 3.5, True])
def test_rating_outside_1_to_5_is_refused_and_nothing_saved(database, org, boss, rating):
    ids = review_ids(database)
    with pytest.raises(ValidationError, match="1 to 5"):
        ev.record_review(database.ctx, org.anna, boss, TODAY, *Q1,
                         {ids["call_quality"]: (4, None), ids["compliance"]: (rating, None)}, today=TODAY)
    assert rows(database, Review) == rows(database, ReviewRating) == 0


def test_review_rules(database, org, boss):
    ids = review_ids(database)
    one = {ids["call_quality"]: (3, None)}
    with pytest.raises(ValidationError, match="at least one"):
        ev.record_review(database.ctx, org.anna, boss, TODAY, *Q1, {ids["call_quality"]: (None, "n/a")}, today=TODAY)
    with pytest.raises(ValidationError, match="themselves"):
        ev.record_review(database.ctx, org.anna, org.anna, TODAY, *Q1, one, today=TODAY)
    with pytest.raises(ValidationError, match="ends before"):
        ev.record_review(database.ctx, org.anna, boss, TODAY, Q1[1], Q1[0], one, today=TODAY)
    with pytest.raises(ValidationError, match="future"):
        ev.record_review(database.ctx, org.anna, boss, date(2026, 3, 17), *Q1, one, today=TODAY)
    ev.set_criterion_active(database.ctx, ids["productivity"], False)
    with pytest.raises(ValidationError, match="no longer in use"):
        ev.record_review(database.ctx, org.anna, boss, TODAY, *Q1, {ids["productivity"]: (3, None)}, today=TODAY)
    assert rows(database, Review) == 0


def test_stale_review_edit_fails_and_keeps_the_newer_ratings(database, org, boss):
    ids = review_ids(database)
    review = ev.record_review(database.ctx, org.anna, boss, TODAY, *Q1, {ids["call_quality"]: (2, None)}, today=TODAY)
    new_version = ev.update_review(database.ctx, review.id, expected_version=review.version, reviewer_id=boss,
                                   reviewed_on=TODAY, period_start=Q1[0], period_end=Q1[1],
                                   ratings={ids["call_quality"]: (4, "better"), ids["accuracy"]: (5, None)},
                                   today=TODAY)
    assert new_version == review.version + 1  # only the ratings changed, the version still moves
    with pytest.raises(StaleEditError):
        ev.update_review(database.ctx, review.id, expected_version=review.version, reviewer_id=boss,
                         reviewed_on=TODAY, period_start=Q1[0], period_end=Q1[1],
                         ratings={ids["call_quality"]: (1, None)}, today=TODAY)
    detail = ev.get_review(database.ctx, review.id)
    assert [(r.criterion, r.rating, r.note) for r in detail.ratings] == [("Call quality", 4, "better"),
                                                                          ("Accuracy", 5, None)]
    assert detail.version == new_version


def test_criteria_builtin_translated_custom_as_typed(database):
    custom = ev.add_criterion(database.ctx, ev.REVIEW, "  Teamwork   and help ")
    names = [(c.code, c.name) for c in ev.criteria(database.ctx, ev.REVIEW)]
    assert names[-1] == (None, "Teamwork and help")
    with pytest.raises(ValidationError, match="already a criterion"):
        ev.add_criterion(database.ctx, ev.REVIEW, "call QUALITY")
    builtin = review_ids(database)["compliance"]
    with pytest.raises(ValidationError, match="built-in"):
        ev.rename_criterion(database.ctx, builtin, "Rules")
    with pytest.raises(ValidationError, match="deactivate"):
        ev.delete_criterion(database.ctx, builtin)
    ev.rename_criterion(database.ctx, custom, "Teamwork")
    ev.move_criterion(database.ctx, custom, -1)
    assert [c.code or c.name for c in ev.criteria(database.ctx, ev.REVIEW)][-2:] == ["Teamwork", "productivity"]
    ev.set_criterion_active(database.ctx, builtin, False)
    assert "compliance" not in [c.code for c in ev.criteria(database.ctx, ev.REVIEW)]
    assert "compliance" in [c.code for c in ev.criteria(database.ctx, ev.REVIEW, include_inactive=True)]
    ev.delete_criterion(database.ctx, custom)
    assert "Teamwork" not in [c.name for c in ev.criteria(database.ctx, ev.REVIEW, include_inactive=True)]


def test_builtin_names_come_from_the_code_custom_names_as_stored():
    # a built-in is named by its code (translated), whatever text the row holds
    assert ev.criterion_name(ev.REVIEW, "customer_treatment", "old stored text") == "Customer treatment"
    assert ev.criterion_name(ev.QA, "accuracy", "x") == "Accuracy of information and records"
    assert ev.criterion_name(ev.REVIEW, "accuracy", "x") == "Accuracy"
    assert ev.criterion_name(ev.REVIEW, None, "Teamarbeit und Hilfe") == "Teamarbeit und Hilfe"
    assert ev.rating_label(1) == "Unsatisfactory" and ev.rating_label(5) == "Excellent"
