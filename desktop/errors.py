"""Errors that reach the user, with messages that can be translated.

A ``UserError`` is bad input or a known failure (a locked database, a file that is
not what it claims to be). Its message is an English source string with
``{name}`` fields to fill in; the UI (or the command line) translates it in the
context ``"errors"`` and fills in the arguments. Nothing in this module imports Qt,
so services and the database layer can raise these errors.
"""

from __future__ import annotations

from typing import Any


def translate_noop(context: str, text: str) -> str:
    """Mark ``text`` for extraction by lupdate without translating it here."""
    del context
    return text


QT_TRANSLATE_NOOP = translate_noop


class UserError(Exception):
    """A problem the user can understand and fix; the operation changed nothing."""

    def __init__(self, message: str, /, **args: Any) -> None:
        super().__init__(message)
        self.message = message
        self.args_map: dict[str, Any] = args

    def render(self, translate: Any = None) -> str:
        """The message in the user's language when ``translate(context, text)`` is given."""
        text = translate("errors", self.message) if translate else self.message
        try:
            return str(text).format(**self.args_map)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**self.args_map)

    def __str__(self) -> str:
        return self.render()


class ValidationError(UserError):
    """One or more fields of a form are invalid; ``fields`` maps field name to message."""

    def __init__(self, fields: dict[str, UserError]) -> None:
        first = next(iter(fields.values()))
        super().__init__(first.message, **first.args_map)
        self.fields = fields


class NotFound(UserError):
    """The thing asked for does not exist (or is outside the acting person's scope)."""


class OutOfScope(UserError):
    """The acting person may not see or change this."""


class DatabaseError(UserError):
    """The database cannot be used as it is; ``kind`` says why."""

    def __init__(self, kind: str, message: str, /, **args: Any) -> None:
        super().__init__(message, **args)
        self.kind = kind
