"""The scorecard pane: staff KPIs for a period, totals, ranking, trends, drill-downs and anomalies."""
