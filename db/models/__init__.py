"""All tables. Import this package to register every model on ``Base.metadata``."""

from db.models.base import Base, Synced
from db.models.distributors import Distributor, DistributorContact
from db.models.field import CallLog, FollowUpTask, Holiday, RuleSetting, Visit
from db.models.org import Market, OrgBody, Person, Region
from db.models.sync import FieldClock, LocalState, Outbox

__all__ = [
    "Base",
    "CallLog",
    "Distributor",
    "DistributorContact",
    "FieldClock",
    "FollowUpTask",
    "Holiday",
    "LocalState",
    "Market",
    "OrgBody",
    "Outbox",
    "Person",
    "Region",
    "RuleSetting",
    "Synced",
    "Visit",
]
