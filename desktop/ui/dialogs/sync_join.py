"""Join headquarters: who this laptop is for and the computer's name, then Save the request.

The person is one of this database's people, or, on a new, empty database, the code
headquarters gave (typed); the computer's name defaults to the host name. ``apply(code,
machine)`` makes the request through the service and says whether it worked; it shows a
refused field next to the field (``show_errors``), and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSysInfo, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels

if TYPE_CHECKING:
    from desktop.services.org import PersonRow


def _small(text: str, parent: QWidget, name: str = "mutedText") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class JoinRequestDialog(QDialog):
    """The join request's two fields (see the module notes)."""

    def __init__(
        self,
        people: Sequence[PersonRow],
        owner_code: str,
        apply: Callable[[str, str], bool],
        max_machine: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("joinRequestDialog")
        self.setMinimumWidth(520)
        self._apply = apply
        self.setWindowTitle(self.tr("Join headquarters"))
        steps = QLabel(
            self.tr(
                "1. Save a join request file and give it to headquarters (a USB stick, an "
                "e-mail).\n2. Headquarters approves it and gives you an enrolment file "
                "(.fdenrol).\n3. Enrol with that file on the Sync page: this laptop receives "
                "its part of the data and syncs with headquarters from then on."
            ),
            self,
        )
        steps.setWordWrap(True)

        self.person = QComboBox(self)
        self.person.setObjectName("joinPerson")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setMaxVisibleItems(16)
        completer = self.person.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for p in sorted(people, key=lambda p: p.code):
            self.person.addItem(f"{p.name} · {p.code} · {labels.role_name(p.role)}", p.code)
        self.person.setCurrentIndex(self.person.findData(owner_code) if owner_code else -1)
        line = self.person.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Name or person code"))
        self.person_error = _small("", self, "fieldError")
        self.person_error.hide()
        person_note = _small(
            self.tr("Whose laptop this is: choose the person, or type the code headquarters gave.")
            if people
            else self.tr("Type the person code headquarters gave you (for example P0010)."),
            self,
        )
        self.machine = QLineEdit(QSysInfo.machineHostName(), self)
        self.machine.setObjectName("joinMachine")
        self.machine.setMaxLength(max_machine)
        self.machine_error = _small("", self, "fieldError")
        self.machine_error.hide()
        machine_note = _small(
            self.tr("Headquarters sees this name beside the person, to tell laptops apart."), self
        )
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow("", self.person_error)
        form.addRow("", person_note)
        form.addRow(self.tr("Computer name:"), self.machine)
        form.addRow("", self.machine_error)
        form.addRow("", machine_note)

        self.buttons = QDialogButtonBox(self)
        self.save: QPushButton = self.buttons.addButton(
            self.tr("Save join request…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save.setObjectName("saveJoinRequest")
        self.save.setDefault(True)
        self.save.setToolTip(self.tr("Make the join request and save its file into a folder"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(steps)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.person.setFocus()

    def person_code(self) -> str:
        """The chosen person's code, or the code typed (a new database knows nobody)."""
        text = self.person.currentText().strip()
        index = self.person.findText(text, Qt.MatchFlag.MatchFixedString)
        code = self.person.itemData(index) if index >= 0 else None
        return str(code) if code else text

    def machine_name(self) -> str:
        return self.machine.text().strip()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Messages next to the fields (``person_code``, ``machine_name``); the first field
        with a message gets the focus."""
        fields = (("person_code", self.person_error, self.person),
                  ("machine_name", self.machine_error, self.machine))  # fmt: skip
        for name, label, _widget in fields:
            label.setText(errors.get(name, ""))
            label.setVisible(bool(errors.get(name)))
        wrong = [widget for name, _label, widget in fields if errors.get(name)]
        if wrong:
            wrong[0].setFocus()
        self.adjustSize()  # a wrapped message needs the height it has

    def accept(self) -> None:
        self.show_errors({})
        if self._apply(self.person_code(), self.machine_name()):
            super().accept()
