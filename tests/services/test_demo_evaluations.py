"""The demo's QA entries and reviews: per-criterion scores that give each entry's qa_score, quarterly
reviews in the collector's language, on the criteria the migration seeded."""

from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import select

from collectdesk.domain.enums import StaffRole
from collectdesk.services import evaluations as ev
from collectdesk.services.demo import build_demo
from collectdesk.services.demo.texts import REVIEW_TEXTS
from collectdesk.store.models import Evaluation, EvaluationCriterion, QaScore, Review, ReviewRating, StaffMember

TODAY = date(2026, 3, 16)


@pytest.fixture
def demo(database):
    summary = build_demo(database.ctx, accounts=150, seed=5, today=TODAY)
    return database, summary


def test_qa_entries_have_criterion_scores_whose_rounded_mean_is_the_qa_score(demo):
    database, summary = demo
    with database.ctx.reading() as s:
        entries = dict(s.execute(select(Evaluation.id, Evaluation.qa_score)).all())
        scores = defaultdict(list)
        for eid, kind, score in s.execute(select(QaScore.evaluation_id, EvaluationCriterion.kind, QaScore.score)
                                          .join(EvaluationCriterion, EvaluationCriterion.id == QaScore.criterion_id)):
            assert kind == ev.QA
            scores[eid].append(score)
        qa_criteria = s.scalar(select(EvaluationCriterion.id).where(EvaluationCriterion.kind == ev.QA).limit(1))
    assert entries and qa_criteria is not None
    assert set(scores) == set(entries)
    for eid, qa_score in entries.items():
        assert len(scores[eid]) == 6 and all(0 <= v <= 100 for v in scores[eid])
        assert ev.overall_score(scores[eid]) == qa_score
    assert summary.counts["qa_scores"] == 6 * len(entries)


def test_two_quarterly_reviews_per_collector_in_their_language(demo):
    database, summary = demo
    with database.ctx.reading() as s:
        reviews = s.execute(select(Review, StaffMember.language, StaffMember.role, StaffMember.hire_date)
                            .join(StaffMember, StaffMember.id == Review.staff_id)).all()
        ratings = s.execute(select(ReviewRating.review_id, ReviewRating.rating, EvaluationCriterion.code,
                                   EvaluationCriterion.kind)
                            .join(EvaluationCriterion, EvaluationCriterion.id == ReviewRating.criterion_id)).all()
    assert reviews and summary.counts["reviews"] == len(reviews)
    periods = {(r.period_start, r.period_end) for r, *_ in reviews}
    assert periods == {(date(2025, 7, 1), date(2025, 9, 30)), (date(2025, 10, 1), date(2025, 12, 31))}
    by_review = defaultdict(dict)
    for review_id, rating, code, kind in ratings:
        assert kind == ev.REVIEW and 1 <= rating <= 5
        by_review[review_id][code] = rating
    for review, language, role, _hired in reviews:
        assert role == StaffRole.COLLECTOR
        assert review.period_start <= review.reviewed_on < TODAY
        assert review.reviewer_id is not None and review.reviewer_id != review.staff_id
        assert review.comments in REVIEW_TEXTS[language]["comments"]
        assert review.goals in REVIEW_TEXTS[language]["goals"]
        assert set(by_review[review.id]) == {"call_quality", "compliance", "accuracy", "customer_treatment",
                                             "productivity"}
    assert len({rating for _r, rating, _c, _k in ratings}) >= 3  # not all the same
    history = ev.review_history(database.ctx, reviews[0][0].staff_id)
    assert history and history[0].rated == 5
