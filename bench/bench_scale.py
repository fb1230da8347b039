"""Benchmark at the large scale: demo generation, start-up, and memory with the Call log scrolled.

Not a test. Every figure is printed with a baseline measured in the same run:

* generating the large demo (``fielddesk demo --scale large``: 20 000 distributors,
  over a million calls; goal < 5 minutes) ÷ SQLite copying the finished database
  into a new file (``VACUUM INTO``: the floor for writing that much data). The
  database is cached (``bench.common``): a run that reuses it prints the times
  measured when it was built (``--fresh`` builds it again).
* start-up: a process that starts as ``fielddesk --db LARGE`` does and exits when
  the window has painted ÷ a process that shows a bare PySide6 window and exits
  when it has painted (median wall time of ``--repeat`` runs each, after a warm-up
  run); goal ≤ 1.5. The window paints its frame first (sidebar and "Opening …")
  and loads the database and pages on a thread; a second figure is the time until
  the first page has painted with its data.
* peak memory (``ru_maxrss``) of a process with the Call log page loaded and
  scrolled to the end, beside the bare window's; goal ≤ 400 MB. The same process
  reports the longest pause of its event loop while loading and scrolling.

    python -m bench.bench_scale [--repeat 5] [--fresh]      (make bench runs every bench)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

STARTUP_GOAL = 1.5
MEMORY_GOAL_MB = 400
HEARTBEAT_MS = 10
PROBE = "bench.bench_scale"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_scale", description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per start-up probe")
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    parser.add_argument(
        "--probe", choices=("bare", "window", "page", "calls"), help=argparse.SUPPRESS
    )
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return _probe(args.probe, Path(args.db) if args.db else None)

    from bench.common import large_database, run_probe

    cached = large_database(fresh=args.fresh or None)
    c = cached.counts
    print(
        f"Large scale: {c['distributors']:,} distributors, {c['calls']:,} calls, "
        f"{c['visits']:,} visits, {c['follow_up_tasks']:,} follow-up tasks, "
        f"{c['people']:,} people ({cached.path}, {cached.path.stat().st_size / 2**20:,.0f} MB)"
    )
    when = f"measured {cached.built_at}" + (" (cached)" if cached.reused else "")
    print(
        f"  demo generation: {cached.seconds:7.1f} s   copying it (VACUUM INTO) "
        f"{cached.baseline_seconds:6.1f} s   ratio {cached.seconds / cached.baseline_seconds:5.1f}×"
        f"   (goal < 300 s: {'ok' if cached.seconds < 300 else 'OVER'}; {when})"
    )
    db = str(cached.path)
    bare, bare_report = run_probe([PROBE, "--probe", "bare"], args.repeat)
    app, app_report = run_probe([PROBE, "--probe", "window", "--db", db], args.repeat)
    ratio = app / bare
    verdict = "ok" if ratio <= STARTUP_GOAL else "OVER"
    print(
        f"  start-up to the window painted: {app * 1000:7.0f} ms   bare PySide6 window "
        f"{bare * 1000:5.0f} ms   ratio {ratio:4.2f}×   (goal ≤ {STARTUP_GOAL}×: {verdict})"
    )
    phases = ", ".join(f"{k} {v:.0f} ms" for k, v in app_report["phases_ms"].items())
    print(f"    inside the process: {phases}")
    page, page_report = run_probe([PROBE, "--probe", "page", "--db", db], args.repeat)
    print(
        f"  start-up to the first page painted with its data: {page * 1000:7.0f} ms   "
        f"ratio to the bare window {page / bare:4.2f}×; longest event-loop pause "
        f"{page_report['longest_pause_ms']:.0f} ms"
    )
    phases = ", ".join(f"{k} {v:.0f} ms" for k, v in page_report["phases_ms"].items())
    print(f"    inside the process: {phases}")
    _, memory = run_probe([PROBE, "--probe", "calls", "--db", db], 0)
    peak = memory["maxrss_mb"]
    print(
        f"  peak memory, Call log scrolled to the end ({memory['rows']:,} rows): {peak:5.0f} MB   "
        f"bare window {bare_report['maxrss_mb']:4.0f} MB   "
        f"(goal ≤ {MEMORY_GOAL_MB} MB: {'ok' if peak <= MEMORY_GOAL_MB else 'OVER'})"
    )
    phases = ", ".join(f"{k} {v:.0f} ms" for k, v in memory["phases_ms"].items())
    print(
        f"    {phases}; longest event-loop pause {memory['longest_pause_ms']:.0f} ms "
        f"({memory['longest_pause_when']})"
    )
    return 0


# -- probes: run in a process of their own ------------------------------------------------
def _probe(kind: str, db: Path | None) -> int:
    start = time.perf_counter()
    phases: dict[str, float] = {}

    def mark(name: str) -> None:
        phases[name] = (time.perf_counter() - start) * 1000

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    if kind == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QLabel("FieldDesk"))
        window.resize(1280, 800)
        target: Callable[[QObject], bool] = lambda obj: obj is window.centralWidget()  # noqa: E731
        window.show()
        mark("shown")
        pages: Any = None
    elif kind == "calls":
        assert db is not None
        app, window, pages, target = _open_window(db, mark)
    else:
        assert db is not None
        app, window, target = _launch(db, mark, first_page=kind == "page")
        pages = None
    pause = _Pause()

    def finish(extra: dict[str, Any]) -> None:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"phases_ms": phases, "maxrss_mb": rss, **extra}))
        sys.stdout.flush()
        os._exit(0)  # no teardown: the figure is the time to the first paint

    class FirstPaint(QObject):
        scroll: _CallsScroll | None = None

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and target(obj):
                app.removeEventFilter(self)
                mark("painted")
                if kind == "calls":
                    self.scroll = _CallsScroll(window, pages, mark, finish)
                elif kind == "page":  # a few more beats, to see the pause of building the pages
                    painted_at = time.perf_counter()
                    QTimer.singleShot(
                        HEARTBEAT_MS * 3,
                        lambda: finish(
                            {
                                "longest_pause_ms": pause.longest,
                                "after_paint_ms": (time.perf_counter() - painted_at) * 1000,
                            }
                        ),
                    )
                else:
                    QTimer.singleShot(0, lambda: finish({}))
            return False

    painted = FirstPaint()
    app.installEventFilter(painted)
    if isinstance(window, QWidget) and window.isVisible():
        window.update()
    app.exec()
    return 1


class _Pause:
    """The longest time the event loop was busy, by a 10 ms heartbeat timer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.longest = 0
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.elapsed()
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = self.clock.elapsed()
        if os.environ.get("PAUSE_DEBUG") and now - self.last - HEARTBEAT_MS > 30:
            print("pause", now - self.last - HEARTBEAT_MS, "ending at", now, file=sys.stderr)
        self.longest = max(self.longest, now - self.last - HEARTBEAT_MS)
        self.last = now


def _settings(folder: str) -> Any:
    from PySide6.QtCore import QSettings

    from desktop.settings import DATA_DIR, Settings

    settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(DATA_DIR, folder)
    return settings


def _launch(db: Path, mark: Callable[[str], None], first_page: bool) -> tuple[Any, Any, Any]:
    """What ``fielddesk --db DB`` does (``application.start``), with settings of its own."""
    from PySide6.QtCore import QObject

    from desktop import i18n
    from desktop.ui.application import application, apply_look, launch

    mark("imports")
    settings = _settings(tempfile.mkdtemp(prefix="fielddesk-probe-"))
    app = application()
    apply_look(app)
    i18n.install("zh_CN")
    mark("look")

    def crash(error: BaseException) -> None:
        raise error

    frame = launch(app, str(db), settings, crash)
    central = getattr(frame, "centralWidget", lambda: None)()
    mark("frame shown")

    def is_page(obj: QObject) -> bool:  # without importing the page code before it loads
        if not any(c.__name__ == "Page" for c in type(obj).__mro__):
            return False
        window = obj.window()  # type: ignore[attr-defined]
        return getattr(window, "current_page", None) is obj

    def target(obj: QObject) -> bool:
        return is_page(obj) if first_page else obj is central

    return app, frame, target


def _open_window(db: Path, mark: Callable[[str], None]) -> tuple[Any, Any, Any, Any]:
    """What ``fielddesk --db DB`` does, with settings of its own in a temporary folder."""
    from PySide6.QtCore import QObject, QSettings

    from desktop import i18n
    from desktop.settings import DATA_DIR, Settings
    from desktop.ui.application import application, apply_look, prepare
    from desktop.ui.pages.base import Page

    mark("imports")
    folder = tempfile.mkdtemp(prefix="fielddesk-probe-")
    settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(DATA_DIR, folder)
    app = application()
    apply_look(app)
    i18n.install("zh_CN")
    mark("look")

    def crash(error: BaseException) -> None:
        raise error

    window = prepare(app, str(db), settings, crash)
    if isinstance(window, int):
        raise SystemExit(f"the window did not open (exit status {window})")
    mark("window shown")

    def target(obj: QObject) -> bool:
        return isinstance(obj, Page) and obj is window.current_page

    return app, window, window.pages, target


class _CallsScroll:
    """Show the Call log, wait for the whole list, drag to the end; report rows and pauses.

    A 10 ms heartbeat timer measures the longest time the event loop was busy.
    """

    def __init__(
        self, window: Any, pages: Any, mark: Callable[[str], None], finish: Callable[..., None]
    ) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        from desktop.ui.pages.calls import CallsPage

        self.mark, self.finish = mark, finish
        self.longest = 0
        self.longest_when = ""
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.elapsed()
        self.heart = QTimer()
        self.heart.setInterval(HEARTBEAT_MS)
        self.heart.timeout.connect(self.beat)
        self.heart.start()
        index = next((i for i, p in enumerate(pages) if isinstance(p, CallsPage)), None)
        if index is not None:
            window.show_page(index)
            self.page = pages[index]
        else:  # not registered in the window yet: the page on its own, as large
            self.page = CallsPage(window.services, window.ops, window.settings)
            self.page.resize(window.size())
            self.page.show()
            self.page.on_shown()
        self.step = 0
        self.ticker = QTimer()
        self.ticker.setInterval(HEARTBEAT_MS * 3)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()

    def beat(self) -> None:
        now = self.clock.elapsed()
        if now - self.last - HEARTBEAT_MS > self.longest:
            self.longest = now - self.last - HEARTBEAT_MS
            self.longest_when = (
                f"scrolling, move {self.step} of 20"
                if self.page.complete
                else "switching to the page and loading the list"
            )
        self.last = now

    def tick(self) -> None:
        page = self.page
        if not page.complete:
            return
        if self.step == 0:
            self.mark("whole list loaded")
        bar = page.table.verticalScrollBar()
        if self.step < 20:  # drag the scroll bar down in 20 moves, as a person would
            self.step += 1
            bar.setValue(bar.maximum() * self.step // 20)
            return
        self.ticker.stop()
        page.table.scrollToBottom()
        self.mark("scrolled to the end")
        from PySide6.QtCore import QTimer

        QTimer.singleShot(
            200,
            lambda: self.finish(
                {
                    "rows": page.model.rowCount(),
                    "longest_pause_ms": max(0, self.longest),
                    "longest_pause_when": self.longest_when,
                }
            ),
        )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
