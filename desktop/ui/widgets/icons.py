"""The bundled icon set (SVG in ``resources/icons``), never fetched from the system theme."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop.paths import resources_dir


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (``organisation``, ``print``…); an empty icon when there is none."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
