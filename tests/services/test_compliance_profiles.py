"""Compliance profiles in the database: edited copies replace the shipped ones (new revisions, stale edits
refused), reset goes back, and each account gets portfolio > creditor > country, with the overlays on top."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from collectdesk.compliance.profile_loader import dump_layer, load_shipped
from collectdesk.domain.enums import PortfolioKind
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.services.compliance.profiles import (
    layers, portfolio_overrides, profile_for_account, reset_layer, resolver, save_layer,
)
from collectdesk.services.context import ServiceContext
from collectdesk.services.department_settings import set_setting
from collectdesk.store.models import AuditEntry, ComplianceProfile, Portfolio, PortfolioAccount

IT = "IT_GARANTE_UNIREC"


def _edited_it(max_per_day=2):
    body = dump_layer(load_shipped()[IT])
    rule = next(r for r in body["rules"] if r["id"] == "IT.conversations_per_day")
    rule["params"]["max"] = max_per_day
    return body


def _portfolio(database, name, code, account_ids, added_at=None):
    with database.ctx.transaction() as s:
        portfolio = Portfolio(name=name, kind=PortfolioKind.HIGH_PROFILE, compliance_profile=code)
        s.add(portfolio)
        s.flush()
        for account_id in account_ids:
            member = PortfolioAccount(portfolio_id=portfolio.id, account_id=account_id, added_by="tester")
            if added_at is not None:
                member.added_at = added_at
            s.add(member)
        return portfolio.id


def test_an_edited_copy_replaces_the_shipped_profile_and_reset_brings_it_back(database, make_account):
    anna = ServiceContext(database.engine, "anna")
    account = make_account(country="IT")
    assert layers(anna)[IT] == load_shipped()[IT]
    assert profile_for_account(anna, account).version == "2026.1+INTERNAL.2026.1"

    assert save_layer(anna, _edited_it(2), expected_revision=None) == 1
    edited = layers(anna)[IT]
    assert edited.revision == 1
    profile = profile_for_account(anna, account)
    assert profile.version == "2026.1r1+INTERNAL.2026.1"
    assert profile.rule("IT.conversations_per_day").params["max"] == 2
    with anna.reading() as s:
        audit = s.execute(select(AuditEntry.actor, AuditEntry.action, AuditEntry.new_value)
                          .where(AuditEntry.entity == "compliance_profile")).all()
    assert [(a.actor, a.action) for a in audit] == [("anna", "insert")] and '"revision": "1"' in audit[0].new_value

    assert save_layer(anna, _edited_it(4), expected_revision=1) == 2
    assert profile_for_account(anna, account).rule("IT.conversations_per_day").params["max"] == 4

    reset_layer(anna, IT, expected_revision=2)
    assert layers(anna)[IT] == load_shipped()[IT]
    assert profile_for_account(anna, account).version == "2026.1+INTERNAL.2026.1"
    with anna.reading() as s:
        rows = s.execute(select(ComplianceProfile.revision, ComplianceProfile.active)
                         .order_by(ComplianceProfile.revision)).all()
    assert [tuple(r) for r in rows] == [(1, False), (2, False)]  # the history stays
    # revisions are never reused after a reset
    assert save_layer(anna, _edited_it(3), expected_revision=None) == 3


def test_a_stale_save_is_refused_naming_who_saved_first(database):
    anna, marek = ServiceContext(database.engine, "anna"), ServiceContext(database.engine, "marek")
    save_layer(anna, _edited_it(2), expected_revision=None)          # both opened the shipped profile
    with pytest.raises(StaleEditError) as err:
        save_layer(marek, _edited_it(5), expected_revision=None)
    assert "anna" in str(err.value) and IT in str(err.value)
    assert layers(marek)[IT].revision == 1
    assert next(r for r in layers(marek)[IT].rules if r.id == "IT.conversations_per_day").params["max"] == 2

    reset_layer(marek, IT)
    with pytest.raises(StaleEditError) as err:                        # anna edited revision 1, now reset
        save_layer(anna, _edited_it(6), expected_revision=1)
    assert "marek" in str(err.value)
    with pytest.raises(StaleEditError):
        reset_layer(anna, IT, expected_revision=1)


def test_an_invalid_profile_is_not_saved_and_the_message_names_the_problem(database):
    ctx = database.ctx
    body = _edited_it()
    body["rules"][1]["params"]["windows"]["mon"] = ["08:30", "25:00"]
    with pytest.raises(ValidationError) as err:
        save_layer(ctx, body, expected_revision=None)
    assert 'rule IT.calling_hours, params.windows.mon: "25:00" is not a time of day' in str(err.value)
    overlay = dump_layer(load_shipped()["INTERNAL"])
    overlay["disable"] = ["IT.calling_hours", "IT.no_such_rule"]
    with pytest.raises(ValidationError, match="IT.no_such_rule"):
        save_layer(ctx, overlay, expected_revision=None)
    as_overlay = {**_edited_it(), "kind": "overlay"}
    with pytest.raises(ValidationError, match="shipped as a base profile"):
        save_layer(ctx, as_overlay, expected_revision=None)
    with pytest.raises(ValidationError, match="not a shipped compliance profile"):
        reset_layer(ctx, "MY_OWN")
    with ctx.reading() as s:
        assert s.scalar(select(ComplianceProfile.id)) is None


def test_an_overlay_edit_disables_a_country_rule_for_that_country_only(database, make_account):
    ctx = database.ctx
    italian, german = make_account(country="IT"), make_account(country="DE")
    overlay = dump_layer(load_shipped()["INTERNAL"])
    overlay["disable"] = ["IT.conversations_per_week"]
    save_layer(ctx, overlay, expected_revision=None)
    it_profile, de_profile = profile_for_account(ctx, italian), profile_for_account(ctx, german)
    assert it_profile.rule("IT.conversations_per_week") is None and it_profile.rule("IT.conversations_per_day")
    assert it_profile.version == "2026.1+INTERNAL.2026.1r1"
    assert de_profile.version == "2026.1+INTERNAL.2026.1r1" and de_profile.rule("DE.limitation")


def test_portfolio_beats_creditor_beats_country_and_overlays_stack(database, make_account):
    ctx = database.ctx
    plain = make_account(country="PL", creditor="Bank Nowy S.A.")
    by_creditor = make_account(country="PL", creditor="  telco  italia ")
    in_portfolio = make_account(country="PL", creditor="Telco Italia")
    _portfolio(database, "US book", "US_FDCPA_REGF", [in_portfolio])
    set_setting(ctx, "compliance.creditor_profiles", {"Telco Italia": IT})
    set_setting(ctx, "compliance.overlays", ["INTERNAL", "PL_STRICT_DRAFT"])

    assert profile_for_account(ctx, plain).code == "PL_BASE"
    assert profile_for_account(ctx, plain).version == "2026.1+INTERNAL.2026.1+PL_STRICT_DRAFT.2026.1"
    assert profile_for_account(ctx, plain).rule("PL.draft_calling_hours") is not None
    creditor = profile_for_account(ctx, by_creditor)
    assert creditor.code == IT and creditor.rule("PL.draft_calling_hours") is None  # draft applies to PL only
    assert creditor.rule("INT.calls_per_day") is not None
    assert profile_for_account(ctx, in_portfolio).code == "US_FDCPA_REGF"


def test_the_portfolio_joined_last_decides_and_removed_memberships_do_not_count(database, make_account):
    ctx = database.ctx
    account = make_account(country="IT")
    first = _portfolio(database, "A", "DE_RDG", [account])
    with ctx.transaction() as s:
        joined = s.scalar(select(PortfolioAccount.added_at).where(PortfolioAccount.portfolio_id == first))
    _portfolio(database, "B", "UK_FCA_CONC7", [account], added_at=joined + timedelta(days=1))
    _portfolio(database, "C (no profile)", None, [account], added_at=joined + timedelta(days=2))
    assert profile_for_account(ctx, account).code == "UK_FCA_CONC7"
    with ctx.transaction() as s:
        for member in s.scalars(select(PortfolioAccount).join(Portfolio).where(Portfolio.name == "B")):
            member.removed_at, member.removed_by = joined + timedelta(days=3), "tester"
    with ctx.reading() as s:
        assert portfolio_overrides(s, [account]) == {account: "DE_RDG"}
    assert profile_for_account(ctx, account).code == "DE_RDG"


def test_a_country_without_a_profile_gets_the_overlays_only(database, make_account):
    ctx = database.ctx
    french = make_account(country="FR")
    profile = profile_for_account(ctx, french)
    assert (profile.code, profile.version, profile.jurisdiction, profile.holidays) == (
        "INTERNAL", "INTERNAL.2026.1", "FR", "FR")
    assert [r.id for r in profile.rules] == ["INT.calls_per_day", "INT.vulnerable", "INT.deceased", "INT.bankrupt"]
    set_setting(ctx, "compliance.country_profiles", {"FR": "DE_RDG"})
    assert profile_for_account(ctx, french).code == "DE_RDG"


def test_a_department_profile_of_its_own_can_be_saved_and_chosen(database, make_account):
    ctx = database.ctx
    own = {**dump_layer(load_shipped()[IT]), "code": "IT_STRICT", "title": {"en": "Italy, strict"}}
    assert save_layer(ctx, own, expected_revision=None) == 1
    account = make_account(country="IT", creditor="Energia Spa")
    set_setting(ctx, "compliance.creditor_profiles", {"Energia Spa": "IT_STRICT"})
    assert profile_for_account(ctx, account).version == "2026.1r1+INTERNAL.2026.1"
    assert profile_for_account(ctx, account).code == "IT_STRICT"


def test_settings_naming_a_missing_or_wrong_kind_of_profile_fail_loudly(database, make_account):
    ctx = database.ctx
    set_setting(ctx, "compliance.overlays", ["INTERNAL", "NO_SUCH"])
    with pytest.raises(ValidationError, match="NO_SUCH"):
        resolver(ctx)
    set_setting(ctx, "compliance.overlays", ["PL_BASE"])
    with pytest.raises(ValidationError, match="PL_BASE"):
        resolver(ctx)
    set_setting(ctx, "compliance.overlays", ["INTERNAL"])
    account = make_account(country="IT")
    _portfolio(database, "Typo", "IT_GARANTE", [account])
    with pytest.raises(ValidationError, match="IT_GARANTE"):
        profile_for_account(ctx, account)


def test_a_resolver_caches_each_effective_profile(database):
    resolve = resolver(database.ctx)
    first = resolve.for_account("it")
    assert resolve.for_account("IT", None, "anyone") is first
    assert resolve.for_account("PL") is not first and resolve.for_account("PL").code == "PL_BASE"
