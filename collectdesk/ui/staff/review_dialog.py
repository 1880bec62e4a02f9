"""Write or edit a periodic review: the period, the reviewer, the date, a 1-5 rating and a note per
active review criterion ("Not rated" where a criterion does not apply), comments, strengths and goals.

OK stays disabled until at least one criterion is rated and the dates agree (the message under the form
says what is missing); the service checks the same rules again.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from collectdesk.services import evaluations, staff
from collectdesk.services.context import ServiceContext
from collectdesk.services.evaluation_reviews import ReviewDetail
from collectdesk.services.staff import StaffRow
from collectdesk.ui.account.action_dialog import find_data
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.training.form_dialog import FormDialog

NOT_RATED = None


def previous_quarter(today: date) -> tuple[date, date]:
    first_month = 3 * ((today.month - 1) // 3) + 1
    this_start = date(today.year, first_month, 1)
    end = this_start - timedelta(days=1)
    return date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end


class ReviewDialog(FormDialog):
    """`review` None: a new review of `person`; otherwise edit that review (version checked on save)."""

    def __init__(self, ctx: ServiceContext, person: StaffRow, review: ReviewDetail | None = None,
                 parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(ctx, parent)
        self.person = person
        self.review = review
        self.today = today or date.today()
        self.saved_id: uuid.UUID | None = review.id if review else None
        self.setMinimumWidth(640)
        already = {r.criterion_id for r in review.ratings} if review else set()
        self.criteria = [c for c in evaluations.criteria(ctx, evaluations.REVIEW, include_inactive=True)
                         if c.active or c.id in already]
        start, end = previous_quarter(self.today)
        if review is not None:
            start, end = review.period_start, review.period_end
        self.period_start = DateEdit(start, self)
        self.period_end = DateEdit(end, self)
        self.reviewed_on = DateEdit(review.reviewed_on if review else self.today, self)
        self.reviewed_on.set_range(None, self.today)
        self.reviewer = QComboBox(self)
        reviewers = [r for r in staff.reviewers(ctx) if r.id != person.id]
        if review is not None and review.reviewer_id and review.reviewer_id not in {r.id for r in reviewers}:
            self.reviewer.addItem(review.reviewer_name or "?", review.reviewer_id)
        for r in reviewers:
            self.reviewer.addItem(r.full_name, r.id)
        if review is not None:
            self.reviewer.setCurrentIndex(max(0, find_data(self.reviewer, review.reviewer_id)))
        else:  # the person's own team's supervisor, when there is one
            same_team = next((i for i, r in enumerate(reviewers) if r.team_id and r.team_id == person.team_id), 0)
            self.reviewer.setCurrentIndex(same_team + (self.reviewer.count() - len(reviewers)))

        self.start_label, self.end_label = QLabel(self), QLabel(self)
        self.date_label, self.reviewer_label = QLabel(self), QLabel(self)
        self.add_row(self.start_label, self.period_start)
        self.add_row(self.end_label, self.period_end)
        self.add_row(self.reviewer_label, self.reviewer)
        self.add_row(self.date_label, self.reviewed_on)

        # one row per criterion: name, rating, note
        self.ratings_heading = QLabel(self)
        font = self.ratings_heading.font()
        font.setBold(True)
        self.ratings_heading.setFont(font)
        self.form.addRow(self.ratings_heading)
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        self.rating_boxes: dict[uuid.UUID, QComboBox] = {}
        self.note_edits: dict[uuid.UUID, QLineEdit] = {}
        old = {r.criterion_id: r for r in review.ratings} if review else {}
        for row, c in enumerate(self.criteria):
            label = QLabel(c.name, grid_host)
            box = QComboBox(grid_host)
            box.setAccessibleName(c.name)
            note = QLineEdit(grid_host)
            note.setMaxLength(500)
            note.setAccessibleName(c.name)
            label.setBuddy(box)
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(note, row, 2)
            self.rating_boxes[c.id] = box
            self.note_edits[c.id] = note
            self._fields += [box, note]
            self._fill_ratings(box)
            if c.id in old:
                box.setCurrentIndex(find_data(box, old[c.id].rating))
                note.setText(old[c.id].note or "")
            self.watch(box.currentIndexChanged)
        self.form.addRow(grid_host)

        self.comments, self.strengths, self.goals = (QPlainTextEdit(self), QPlainTextEdit(self),
                                                     QPlainTextEdit(self))
        self.comments_label, self.strengths_label, self.goals_label = QLabel(self), QLabel(self), QLabel(self)
        for label, edit, text in ((self.comments_label, self.comments, review.comments if review else None),
                                  (self.strengths_label, self.strengths, review.strengths if review else None),
                                  (self.goals_label, self.goals, review.goals if review else None)):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            edit.setPlainText(text or "")
            self.add_row(label, edit)
        self.watch(self.period_start.dateChanged, self.period_end.dateChanged, self.reviewed_on.dateChanged,
                   self.reviewer.currentIndexChanged)
        self.finish()

    def _fill_ratings(self, box: QComboBox) -> None:
        current = box.currentData() if box.count() else NOT_RATED
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Not rated"), NOT_RATED)
        for n in evaluations.RATINGS:
            box.addItem(self.tr("{rating} – {words}").format(rating=n, words=evaluations.rating_label(n)), n)
        box.setCurrentIndex(max(0, find_data(box, current)))
        box.blockSignals(False)

    def ratings(self) -> dict[uuid.UUID, tuple[int | None, str | None]]:
        return {cid: (box.currentData(), self.note_edits[cid].text()) for cid, box in self.rating_boxes.items()}

    def set_rating(self, criterion_id: uuid.UUID, rating: int | None, note: str = "") -> None:
        """Choose a rating as the user would (tests, keyboard macros)."""
        box = self.rating_boxes[criterion_id]
        box.setCurrentIndex(find_data(box, rating))
        self.note_edits[criterion_id].setText(note)

    def validate(self) -> str | None:
        if not self.criteria:
            return self.tr("There are no active review criteria; add some under Criteria… first.")
        if self.period_end.value() < self.period_start.value():
            return self.tr("The period ends before it starts.")
        if self.reviewed_on.value() < self.period_start.value():
            return self.tr("The review date cannot be before the start of the period.")
        if self.reviewer.currentData() is None:
            return self.tr("Choose the reviewer.")
        if not any(box.currentData() is not None for box in self.rating_boxes.values()):
            return self.tr("Rate at least one criterion (1 Unsatisfactory … 5 Excellent).")
        return None

    def submit(self) -> None:
        args = dict(reviewed_on=self.reviewed_on.value(), period_start=self.period_start.value(),
                    period_end=self.period_end.value(), ratings=self.ratings(),
                    comments=self.comments.toPlainText(), strengths=self.strengths.toPlainText(),
                    goals=self.goals.toPlainText(), today=self.today)
        if self.review is None:
            saved = evaluations.record_review(self.ctx, self.person.id, self.reviewer.currentData(), **args)
            self.saved_id = saved.id
        else:
            evaluations.update_review(self.ctx, self.review.id, expected_version=self.review.version,
                                      reviewer_id=self.reviewer.currentData(), **args)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Review of {name}").format(name=self.person.full_name) if self.review is None
                            else self.tr("Edit the review of {name}").format(name=self.person.full_name))
        self.start_label.setText(self.tr("Period &from:"))
        self.end_label.setText(self.tr("Period &to:"))
        self.reviewer_label.setText(self.tr("Re&viewer:"))
        self.date_label.setText(self.tr("&Date of review:"))
        self.ratings_heading.setText(self.tr("Ratings (1 Unsatisfactory … 5 Excellent) and notes"))
        self.comments_label.setText(self.tr("&Comments:"))
        self.strengths_label.setText(self.tr("&Strengths:"))
        self.goals_label.setText(self.tr("&Goals for next period:"))
        for box in self.rating_boxes.values():
            self._fill_ratings(box)
        for edit in self.note_edits.values():
            edit.setPlaceholderText(self.tr("Note (optional)"))
        self.ok_button().setText(self.tr("&Save review"))
