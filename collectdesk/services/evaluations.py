"""Evaluations: periodic reviews (ratings 1-5 per criterion, comments, strengths, goals) and
call-monitoring QA entries (a monitored call scored 0-100 per criterion), and their criteria.

The panes, the evaluation PDF and the tests call them as ``evaluations.X``; the work is split by seam
and each part states its own rules:

    evaluation_terms     kinds, the rating scale and its words, built-in criterion names, overall_score
    evaluation_criteria  the criteria lists: add, rename, (de)activate, move, delete
    evaluation_reviews   record_review, update_review, get_review, review_history
    evaluation_qa        record_qa_entry, qa_history, calls_for_qa
    evaluation_checks    who may evaluate whom, optional free text (shared by reviews and QA)

The row types (Criterion, ReviewDetail, ReviewSummary, QaEntry, CallChoice) are imported from their
own modules.
"""

from __future__ import annotations

from collectdesk.services.evaluation_criteria import (add_criterion, criteria, delete_criterion, move_criterion,
                                                      rename_criterion, set_criterion_active)
from collectdesk.services.evaluation_qa import MAX_REFERENCE, calls_for_qa, qa_history, record_qa_entry
from collectdesk.services.evaluation_reviews import get_review, record_review, review_history, update_review
from collectdesk.services.evaluation_terms import QA, RATINGS, REVIEW, criterion_name, overall_score, rating_label

__all__ = [
    "QA", "RATINGS", "REVIEW", "criterion_name", "overall_score", "rating_label",
    "add_criterion", "criteria", "delete_criterion", "move_criterion", "rename_criterion", "set_criterion_active",
    "get_review", "record_review", "review_history", "update_review",
    "MAX_REFERENCE", "calls_for_qa", "qa_history", "record_qa_entry",
]
