"""The call log (拜访/通话记录) and the follow-up tasks that next steps become."""

from __future__ import annotations

from desktop.services.base import Service


class CallService(Service):
    """Calls and follow-up tasks within the acting person's scope."""
