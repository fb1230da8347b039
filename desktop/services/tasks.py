"""Follow-up tasks (跟进事项): a call's next step, or a line added by hand, open until done.

Field rules are in ``desktop/domain/calls.py`` (``check_task``). Decisions of this service:

* **From calls**: logging a call with a next step makes a task of the call's person
  (``CallService.log``); here tasks are listed, added by hand, marked done and removed.
* **Scope**: a task is visible when its person is in the acting person's subtree or its
  distributor is visible (as on the Distributors page).
* **Done** is dated today by the database clock; a task already done stays as it was.
  **Removing** leaves a tombstone, so the removal travels with sync.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from db.models import Distributor, FollowUpTask
from desktop.domain import calls as rules
from desktop.domain.org import Scope
from desktop.errors import QT_TRANSLATE_NOOP, NotFound, UserError, ValidationError
from desktop.services.base import Changes, OpResult, Service, current_scope
from desktop.services.calls import (
    MESSAGES,
    TaskRow,
    acting_person,
    rule_errors,
    sees_distributor,
    task_query,
)
from desktop.services.distributors import scope_clause as distributor_scope

MSG_NO_TASK = QT_TRANSLATE_NOOP("errors", "There is no follow-up task {id}.")


@dataclass(frozen=True, kw_only=True)
class TaskForm:
    """A follow-up task added by hand; ``person_id`` None means the owner."""

    text: str
    due_date: date | None
    distributor_id: str | None = None
    person_id: str | None = None
    call_log_id: str | None = None


def task_scope(scope: Scope) -> ColumnElement[bool]:
    """SQL for 'the acting person may see this task' (its person, or its distributor)."""
    if scope.everything:
        return FollowUpTask.deleted.is_(False)
    visible = select(Distributor.id).where(distributor_scope(scope))
    return FollowUpTask.deleted.is_(False) & or_(
        FollowUpTask.person_id.in_(scope.people), FollowUpTask.distributor_id.in_(visible)
    )


class TaskService(Service):
    """Follow-up tasks within the acting person's scope."""

    def today(self) -> date:
        """The local date of the database clock (due dates are measured by it)."""
        return self.db.clock().astimezone().date()

    def open_tasks(
        self, person_ids: Iterable[str] | None = None, due_by: date | None = None
    ) -> list[TaskRow]:
        """Open tasks in scope, earliest due first; of ``person_ids`` / due by ``due_by`` if given."""
        with self.db.read_session() as s:
            stmt = task_query().where(task_scope(current_scope(s)), FollowUpTask.done.is_(False))
            if person_ids is not None:
                stmt = stmt.where(FollowUpTask.person_id.in_(list(person_ids)))
            if due_by is not None:
                stmt = stmt.where(FollowUpTask.due_date <= due_by)
            stmt = stmt.order_by(FollowUpTask.due_date, Distributor.code, FollowUpTask.id)
            return [TaskRow(*r) for r in s.execute(stmt)]

    def _load(self, s: Session, task_id: str) -> FollowUpTask:
        task = s.get(FollowUpTask, task_id)
        if task is None or task.deleted:
            raise NotFound(MSG_NO_TASK, id=task_id)
        scope = current_scope(s)
        if not (scope.sees_person(task.person_id) or (
            task.distributor_id is not None
            and sees_distributor(scope, s.get(Distributor, task.distributor_id))
        )):  # fmt: skip
            raise NotFound(MSG_NO_TASK, id=task_id)
        return task

    def complete_task(self, task_id: str) -> OpResult[str]:
        """Mark a task done today (a task already done stays as it was)."""
        with self.db.session_scope() as s:
            task = self._load(s, task_id)
            if not task.done:
                task.done = True
                task.done_on = self.today()
            return OpResult(task.id, Changes.of("follow_up_task", ids=[task.id]))

    def add_task(self, form: TaskForm) -> OpResult[str]:
        """A follow-up task by hand: one line of text and a due date, today or later."""
        problems = rule_errors(rules.check_task(form.text, form.due_date, self.today()))
        with self.db.session_scope() as s:
            scope = current_scope(s)
            person = acting_person(s, scope, form.person_id, problems)
            distributor = s.get(Distributor, form.distributor_id) if form.distributor_id else None
            if form.distributor_id and not sees_distributor(scope, distributor):
                problems["distributor_id"] = UserError(MESSAGES[rules.NO_DISTRIBUTOR])
            if problems:
                raise ValidationError(problems)
            assert person is not None and form.due_date is not None
            task = FollowUpTask(
                person_id=person.id, distributor_id=form.distributor_id,
                call_log_id=form.call_log_id, text=form.text.strip(), due_date=form.due_date,
                done=False,
            )  # fmt: skip
            s.add(task)
            s.flush()
            return OpResult(task.id, Changes.of("follow_up_task", ids=[task.id]))

    def delete_task(self, task_id: str) -> OpResult[str]:
        """Remove a task (a tombstone: it syncs as deleted)."""
        with self.db.session_scope() as s:
            task = self._load(s, task_id)
            task.deleted = True
            return OpResult(task.id, Changes.of("follow_up_task", ids=[task.id]))
