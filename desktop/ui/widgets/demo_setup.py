"""Filling an empty database with the demo organisation, in the background with a progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.engine import Database
from db.models import Base
from desktop.services.base import Changes, OpResult
from desktop.ui.tasks import Ops, Progress

DEMO_SEED = 1


def fill_with_demo(
    ops: Ops,
    db: Database,
    *,
    scale: str = "default",
    success: Callable[[Any], None] | None = None,
    failure: Callable[[BaseException], bool] | None = None,
    parent: QWidget | None = None,
) -> Progress:
    """Generate the demo M-brand organisation; every page hears that every table changed."""

    def work(progress: Progress) -> OpResult[object]:
        from db.demo import generate_demo

        label = QCoreApplication.translate("demo", "Creating the demo organisation…")

        def report(done: int, total: int) -> None:
            progress.report(done, total, label)

        summary = generate_demo(
            db, seed=DEMO_SEED, scale=scale, today=db.clock().date(), progress=report
        )
        return OpResult(summary, Changes.of(*Base.metadata.tables))

    return ops.run_in_background(
        work,
        title=QCoreApplication.translate("demo", "Creating the demo organisation…"),
        success=success,
        failure=failure,
        parent=parent,
    )
