"""Visit plans (拜访计划): generated from the cadence rules, rescheduled, marked done / missed / cancelled."""

from __future__ import annotations

from desktop.services.base import Service


class VisitService(Service):
    """Visits within the acting person's scope."""
