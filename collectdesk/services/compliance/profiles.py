"""Compliance profiles: the shipped ones, the department's edited copies, and which applies to an account.

    layers(ctx) -> {code: ProfileLayer}        shipped layers, each replaced by its edited copy if any
    save_layer(ctx, body, expected_revision=...) -> revision    a validated edited copy (new revision row)
    reset_layer(ctx, code, expected_revision=...)               back to the shipped layer
    resolver(ctx) -> ProfileResolver           .for_account(country, portfolio_profile, creditor) -> Profile
    profile_for_account(ctx, account_id) -> Profile
    portfolio_overrides(session, account_ids) -> {account_id: code}   (for the scan, in bulk)

Storage: one compliance_profile row per saved revision (code, revision, title, body as JSON, active).
The row with the highest revision among the active ones replaces the shipped layer of the same code; a
code that is not shipped is a profile the department made itself. Resetting deactivates every row of the
code (the history stays, and the audit trail has who saved and who reset). Revisions count up per code
and are never reused. A save names the revision the user started from (`expected_revision`, None = the
shipped layer): if someone saved or reset the profile in between, nothing is saved and the error says who.

Which profile applies to an account (docs/compliance.md): its portfolio's override (an account in several
portfolios with overrides: the one it joined last), else its creditor's (setting
compliance.creditor_profiles: creditor name -> code; names compared ignoring case and spacing), else its
debtor's country's (compliance.country_profiles). On top, the overlays of compliance.overlays, in order,
those for another jurisdiction skipped. A debtor country with no profile gets the overlays alone (the
department's own policy still applies), named after them, e.g. code "INTERNAL", version "INTERNAL.2026.1".
A setting or portfolio naming a profile that does not exist fails loudly (ValidationError): checking an
account against a different profile than the one chosen would be worse than not checking.

A resolver reads layers and settings once and caches each effective profile: make one per scan.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from collectdesk.compliance.model import Profile
from collectdesk.compliance.profile_loader import (
    ProfileError, ProfileLayer, dump_layer, effective, load_shipped, parse_layer, unknown_disables,
)
from collectdesk.domain.errors import NotFoundError, StaleEditError, ValidationError
from collectdesk.services.context import ServiceContext
from collectdesk.services.department_settings import setting
from collectdesk.store.models import Account, AuditEntry, ComplianceProfile, Debtor, Portfolio, PortfolioAccount

_translate = QCoreApplication.translate  # an alias lupdate reads (translations/update.py resolves it)

CHUNK = 500


# ------------------------------------------------------------------------------------------------ layers

def _current_rows(s: Session, code: str | None = None) -> dict[str, ComplianceProfile]:
    """The highest active revision per code."""
    query = select(ComplianceProfile).where(ComplianceProfile.active.is_(True))
    if code is not None:
        query = query.where(ComplianceProfile.code == code)
    rows: dict[str, ComplianceProfile] = {}
    for row in s.scalars(query.order_by(ComplianceProfile.code, ComplianceProfile.revision.desc())):
        rows.setdefault(row.code, row)
    return rows


def _parse_row(row: ComplianceProfile) -> ProfileLayer:
    try:
        return parse_layer(json.loads(row.body), origin=f"{row.code} r{row.revision} (database)",
                           revision=row.revision)
    except (ProfileError, ValueError) as exc:
        raise ValidationError(_translate(
            "Compliance", "The saved compliance profile {code} (revision {revision}) cannot be read by this "
            "version of CollectDesk. Reset it to the shipped profile or update CollectDesk.\n{problems}").format(
            code=row.code, revision=row.revision, problems=getattr(exc, "message", str(exc)))) from exc


def _layers_in(s: Session) -> dict[str, ProfileLayer]:
    out = dict(load_shipped())
    for code, row in _current_rows(s).items():
        out[code] = _parse_row(row)
    return out


def layers(ctx: ServiceContext) -> dict[str, ProfileLayer]:
    """Every layer by code: the shipped ones, each replaced by its edited copy (highest active revision),
    plus the department's own. `layer.revision` is None for a shipped layer."""
    with ctx.reading() as s:
        return _layers_in(s)


def _changed_by(s: Session, code: str) -> tuple[str, Any]:
    ids = [str(i) for i in s.scalars(select(ComplianceProfile.id).where(ComplianceProfile.code == code))]
    entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == ComplianceProfile.__tablename__,
                                               AuditEntry.entity_id.in_(ids or ["-"]))
                      .order_by(AuditEntry.occurred_at.desc()).limit(1)).first()
    return (entry.actor, entry.occurred_at) if entry else ("?", None)


def _stale(s: Session, code: str) -> StaleEditError:
    from collectdesk.i18n import format_datetime  # formatting only; no widgets

    who, when = _changed_by(s, code)
    return StaleEditError(_translate(
        "Compliance", "The compliance profile {code} was changed by {who} at {when} after you opened it. "
        "Nothing was saved; reload the profile and make your change again.").format(
        code=code, who=who, when=format_datetime(when) if when else "?"),
        entity=ComplianceProfile.__tablename__, entity_id=code, changed_by=who, changed_at=when)


def _check_expected(s: Session, code: str, expected_revision: int | None) -> ComplianceProfile | None:
    current = _current_rows(s, code).get(code)
    if (current.revision if current else None) != expected_revision:
        raise _stale(s, code)
    return current


def save_layer(ctx: ServiceContext, body: Mapping[str, Any], *, expected_revision: int | None) -> int:
    """Validate `body` and save it as the next revision of its code; returns that revision.
    `expected_revision`: the revision the user edited (None: the shipped layer, or a new code)."""
    code = body.get("code") if isinstance(body, Mapping) else None
    try:
        layer = parse_layer(body, origin=f"{code if isinstance(code, str) else 'profile'} (edited)")
    except ProfileError as exc:
        raise ValidationError(_translate(
            "Compliance", "The compliance profile was not saved. Correct these problems and save again:\n"
            "{problems}").format(problems=exc.message)) from exc
    shipped = load_shipped().get(layer.code)
    if shipped is not None and shipped.kind != layer.kind:
        raise ValidationError(_translate(
            "Compliance", "{code} is shipped as a {kind} profile; an edited copy cannot change that.").format(
            code=layer.code, kind=shipped.kind))
    text = json.dumps(dump_layer(layer), ensure_ascii=False, sort_keys=True)
    with ctx.transaction() as s:
        _check_expected(s, layer.code, expected_revision)
        if layer.kind == "overlay":
            unknown = unknown_disables(layer, _layers_in(s))
            if unknown:
                raise ValidationError(_translate(
                    "Compliance", "The compliance profile was not saved: it disables rules that no profile "
                    "has: {rules}").format(rules=", ".join(unknown)))
        top = s.scalar(select(func.max(ComplianceProfile.revision)).where(ComplianceProfile.code == layer.code))
        revision = (top or 0) + 1
        s.add(ComplianceProfile(code=layer.code, revision=revision, title=layer.title["en"][:200], body=text,
                                active=True))
        try:
            s.flush()
        except IntegrityError as exc:  # someone saved the same revision number at the same moment
            s.rollback()
            raise _stale(s, layer.code) from exc
        return revision


def reset_layer(ctx: ServiceContext, code: str, *, expected_revision: int | None = None) -> None:
    """Back to the shipped layer: every saved revision of `code` becomes inactive (kept for the history)."""
    if code not in load_shipped():
        raise ValidationError(_translate(
            "Compliance", "{code} is not a shipped compliance profile, so there is nothing to reset it to.").format(
            code=code))
    with ctx.transaction() as s:
        if expected_revision is not None:
            _check_expected(s, code, expected_revision)
        for row in s.scalars(select(ComplianceProfile).where(ComplianceProfile.code == code,
                                                            ComplianceProfile.active.is_(True))):
            row.active = False


# ------------------------------------------------------------------------------------- which profile applies

def _creditor_key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


class ProfileResolver:
    """Effective profiles for accounts, cached (one resolver per scan: it does not see later edits)."""

    def __init__(self, layers: Mapping[str, ProfileLayer], country_profiles: Mapping[str, str],
                 creditor_profiles: Mapping[str, str], overlays: Iterable[str]):
        self.layers = dict(layers)
        self._country = {str(k).upper(): v for k, v in (country_profiles or {}).items() if v}
        self._creditor = {_creditor_key(k): v for k, v in (creditor_profiles or {}).items() if v}
        self._overlays = []
        for code in overlays or ():
            self._overlays.append(self._layer(code, "overlay", "compliance.overlays"))
        for key, codes in (("compliance.country_profiles", self._country.values()),
                           ("compliance.creditor_profiles", self._creditor.values())):
            for code in codes:
                self._layer(code, "base", key)
        self._cache: dict[tuple[str | None, str], Profile] = {}

    def _layer(self, code: str, kind: str, where: str) -> ProfileLayer:
        layer = self.layers.get(code)
        if layer is None:
            raise ValidationError(_translate(
                "Compliance", "The compliance profile {code} named in {where} does not exist.").format(
                code=code, where=where))
        if layer.kind != kind:
            raise ValidationError(_translate(
                "Compliance", "The compliance profile {code} named in {where} is a {kind} profile; a {wanted} "
                "profile is needed there.").format(code=code, where=where, kind=layer.kind, wanted=kind))
        return layer

    def base_code(self, country: str, portfolio_profile: str | None = None, creditor: str | None = None) -> str | None:
        """The base profile's code for an account (None: its country has none)."""
        return (portfolio_profile or self._creditor.get(_creditor_key(creditor))
                or self._country.get((country or "").upper()))

    def for_account(self, country: str, portfolio_profile: str | None = None,
                    creditor: str | None = None) -> Profile:
        code = self.base_code(country, portfolio_profile, creditor)
        key = (code, "" if code else (country or "").upper())
        profile = self._cache.get(key)
        if profile is None:
            where = _translate("Compliance", "a portfolio") if portfolio_profile else "compliance.*_profiles"
            base = self._layer(code, "base", where) if code else None
            profile = effective(base, self._overlays, jurisdiction=key[1])
            self._cache[key] = profile
        return profile


def resolver(ctx: ServiceContext) -> ProfileResolver:
    return ProfileResolver(layers(ctx), setting(ctx, "compliance.country_profiles"),
                           setting(ctx, "compliance.creditor_profiles"), setting(ctx, "compliance.overlays"))


def portfolio_overrides(s: Session, account_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The portfolio override per account (accounts currently in a portfolio that names a profile);
    in several such portfolios: the one joined last, then by portfolio name."""
    ids = list(account_ids)
    picked: dict[uuid.UUID, tuple] = {}
    for i in range(0, len(ids), CHUNK):
        rows = s.execute(
            select(PortfolioAccount.account_id, Portfolio.compliance_profile, PortfolioAccount.added_at,
                   Portfolio.name)
            .join(Portfolio, Portfolio.id == PortfolioAccount.portfolio_id)
            .where(PortfolioAccount.account_id.in_(ids[i:i + CHUNK]), PortfolioAccount.removed_at.is_(None),
                   Portfolio.compliance_profile.is_not(None), Portfolio.compliance_profile != "")).all()
        pick_overrides(picked, ((account_id, code, (added_at, name)) for account_id, code, added_at, name in rows))
    return {account_id: code for account_id, (_, code) in picked.items()}


def pick_overrides(picked: dict, rows: Iterable[tuple]) -> dict:
    """The rule for an account in several portfolios that name a profile: the one joined last, then by
    portfolio name. `rows` are (account, code, rank); `picked` (account -> (rank, code)) is updated."""
    for account, code, rank in rows:
        if account not in picked or rank > picked[account][0]:
            picked[account] = (rank, code)
    return picked


def profile_for_account(ctx: ServiceContext, account_id: uuid.UUID) -> Profile:
    with ctx.reading() as s:
        row = s.execute(select(Debtor.country, Account.creditor).join(Debtor, Debtor.id == Account.debtor_id)
                        .where(Account.id == account_id)).first()
        if row is None:
            raise NotFoundError(_translate("Storage", "The record no longer exists: {what}").format(
                what=str(account_id)))
        override = portfolio_overrides(s, [account_id]).get(account_id)
    return resolver(ctx).for_account(row.country, override, row.creditor)
