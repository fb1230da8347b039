"""Settings, declared once with type, default and description; QSettings only stores them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings, QStandardPaths

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    description: str


LANGUAGE: Setting[str] = Setting("ui/language", str, "", "zh_CN or en; empty follows the system")
DATA_DIR: Setting[str] = Setting(
    "storage/data_dir", str, "", "folder of the database; empty = the standard data folder"
)
GEOMETRY: Setting[bytes] = Setting("ui/geometry", bytes, b"", "main window geometry")
LAST_PAGE: Setting[str] = Setting("ui/last_page", str, "", "page shown at start")
DISTRIBUTOR_FILTERS: Setting[str] = Setting(
    "ui/distributor_filters", str, "", "last filters of the distributors page (JSON)"
)

ORG_SPLITTER: Setting[bytes] = Setting(
    "ui/org_splitter", bytes, b"", "organisation page: tree / detail splitter state"
)
ORG_FILTER: Setting[str] = Setting("ui/org_filter", str, "", "organisation page: last filter text")
SYNC_INBOX: Setting[str] = Setting(
    "sync/inbox", str, "", "HQ: the folder where laptops' sync files arrive; empty = none chosen"
)

ALL: tuple[Setting[Any], ...] = (
    LANGUAGE, DATA_DIR, GEOMETRY, LAST_PAGE, DISTRIBUTOR_FILTERS, ORG_SPLITTER, ORG_FILTER,
    SYNC_INBOX,
)  # fmt: skip


class Settings:
    """Typed access to QSettings (an explicit file in tests)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    def get(self, setting: Setting[T]) -> T:
        value = self._store.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if setting.type is bytes:
            data = value.data() if hasattr(value, "data") else value
            return data if isinstance(data, bytes) else setting.default  # type: ignore[return-value]
        try:
            return setting.type(value)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Change a setting now; it reaches the disk when Qt next writes the file (soon, from
        the event loop) or at ``flush``: writing it at once took ~20 ms of the UI thread at
        every page switch and every filter change."""
        self._store.setValue(setting.key, value)

    def flush(self) -> None:
        """Write every change to the disk now (the window does when it closes)."""
        self._store.sync()

    def data_dir(self) -> Path:
        chosen = self.get(DATA_DIR)
        if chosen:
            return Path(chosen)
        return Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )

    def database_path(self) -> Path:
        return self.data_dir() / "fielddesk.db"

    def log_path(self) -> Path:
        return self.data_dir() / "logs" / "fielddesk.log"

    def backup_dir(self) -> Path:
        return self.data_dir() / "backups"
