"""Training: modules, assignments, completions (month-end expiry), onboarding, alerts, attachments, the
expiry sweep, and the dashboard's training figure, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from collectdesk.domain.enums import StaffRole, TrainingStatus
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.services import training
from collectdesk.services.dashboard import dashboard_figures
from collectdesk.services.training import ModuleInput, RecordState
from collectdesk.store.models import AuditEntry, StaffMember, TrainingModule, TrainingRecord
from collectdesk.store.models.shared_files import Attachment

TODAY = date(2026, 3, 16)


def _module(database, code="GDPR-01", roles=(StaffRole.COLLECTOR,), validity=12, **kw):
    return training.create_module(database.ctx, ModuleInput(code=code, title=f"Course {code}",
                                                            mandatory_roles=roles, validity_months=validity, **kw))


def _records(database, **where):
    with database.ctx.reading() as s:
        q = select(TrainingRecord)
        for key, value in where.items():
            q = q.where(getattr(TrainingRecord, key) == value)
        return s.scalars(q).all()


def _add_staff(database, org, username, role, hire=None, active=True):
    with database.ctx.transaction() as s:
        person = StaffMember(username=username, full_name=username.title(), role=role, team_id=org.team,
                             branch_id=org.branch, hire_date=hire, active=active)
        s.add(person)
        s.flush()
        return person.id


def test_module_validation_refuses_bad_input_and_saves_nothing(database):
    _module(database, "GDPR-01")
    bad = [
        ModuleInput(code="gdpr-01", title="Same code, other case"),
        ModuleInput(code="", title="No code"),
        ModuleInput(code="X-1", title=""),
        ModuleInput(code="X-2", title="Bad link", link="ftp://server/course"),
        ModuleInput(code="X-3", title="Bad link", link="intranet/course"),
        ModuleInput(code="X-4", title="Too long", validity_months=121),
        ModuleInput(code="X-5", title="Zero", validity_months=0),
        ModuleInput(code="X-6", title="Role", mandatory_roles=("janitor",)),
        ModuleInput(code="X-7", title="Language", language="fr"),
    ]
    for data in bad:
        with pytest.raises(ValidationError):
            training.create_module(database.ctx, data)
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(TrainingModule)) == 1
    ok = training.create_module(database.ctx, ModuleInput(
        code="CONDUCT-PL", title="Zasady Dobrych Praktyk KPF", language="pl", link="https://kpf.pl/zasady",
        mandatory_roles=(StaffRole.SUPERVISOR, StaffRole.COLLECTOR), validity_months=None))
    row = training.module(database.ctx, ok)
    assert (row.language, row.link, row.validity_months) == ("pl", "https://kpf.pl/zasady", None)
    assert row.mandatory_roles == (StaffRole.COLLECTOR, StaffRole.SUPERVISOR)
    for lang in ("en", "it", "de"):
        training.create_module(database.ctx, ModuleInput(code=f"L-{lang}", title="t", language=lang,
                                                         link="file:///srv/courses/a.pdf"))


def test_update_is_refused_when_stale_and_deactivated_modules_are_hidden(database):
    mid = _module(database)
    row = training.module(database.ctx, mid)
    training.update_module(database.ctx, mid, ModuleInput(code="GDPR-01", title="New title"), row.version)
    with pytest.raises(StaleEditError):
        training.update_module(database.ctx, mid, ModuleInput(code="GDPR-01", title="Older edit"), row.version)
    assert training.module(database.ctx, mid).title == "New title"
    training.set_module_active(database.ctx, mid, False)
    assert training.modules(database.ctx) == []
    assert [m.id for m in training.modules(database.ctx, include_inactive=True)] == [mid]


def test_assign_skips_open_assignments_in_one_transaction(database, org):
    mid = _module(database)
    due = TODAY + timedelta(days=30)
    assert training.assign(database.ctx, mid, [org.anna], due, today=TODAY) == 1
    assert training.assign(database.ctx, mid, [org.anna, org.jan, org.jan], due, today=TODAY) == 1
    records = _records(database, module_id=mid)
    assert sorted((r.staff_id == org.anna, r.due_on, r.status) for r in records) == [
        (False, due, TrainingStatus.ASSIGNED), (True, due, TrainingStatus.ASSIGNED)]
    with pytest.raises(ValidationError):
        training.assign(database.ctx, mid, [org.anna], TODAY - timedelta(days=1), today=TODAY)
    # once completed, a renewal may be assigned again
    anna = next(r for r in records if r.staff_id == org.anna)
    training.complete(database.ctx, anna.id, TODAY, 80, anna.version, today=TODAY)
    assert training.assign(database.ctx, mid, [org.anna], due, today=TODAY) == 1
    with database.ctx.reading() as s:
        audit = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "training_record", AuditEntry.action == "insert"))
    assert audit == 3


@pytest.mark.parametrize("completed, months, expected", [
    (date(2025, 1, 31), 1, date(2025, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2025, 8, 31), 1, date(2025, 9, 30)),
    (date(2025, 3, 15), 12, date(2026, 3, 15)),
])
def test_completion_sets_expiry_month_end_safe(database, org, completed, months, expected):
    mid = _module(database, validity=months)
    training.assign(database.ctx, mid, [org.anna], None, today=completed)
    rec = _records(database, module_id=mid)[0]
    assert training.complete(database.ctx, rec.id, completed, 91, rec.version, today=completed) == expected
    rec = _records(database, module_id=mid)[0]
    assert (rec.completed_on, rec.expires_on, rec.score, rec.status) == (
        completed, expected, 91, TrainingStatus.COMPLETED)


def test_completion_refuses_bad_score_future_date_and_stale_version(database, org):
    mid = _module(database, validity=None)
    training.assign(database.ctx, mid, [org.anna], None, today=TODAY)
    rec = _records(database)[0]
    for kwargs in (dict(completed_on=TODAY, score=101), dict(completed_on=TODAY + timedelta(days=1), score=None)):
        with pytest.raises(ValidationError):
            training.complete(database.ctx, rec.id, expected_version=rec.version, today=TODAY, **kwargs)
    training.start(database.ctx, rec.id, rec.version)
    with pytest.raises(StaleEditError):
        training.complete(database.ctx, rec.id, TODAY, 50, rec.version, today=TODAY)
    fresh = _records(database)[0]
    assert fresh.completed_on is None and fresh.status is TrainingStatus.IN_PROGRESS
    assert training.complete(database.ctx, rec.id, TODAY, None, fresh.version, today=TODAY) is None
    assert _records(database)[0].expires_on is None


def test_onboarding_checklist_from_mandatory_roles(database, org):
    gdpr = _module(database, "GDPR-01", roles=(StaffRole.COLLECTOR, StaffRole.ACCOUNTANT))
    call = _module(database, "CALL-01", roles=(StaffRole.COLLECTOR,))
    _module(database, "AML-01", roles=(StaffRole.ACCOUNTANT,))
    _module(database, "NEGO-01", roles=())
    off = _module(database, "OLD-01", roles=(StaffRole.COLLECTOR,))
    training.set_module_active(database.ctx, off, False)
    hired = TODAY - timedelta(days=10)
    new = _add_staff(database, org, "nina", StaffRole.COLLECTOR, hire=hired)
    training.assign(database.ctx, call, [new], TODAY + timedelta(days=5), today=TODAY)

    items = training.onboarding_checklist(database.ctx, new, TODAY)
    assert [(i.code, i.state) for i in items] == [("CALL-01", RecordState.DUE),
                                                 ("GDPR-01", RecordState.NOT_ASSIGNED)]
    assert training.create_onboarding(database.ctx, new, due_days=30, today=TODAY) == 1
    gdpr_rec = _records(database, staff_id=new, module_id=gdpr)[0]
    assert (gdpr_rec.assigned_on, gdpr_rec.due_on) == (TODAY, hired + timedelta(days=30))
    assert training.create_onboarding(database.ctx, new, today=TODAY) == 0
    assert {i.state for i in training.onboarding_checklist(database.ctx, new, TODAY)} == {RecordState.DUE}
    # hired long ago: the due date is counted from today instead
    old = _add_staff(database, org, "olga", StaffRole.ACCOUNTANT, hire=date(2015, 1, 1))
    assert training.create_onboarding(database.ctx, old, due_days=14, today=TODAY) == 2
    assert {r.due_on for r in _records(database, staff_id=old)} == {TODAY + timedelta(days=14)}


def test_status_states_and_alert_counts_equal_hand_counts(database, org):
    t = TODAY
    gdpr = _module(database, "GDPR-01", roles=(StaffRole.COLLECTOR,), validity=12)
    call = _module(database, "CALL-01", roles=(StaffRole.COLLECTOR,), validity=1)
    sys_ = _module(database, "SYS-01", roles=(StaffRole.COLLECTOR,), validity=None)
    opt = _module(database, "NEGO-01", roles=(), validity=24)
    gone = _add_staff(database, org, "left", StaffRole.COLLECTOR, active=False)
    other_team_branch = org.branch

    def done(staff, module, completed):
        training.assign(database.ctx, module, [staff], None, today=completed)
        rec = [r for r in _records(database, staff_id=staff, module_id=module) if r.status in training.OPEN_STATUSES][0]
        training.complete(database.ctx, rec.id, completed, 90, rec.version, today=t)

    # anna: GDPR overdue, CALL expiring (completed 2026-02-20 + 1 month = 2026-03-20), SYS done, NEGO expired
    training.assign(database.ctx, gdpr, [org.anna], t - timedelta(days=3), today=t - timedelta(days=40))
    done(org.anna, call, date(2026, 2, 20))
    done(org.anna, sys_, date(2025, 1, 1))
    done(org.anna, opt, date(2023, 1, 1))
    # jan: GDPR expired then renewed (due in future): history not flagged; CALL and SYS missing
    done(org.jan, gdpr, date(2024, 1, 1))
    training.assign(database.ctx, gdpr, [org.jan], t + timedelta(days=10), today=t - timedelta(days=1))
    # an inactive person's overdue record does not count
    training.assign(database.ctx, gdpr, [gone], t - timedelta(days=30), today=t - timedelta(days=60))

    anna = {r.module_code: r.state for r in training.training_status(database.ctx, org.anna, t)}
    assert anna == {"GDPR-01": RecordState.OVERDUE, "CALL-01": RecordState.EXPIRING,
                    "SYS-01": RecordState.DONE, "NEGO-01": RecordState.EXPIRED}
    jan = [(r.module_code, r.state, r.superseded) for r in training.training_status(database.ctx, org.jan, t)]
    assert sorted(jan) == [("CALL-01", RecordState.NOT_ASSIGNED, False), ("GDPR-01", RecordState.DUE, False),
                           ("GDPR-01", RecordState.EXPIRED, True), ("SYS-01", RecordState.NOT_ASSIGNED, False)]

    alerts = training.training_alerts(database.ctx, t)
    assert (alerts.counts.overdue, alerts.counts.expiring, alerts.counts.expired, alerts.counts.missing) == (1, 1, 1, 2)
    assert len(alerts.rows) == alerts.counts.total
    assert alerts.rows[0].state is RecordState.OVERDUE
    assert training.training_alerts(database.ctx, t, team_id=org.team).counts == alerts.counts
    assert training.training_alerts(database.ctx, t, branch_id=other_team_branch).counts == alerts.counts
    import uuid
    assert training.training_alerts(database.ctx, t, team_id=uuid.uuid4()).counts.total == 0

    mods = {m.code: m for m in training.modules(database.ctx, today=t)}
    assert (mods["GDPR-01"].assigned, mods["GDPR-01"].overdue, mods["GDPR-01"].completed) == (2, 1, 0)
    assert mods["CALL-01"].completed == 1

    # the dashboard shows the same figures
    figures = dashboard_figures(database.ctx, t)
    assert figures.training == alerts.counts

    flagged = training.module_records(database.ctx, gdpr, t, flagged_only=True)
    assert [(r.staff_name, r.state) for r in flagged] == [("Anna Rossi", RecordState.OVERDUE)]


def test_expiry_sweep_marks_passed_completions_expired_with_audit(database, org):
    mid = _module(database, validity=1)
    training.assign(database.ctx, mid, [org.anna, org.jan], None, today=date(2026, 1, 1))
    for rec in _records(database):
        training.complete(database.ctx, rec.id, date(2026, 1, 31), 70, rec.version, today=date(2026, 2, 1))
    assert training.expire_training(database.ctx, date(2026, 2, 28)) == 0  # valid through 28 Feb
    assert training.expire_training(database.ctx, date(2026, 3, 1)) == 2
    assert {r.status for r in _records(database)} == {TrainingStatus.EXPIRED}
    assert training.expire_training(database.ctx, date(2026, 3, 1)) == 0
    with database.ctx.reading() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.new_value).where(
            AuditEntry.entity == "training_record", AuditEntry.field == "status",
            AuditEntry.old_value == "completed")).all()
    assert sorted(rows) == [("update", "expired"), ("update", "expired")]


def test_attachment_round_trip_replace_and_size_limit(database, tmp_path, monkeypatch):
    mid = _module(database)
    first = tmp_path / "Datenschutz-Schulung.pdf"
    payload = bytes(range(256)) * 1000
    first.write_bytes(payload)
    assert training.attach_file(database.ctx, mid, first) == "Datenschutz-Schulung.pdf"
    assert training.attachment(database.ctx, mid) == ("Datenschutz-Schulung.pdf", payload)
    second = tmp_path / "handout.txt"
    second.write_text("łódź straße")
    training.attach_file(database.ctx, mid, second)
    assert training.attachment(database.ctx, mid) == ("handout.txt", "łódź straße".encode())
    with database.ctx.reading() as s:
        stored = s.execute(select(Attachment.filename, Attachment.sha256, Attachment.size)).all()
    import hashlib
    assert stored == [("handout.txt", hashlib.sha256("łódź straße".encode()).hexdigest(), len("łódź straße".encode()))]
    assert training.module(database.ctx, mid).attachment_name == "handout.txt"

    monkeypatch.setattr(training, "MAX_ATTACHMENT_BYTES", 1000)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(ValidationError, match="MB"):
        training.attach_file(database.ctx, mid, big)
    assert training.attachment(database.ctx, mid)[0] == "handout.txt"
    assert training.remove_attachment(database.ctx, mid)
    assert training.attachment(database.ctx, mid) is None


def test_demo_training_follows_the_rules(database):
    from collectdesk.services.demo import build_demo

    build_demo(database.ctx, accounts=60, seed=3, today=TODAY)
    with database.ctx.reading() as s:
        rows = s.execute(select(TrainingRecord.status, TrainingRecord.completed_on, TrainingRecord.expires_on,
                                TrainingModule.validity_months, TrainingRecord.due_on, StaffMember.hire_date)
                         .join(TrainingModule, TrainingModule.id == TrainingRecord.module_id)
                         .join(StaffMember, StaffMember.id == TrainingRecord.staff_id)).all()
    for status, completed, expires, validity, _due, _hire in rows:
        if completed is None:
            assert expires is None and status in training.OPEN_STATUSES
            continue
        assert expires == (training.add_months(completed, validity) if validity else None)
        assert status is (TrainingStatus.EXPIRED if expires is not None and expires < TODAY
                          else TrainingStatus.COMPLETED)
    new_hire = TODAY - timedelta(days=90)
    assert any(st in training.OPEN_STATUSES and due < TODAY and hire >= new_hire for st, _, _, _, due, hire in rows)
    assert sum(1 for st, *_r, hire in rows if st is TrainingStatus.IN_PROGRESS and hire >= new_hire) >= 2
