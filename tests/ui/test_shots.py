"""`collectdesk shots`: the README and AppStream screenshots, every pane in a realistic state."""

import pytest

from collectdesk.services import report_archive
from collectdesk.services.demo import build_demo

pytestmark = pytest.mark.slow


def test_shots_draw_every_pane_and_the_reports_pane_with_a_report(database, tmp_path):
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite")
    from collectdesk.ui import shots

    build_demo(database.ctx, accounts=150, seed=3)
    written = shots.run(database, tmp_path / "shots", "1200x800")
    names = {p.name for p in written}
    panes = sorted(n for n in names if n.startswith("pane-") and n[5:7].isdigit())
    assert len(panes) == 11 and "pane-11-report.png" in names
    assert all(p.stat().st_size > 10_000 for p in written)  # drawn, not blank
    # the Reports pane was shot with a report on screen (generated, hence archived), not its empty start
    [archived] = report_archive.list_reports(database.ctx)
    assert archived.title
