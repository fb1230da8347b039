"""A laptop's half of the Sync page: what headquarters has of my changes, what is waiting,
the last exchanges, and the two things to do (write my bundle, import HQ's)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import number
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.sync_view import HQ, SyncView, when

ICON_SIZE = 32
OK_COLOUR = "#2e7d32"
WAITING_COLOUR = "#b45309"


def _value(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LaptopSync(QWidget):
    """The exchange with headquarters of a laptop's ``SyncView``."""

    write_bundle = Signal()
    import_bundle = Signal()
    rejoin = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("laptopSync")
        self._view: SyncView | None = None
        card = QFrame(self)
        card.setObjectName("detailPanel")
        self.picture = QLabel(card)
        self.headline = QLabel(card)
        self.headline.setObjectName("detailTitle")
        self.headline.setWordWrap(True)
        self.advice = QLabel(card)
        self.advice.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.headline)
        words.addWidget(self.advice)
        top.addLayout(words, 1)

        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, key in enumerate(("sent", "acknowledged", "waiting", "received", "gaps",
                                   "last_out", "last_in", "device")):  # fmt: skip
            caption = QLabel(card)
            caption.setObjectName("fieldCaption")
            self.captions[key] = caption
            self.values[key] = _value(card, f"laptop_{key}")
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.values[key], row, 1)
        grid.setColumnStretch(1, 1)

        self.write_button = QPushButton(card)
        self.write_button.setObjectName("primaryButton")
        self.write_button.setProperty("role", "writeMyBundle")
        self.write_button.clicked.connect(self.write_bundle)
        self.import_button = QPushButton(card)
        self.import_button.setObjectName("importHqBundle")
        self.import_button.setIcon(icon("inbox"))
        self.import_button.clicked.connect(self.import_bundle)
        self.drop_hint = QLabel(card)
        self.drop_hint.setObjectName("mutedText")
        self.rejoin_button = QPushButton(card)
        self.rejoin_button.setObjectName("rejoinHeadquarters")
        self.rejoin_button.clicked.connect(self.rejoin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.import_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.drop_hint, 1)
        buttons.addWidget(self.rejoin_button)

        column = QVBoxLayout(card)
        column.setContentsMargins(16, 12, 16, 12)
        column.addLayout(top)
        column.addSpacing(4)
        column.addLayout(grid)
        column.addSpacing(8)
        column.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(card)
        self.retranslate()

    def set_view(self, view: SyncView) -> None:
        self._view = view
        self._update_texts()

    def retranslate(self) -> None:
        for key, text in (
            ("sent", self.tr("My changes written so far:")),
            ("acknowledged", self.tr("Acknowledged by headquarters:")),
            ("waiting", self.tr("Waiting:")),
            ("received", self.tr("From headquarters:")),
            ("gaps", self.tr("Missing from headquarters:")),
            ("last_out", self.tr("Last bundle written:")),
            ("last_in", self.tr("Last bundle imported:")),
            ("device", self.tr("This laptop:")),
        ):
            self.captions[key].setText(text)
        self.write_button.setText(self.tr("Write my bundle for headquarters…"))
        self.write_button.setToolTip(
            self.tr("Write every change headquarters has not acknowledged into a folder you choose")
        )
        self.import_button.setText(self.tr("Import headquarters' bundle…"))
        self.drop_hint.setText(self.tr("Or drop headquarters' file on this page."))
        self.rejoin_button.setText(self.tr("Enrol this laptop again…"))
        self.rejoin_button.setToolTip(
            self.tr("When headquarters asks for it: after this laptop was restored from a backup")
        )
        self._update_texts()

    def _update_texts(self) -> None:
        view = self._view
        peer = view.peer(HQ) if view is not None else None
        if view is None or peer is None:
            self.headline.setText(self.tr("Not enrolled with headquarters"))
            self.advice.clear()
            for label in self.values.values():
                label.clear()
            return
        waiting = peer.waiting
        self.picture.setPixmap(
            icon("sync-done" if not waiting else "usb").pixmap(ICON_SIZE, ICON_SIZE)
        )
        if waiting:
            self.headline.setText(self.tr("%n change(s) not yet at headquarters", "", waiting))
            self.headline.setStyleSheet(f"color: {WAITING_COLOUR}")
            self.advice.setText(
                self.tr(
                    "Write your bundle to a USB stick (or attach it to an e-mail) and take it "
                    "to headquarters. A lost file does no harm: the next one holds everything "
                    "headquarters has not acknowledged."
                )
            )
        else:
            self.headline.setText(self.tr("Headquarters has all your changes"))
            self.headline.setStyleSheet(f"color: {OK_COLOUR}")
            self.advice.setText(self.tr("Nothing is waiting to be sent."))
        never = self.tr("never")
        self.values["sent"].setText(self.tr("up to no. {n}").format(n=number(peer.sent)))
        self.values["acknowledged"].setText(
            self.tr("up to no. {n}").format(n=number(peer.acknowledged))
        )
        self.values["waiting"].setText(self.tr("%n change(s)", "", waiting))
        self.values["received"].setText(
            self.tr("changes up to no. {n} imported").format(n=number(peer.received))
        )
        self.values["gaps"].setText(
            ", ".join(f"{first}–{last}" for first, last in peer.gaps)
            + (" — " + self.tr("import the earlier file from headquarters") if peer.gaps else "")
            or self.tr("none")
        )
        self.values["last_out"].setText(when(peer.last_out_at) or never)
        self.values["last_in"].setText(when(peer.last_in_at) or never)
        me = view.device(view.me)
        who = view.device_name(view.me) if me is not None else view.me
        self.values["device"].setText(
            self.tr("{who} · key fingerprint {fingerprint}").format(
                who=who, fingerprint=view.fingerprint
            )
        )
