"""Printable documents (ReportLab PDFs) and spreadsheets built from the services' plain data."""
