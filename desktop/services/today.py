"""The Today page's questions: today's visits, what is overdue, who is behind."""

from __future__ import annotations

from desktop.services.base import Service


class TodayService(Service):
    """What needs the acting person's attention today."""
