"""Which builder makes which report (imported lazily: report libraries load only when a report is made).

    build(ctx, params, progress=None, cancel=None) -> Report
    titles(language) -> {ReportKind: translated title}
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

from collectdesk.reports.model import Report, ReportKind, ReportParams

BUILDERS = {
    ReportKind.COLLECTIONS: "collectdesk.reports.builders.collections:build",
    ReportKind.FEEDBACK: "collectdesk.reports.builders.feedback:build",
    ReportKind.STAFF: "collectdesk.reports.builders.staff:build",
    ReportKind.COMPLIANCE: "collectdesk.reports.builders.compliance:build",
    ReportKind.AGING: "collectdesk.reports.builders.aging:build",
    ReportKind.ESCALATIONS: "collectdesk.reports.builders.escalations:build",
    ReportKind.PORTFOLIOS: "collectdesk.reports.builders.portfolios:build",
}


def available() -> list[ReportKind]:
    """The kinds whose builder exists in this build (a report whose data is not built yet is left out)."""
    out = []
    for kind, target in BUILDERS.items():
        module = target.split(":")[0]
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        out.append(kind)
    return out


def build(ctx, params: ReportParams, progress=None, cancel=None) -> Report:
    module, _, name = BUILDERS[ReportKind(params.kind)].partition(":")
    return getattr(importlib.import_module(module), name)(ctx, params, progress=progress, cancel=cancel)


def title(kind: ReportKind) -> str:
    """The report's name in the application's language (the pane's list)."""
    kind = ReportKind(kind)
    names = {
        ReportKind.COLLECTIONS: QCoreApplication.translate("ReportCatalogue", "Collections report"),
        ReportKind.FEEDBACK: QCoreApplication.translate("ReportCatalogue", "Customer feedback report"),
        ReportKind.STAFF: QCoreApplication.translate("ReportCatalogue", "Staff performance report"),
        ReportKind.COMPLIANCE: QCoreApplication.translate("ReportCatalogue", "Compliance report"),
        ReportKind.AGING: QCoreApplication.translate("ReportCatalogue", "Aging report"),
        ReportKind.ESCALATIONS: QCoreApplication.translate(
            "ReportCatalogue", "Escalations, settlements and write-offs report"),
        ReportKind.PORTFOLIOS: QCoreApplication.translate("ReportCatalogue", "Special portfolios report"),
    }
    return names[kind]
