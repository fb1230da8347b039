"""Settings: the language, the data folder, and who this laptop belongs to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n, labels
from desktop.app import Services
from desktop.settings import DATA_DIR, LANGUAGE, Settings
from desktop.ui.pages.organisation import by_role_then_code
from desktop.ui.tasks import Ops

#: Language names are shown in their own language, so anyone can find theirs.
LANGUAGE_NAMES = (("zh_CN", "中文"), ("en", "English"))


def active_language() -> str:
    """The language the window speaks now (``i18n.install`` sets the default locale)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def default_data_dir() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


class SettingsDialog(QDialog):
    """Changes apply on Save; the owner change goes through ``ops`` so every page refreshes."""

    language_changed = Signal(str)
    #: a short text for the status bar after saving
    saved = Signal(str)

    def __init__(
        self, services: Services, ops: Ops, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.ops, self.settings = services, ops, settings
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(active_language())))
        self.language_note = self._note(self.tr("The window switches language at once."))

        self.data_dir = QLineEdit(str(settings.data_dir()))
        self.data_dir.setReadOnly(True)
        self.data_dir.setMinimumWidth(300)
        self.choose_dir = QPushButton(self.tr("Choose…"))
        self.choose_dir.clicked.connect(self._choose_dir)
        self.default_dir = QPushButton(self.tr("Default"))
        self.default_dir.clicked.connect(lambda: self.data_dir.setText(str(default_data_dir())))
        dir_row = QHBoxLayout()
        dir_row.setSpacing(6)
        dir_row.addWidget(self.data_dir, 1)
        dir_row.addWidget(self.choose_dir)
        dir_row.addWidget(self.default_dir)
        self.data_note = self._note(
            self.tr(
                "Takes effect the next time FieldDesk starts. The database is not moved: "
                "FieldDesk opens (or creates) fielddesk.db in the new folder."
            )
        )

        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.owner.setMaxVisibleItems(16)
        completer = self.owner.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.owner.addItem(self.tr("Nobody — headquarters view"), None)
        people = services.org.owner_choices()
        for p in sorted(people, key=by_role_then_code):
            self.owner.addItem(f"{p.name} · {p.code} · {labels.role_name(p.role)}", p.code)
        owner = services.org.owner().person
        self._owner_code = owner.code if owner is not None else None
        self.owner.setCurrentIndex(max(0, self.owner.findData(self._owner_code)))
        self.owner_note = self._note(
            self.tr(
                "The laptop shows this person's part of the organisation and their "
                "distributors. Headquarters sees everything."
            )
        )
        self.owner_error = QLabel()
        self.owner_error.setObjectName("fieldError")
        self.owner_error.hide()

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addItem(QSpacerItem(0, 8))
        form.addRow(self.tr("Data folder"), dir_row)
        form.addRow("", self.data_note)
        form.addItem(QSpacerItem(0, 8))
        form.addRow(self.tr("This laptop belongs to"), self.owner)
        form.addRow("", self.owner_error)
        form.addRow("", self.owner_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.buttons)

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("mutedText")
        label.setWordWrap(True)
        return label

    def _choose_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Data folder"), self.data_dir.text()
        )
        if chosen:
            self.data_dir.setText(chosen)

    def chosen_owner(self) -> tuple[bool, str | None]:
        """(valid, code): the typed text must name an entry of the list."""
        index = self.owner.findText(self.owner.currentText(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            return False, None
        code = self.owner.itemData(index)
        return True, str(code) if code else None

    def save(self) -> None:
        valid, code = self.chosen_owner()
        if not valid:
            self.owner_error.setText(self.tr("Choose a person from the list."))
            self.owner_error.show()
            self.owner.setFocus()
            return
        self.owner_error.hide()
        self.save_button.setEnabled(False)
        try:
            if not self._apply(code):
                return
        finally:
            self.save_button.setEnabled(True)
        self.accept()

    def _apply(self, code: str | None) -> bool:
        if code != self._owner_code:
            ok = self.ops.run(lambda: self.services.org.set_owner(code), source=self, parent=self)
            if not ok:
                return False
            self._owner_code = code
        chosen_dir = Path(self.data_dir.text())
        moved = chosen_dir != self.settings.data_dir()
        if moved:
            self.settings.set(DATA_DIR, "" if chosen_dir == default_data_dir() else str(chosen_dir))
        language = str(self.language.currentData())
        if language != self.settings.get(LANGUAGE):
            self.settings.set(LANGUAGE, language)
        self.settings.flush()  # what the user chose here survives anything that follows
        if language != active_language():
            i18n.install(language)
            self.language_changed.emit(language)
        notes = [self.tr("Settings saved.")]
        if moved:
            notes.append(self.tr("The new data folder is used from the next start."))
        self.saved.emit(" ".join(notes))
        return True
