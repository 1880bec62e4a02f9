"""`collectdesk scorecards`: staff scorecard figures for a period as JSON, CSV or XLSX (with the anomalies)."""

from __future__ import annotations

import json
import sys
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from collectdesk import i18n
from collectdesk.domain.errors import StorageError


def run(args) -> int:
    from collectdesk.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, _err, _open, _out
    from collectdesk.services import scorecard_export
    from collectdesk.services.scorecards import scorecard

    tr = QCoreApplication.translate
    if args.format == "xlsx" and args.out is None:
        _err(tr("CLI", "--format xlsx writes a workbook: add --out FILE (for example --out scorecard.xlsx)."))
        return EXIT_USAGE
    start, end = scorecard_export.parse_period(args.period)
    db = _open(args, sweep=False)
    try:
        scope = scorecard_export.resolve_scope(db.ctx, args.scope)
        card = scorecard(db.ctx, start, end, **scope)
        found = None
        if args.anomalies:
            from collectdesk.services.staff_anomalies import find_anomalies

            found = find_anomalies(db.ctx, start, end, **scope)
    finally:
        db.close()
    if args.format == "xlsx":
        from collectdesk.services.scorecard_xlsx import write_scorecard_xlsx

        try:
            write_scorecard_xlsx(card, args.out, language=i18n.current_language(), anomalies=found, scope=args.scope)
        except StorageError as exc:  # the file, not the database: "refused" like other file errors
            _err(exc.message)
            return EXIT_REFUSED
        _out(tr("CLI", "Scorecards written to {file}.").format(file=args.out))
        return EXIT_OK
    if args.format == "json":
        text = scorecard_export.as_json(card)
        if found is not None:
            data = json.loads(text)
            data["anomalies"] = [anomaly_json(a) for a in found]
            text = json.dumps(data, ensure_ascii=False, indent=1)
    else:
        text = scorecard_export.as_csv(card)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        _out(tr("CLI", "Scorecards written to {file}.").format(file=args.out))
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if found is not None and args.format == "csv":
        from collectdesk.services.staff_anomalies import anomaly_sentence

        say = _out if args.out else _err
        if not found:
            say(tr("CLI", "No anomalies found."))
        for a in found:
            say(tr("CLI", "{name}: {sentence}").format(name=a.staff_name, sentence=anomaly_sentence(a)))
    return EXIT_OK


def anomaly_json(a) -> dict:
    """An anomaly as JSON: Decimals as decimal strings, ids as strings, plus its sentence."""
    from collectdesk.services.staff_anomalies import anomaly_sentence

    def plain(v):
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        if isinstance(v, Decimal):
            return str(v)
        return v if v is None or isinstance(v, (int, str, bool)) else str(v)

    return {"kind": a.kind, "severity": a.severity, "staff_id": str(a.staff_id), "staff_name": a.staff_name,
            "team": a.team, "evidence_kpi": a.evidence_kpi, "figures": plain(a.figures),
            "sentence": anomaly_sentence(a)}
