"""The words and numbers of evaluations, with no database: the two kinds of criteria, the 1-5 rating
scale and its words, the translated names of the built-in criteria, and a QA entry's overall score.

The built-in criteria (seeded by migration 0005) have a ``code`` and are shown under a translated name
(`criterion_name`, context "Criteria"); the supervisor's own criteria have no code and are shown as
typed. PDF exports pass `translate` to print in another language than the UI's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

REVIEW, QA = "review", "qa"
KINDS = (REVIEW, QA)
RATINGS = (1, 2, 3, 4, 5)

# (kind, code) -> the built-in criterion's English name, marked for translation (context "Criteria")
BUILTIN_SOURCE: dict[tuple[str, str], str] = {
    (REVIEW, "call_quality"): QT_TRANSLATE_NOOP("Criteria", "Call quality"),
    (REVIEW, "compliance"): QT_TRANSLATE_NOOP("Criteria", "Compliance"),
    (REVIEW, "accuracy"): QT_TRANSLATE_NOOP("Criteria", "Accuracy"),
    (REVIEW, "customer_treatment"): QT_TRANSLATE_NOOP("Criteria", "Customer treatment"),
    (REVIEW, "productivity"): QT_TRANSLATE_NOOP("Criteria", "Productivity"),
    (QA, "identification"): QT_TRANSLATE_NOOP("Criteria", "Right-party verification and disclosure"),
    (QA, "required_statements"): QT_TRANSLATE_NOOP("Criteria", "Required statements"),
    (QA, "negotiation"): QT_TRANSLATE_NOOP("Criteria", "Negotiation and payment arrangement"),
    (QA, "tone"): QT_TRANSLATE_NOOP("Criteria", "Tone and courtesy"),
    (QA, "accuracy"): QT_TRANSLATE_NOOP("Criteria", "Accuracy of information and records"),
    (QA, "closing"): QT_TRANSLATE_NOOP("Criteria", "Call closing and next steps"),
}

# 1..5 -> the rating in words, marked for translation (context "Ratings")
RATING_SOURCE: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Ratings", "Unsatisfactory"),
    2: QT_TRANSLATE_NOOP("Ratings", "Needs improvement"),
    3: QT_TRANSLATE_NOOP("Ratings", "Meets expectations"),
    4: QT_TRANSLATE_NOOP("Ratings", "Exceeds expectations"),
    5: QT_TRANSLATE_NOOP("Ratings", "Excellent"),
}

Translate = Callable[[str, str], str]


def _ui_language(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def criterion_name(kind: str, code: str | None, name: str, translate: Translate | None = None) -> str:
    """What the user reads: the translated name of a built-in criterion (by its code), a custom one's
    name as typed. `translate(context, text)` picks another language than the UI's (PDF exports)."""
    source = BUILTIN_SOURCE.get((kind, code)) if code else None
    if source is None:
        return name
    return (translate or _ui_language)("Criteria", source)


def rating_label(rating: int, translate: Translate | None = None) -> str:
    """1 Unsatisfactory ... 5 Excellent, in the user's language (or through `translate`)."""
    return (translate or _ui_language)("Ratings", RATING_SOURCE[int(rating)])


def overall_score(scores) -> int:
    """The mean of whole-number scores, rounded half-up (82.5 -> 83): a QA entry's ``qa_score``."""
    values = [int(v) for v in scores]
    if not values:
        raise ValueError("no scores")
    n = len(values)
    return (2 * sum(values) + n) // (2 * n)
