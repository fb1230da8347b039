"""Spreadsheets: import the distributor lists people keep in Excel; export lists."""

from __future__ import annotations

from desktop.services.base import Service


class SpreadsheetService(Service):
    """Excel import and export (openpyxl, imported when first used)."""
