"""All tables. Import this package to register every model on ``Base.metadata``."""

from db.models.base import Base, Synced
from db.models.distributors import Distributor, DistributorContact
from db.models.field import CallLog, FollowUpTask, Holiday, RuleSetting, Visit
from db.models.org import Market, OrgBody, Person, Region
from db.models.sync import (
    ArchivedBundle,
    Conflict,
    DeviceKey,
    FieldClock,
    HeldRow,
    ImportLog,
    InboxBundle,
    JoinRequest,
    LocalState,
    Outbox,
    StreamRecord,
    SyncDevice,
    SyncPeer,
)

__all__ = [
    "ArchivedBundle",
    "Base",
    "CallLog",
    "Conflict",
    "DeviceKey",
    "Distributor",
    "DistributorContact",
    "FieldClock",
    "FollowUpTask",
    "HeldRow",
    "Holiday",
    "ImportLog",
    "InboxBundle",
    "JoinRequest",
    "LocalState",
    "Market",
    "OrgBody",
    "Outbox",
    "Person",
    "Region",
    "RuleSetting",
    "StreamRecord",
    "SyncDevice",
    "SyncPeer",
    "Synced",
    "Visit",
]
