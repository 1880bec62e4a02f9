"""Labels of the feedback inbox's vocabularies and of its configurable topics."""

from __future__ import annotations

from collectdesk.domain.enums import FeedbackKind, FeedbackOutcome, FeedbackSeverity, FeedbackSource, FeedbackStatus
from collectdesk.services.department_settings import DEFAULTS
from collectdesk.ui import labels


def test_feedback_enums_are_covered_with_distinct_labels():
    for enum_cls, fn in ((FeedbackKind, labels.feedback_kind_label), (FeedbackStatus, labels.feedback_status_label),
                         (FeedbackSource, labels.feedback_source_label),
                         (FeedbackSeverity, labels.feedback_severity_label),
                         (FeedbackOutcome, labels.feedback_outcome_label)):
        assert enum_cls in labels.COVERED
        texts = [fn(m) for m in enum_cls]
        assert all(texts) and len(set(texts)) == len(texts)
        assert [fn(m.value) for m in enum_cls] == texts  # stored strings work too
    assert labels.feedback_status_label(FeedbackStatus.WAITING) == "Waiting for customer"


def test_every_default_topic_has_a_label_and_others_show_readably():
    texts = [labels.topic_label(k) for k in DEFAULTS["feedback.topics"]]
    assert len(set(texts)) == len(texts)
    assert all(t and "_" not in t for t in texts)
    assert labels.topic_label("payment_not_recorded") == "Payment not recorded"
    assert labels.topic_label("late_letters") == "late letters"
    assert labels.topic_label(None) == ""
