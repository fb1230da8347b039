"""Distributor files (客户档案): find, read, create, edit, deactivate — within the acting scope."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from db.models import Distributor, DistributorContact, Market, Person, Region
from desktop.domain import distributors as rules
from desktop.domain.org import Scope
from desktop.domain.text import search_key
from desktop.errors import QT_TRANSLATE_NOOP, NotFound, OutOfScope, UserError, ValidationError
from desktop.services.base import Changes, OpResult, Service, current_scope

TABLES = ("distributor", "distributor_contact")

MESSAGES = {
    rules.REQUIRED: QT_TRANSLATE_NOOP("errors", "This field is required."),
    rules.BAD_CODE: QT_TRANSLATE_NOOP(
        "errors", "Use up to 20 letters, digits, '-' or '_' for the code."
    ),
    rules.BAD_PHONE: QT_TRANSLATE_NOOP(
        "errors", "Not a phone number: use 11 digits for a mobile or 010-12345678 for a landline."
    ),
    rules.NEGATIVE: QT_TRANSLATE_NOOP("errors", "The amount cannot be negative."),
    rules.BAD_GRADE: QT_TRANSLATE_NOOP("errors", "Choose a grade: A, B, C or prospect."),
    rules.BAD_RATING: QT_TRANSLATE_NOOP("errors", "Choose a credit rating: A, B, C or D."),
    rules.BAD_STATUS: QT_TRANSLATE_NOOP("errors", "Choose active or inactive."),
    rules.OUT_OF_RANGE: QT_TRANSLATE_NOOP("errors", "The number is out of range."),
}
MSG_CODE_TAKEN = QT_TRANSLATE_NOOP("errors", "Distributor code {code} already exists.")
MSG_NO_DISTRIBUTOR = QT_TRANSLATE_NOOP("errors", "There is no distributor {code}.")
MSG_REGION_MARKET = QT_TRANSLATE_NOOP("errors", "The region does not belong to the market.")
MSG_OWNER = QT_TRANSLATE_NOOP("errors", "The owner is not an active person of your team.")
MSG_OUT_OF_SCOPE = QT_TRANSLATE_NOOP(
    "errors", "This distributor would be outside your area; choose your market, region or team."
)
MSG_CHANGED = QT_TRANSLATE_NOOP(
    "errors", "Someone else changed this distributor meanwhile; reopen it and edit again."
)

SORT_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "code": Distributor.code,
    "name": Distributor.name,
    "city": Distributor.city,
    "grade": Distributor.grade,
    "credit_rating": Distributor.credit_rating,
    "credit_limit_fen": Distributor.credit_limit_fen,
    "status": Distributor.status,
}
#: Columns shown by name: sorted by the related row's name, not its id.
SORT_BY_RELATION = ("market", "region", "owner")


@dataclass(frozen=True)
class DistributorFilter:
    text: str = ""
    market_id: str | None = None
    region_id: str | None = None
    owner_id: str | None = None
    grade: str | None = None
    credit_rating: str | None = None
    status: str | None = None
    sort: str = "code"
    descending: bool = False


@dataclass(frozen=True)
class DistributorRow:
    id: str
    code: str
    name: str
    city: str
    market_code: str
    market: str
    region_code: str | None
    region: str | None
    owner_code: str | None
    owner: str | None
    grade: str
    credit_rating: str
    credit_limit_fen: int
    payment_terms_days: int
    status: str
    phone: str


@dataclass(frozen=True)
class ContactData:
    name: str
    title: str = ""
    phone: str = ""
    wechat: str = ""
    email: str = ""
    is_primary: bool = False
    id: str | None = None


@dataclass(frozen=True)
class DistributorForm:
    """Everything the edit form shows and saves; ``id`` None means a new distributor."""

    code: str
    name: str
    market_id: str | None
    id: str | None = None
    short_name: str = ""
    region_id: str | None = None
    owner_id: str | None = None
    grade: str = "C"
    status: str = "active"
    province: str = ""
    city: str = ""
    address: str = ""
    phone: str = ""
    warehouse_address: str = ""
    receiving_hours: str = ""
    carrier: str = ""
    lead_days: int | None = None
    logistics_notes: str = ""
    credit_rating: str = "B"
    credit_limit_fen: int = 0
    payment_terms_days: int = 30
    notes: str = ""
    contacts: tuple[ContactData, ...] = ()
    #: the row's updated_at when the form was loaded (to refuse saving over a newer edit)
    loaded_at: datetime | None = None


@dataclass(frozen=True)
class DistributorDetail:
    form: DistributorForm
    market: str
    region: str | None
    owner: str | None
    owner_code: str | None
    updated_at: datetime


_FORM_FIELDS = [
    f.name for f in fields(DistributorForm) if f.name not in ("id", "contacts", "loaded_at")
]


def scope_clause(scope: Scope) -> ColumnElement[bool]:
    """SQL for 'the acting person may see this distributor'."""
    if scope.everything:
        return Distributor.deleted.is_(False)
    parts = []
    if scope.people:
        parts.append(Distributor.owner_id.in_(scope.people))
    if scope.markets:
        parts.append(Distributor.market_id.in_(scope.markets))
    if scope.regions:
        parts.append(Distributor.region_id.in_(scope.regions))
    return Distributor.deleted.is_(False) & (or_(*parts) if parts else false())


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_clauses(f: DistributorFilter) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    text = f.text.strip()
    if text:
        pattern = _like(text)
        lowered = _like(text.lower().replace(" ", ""))
        out.append(
            or_(
                Distributor.code.ilike(pattern, escape="\\"),
                Distributor.name.ilike(pattern, escape="\\"),
                Distributor.short_name.ilike(pattern, escape="\\"),
                Distributor.city.ilike(pattern, escape="\\"),
                Distributor.pinyin.like(lowered, escape="\\"),
            )
        )
    for column, value in (
        (Distributor.market_id, f.market_id),
        (Distributor.region_id, f.region_id),
        (Distributor.owner_id, f.owner_id),
        (Distributor.grade, f.grade),
        (Distributor.credit_rating, f.credit_rating),
        (Distributor.status, f.status),
    ):
        if value:
            out.append(column == value)
    return out


class DistributorService(Service):
    """Distributor files within the acting person's scope."""

    def find_ids(self, f: DistributorFilter) -> list[str]:
        """Ids of the distributors matching ``f``, in display order (cheap: ids only)."""
        stmt = select(Distributor.id)
        key: Any
        if f.sort == "market":
            stmt = stmt.join(Market, Distributor.market_id == Market.id)
            key = Market.sort_order
        elif f.sort == "region":
            stmt = stmt.outerjoin(Region, Distributor.region_id == Region.id)
            key = Region.code
        elif f.sort == "owner":
            stmt = stmt.outerjoin(Person, Distributor.owner_id == Person.id)
            key = Person.pinyin
        else:
            key = SORT_COLUMNS.get(f.sort, Distributor.code)
        # SQLite's order of empty values, on every database: first going up, last going down
        order = [
            key.desc().nulls_last() if f.descending else key.asc().nulls_first(),
            Distributor.code.asc(),
        ]
        with self.db.read_session() as s:
            stmt = stmt.where(scope_clause(current_scope(s)), *filter_clauses(f)).order_by(*order)
            return list(s.scalars(stmt))

    def rows(self, ids: list[str]) -> list[DistributorRow]:
        """The table rows of ``ids``, in that order (ids out of scope or gone are skipped)."""
        if not ids:
            return []
        owner = aliased(Person)
        d = Distributor
        with self.db.read_session() as s:
            stmt = (
                select(
                    d.id, d.code, d.name, d.city, Market.code, Market.name, Region.code,
                    Region.name, owner.code, owner.name, d.grade, d.credit_rating,
                    d.credit_limit_fen, d.payment_terms_days, d.status, d.phone,
                )
                .join(Market, d.market_id == Market.id)
                .outerjoin(Region, d.region_id == Region.id)
                .outerjoin(owner, d.owner_id == owner.id)
                .where(d.id.in_(ids))
            )  # fmt: skip
            found = {row[0]: DistributorRow(*row) for row in s.execute(stmt)}  # type: ignore[call-arg]
        return [found[i] for i in ids if i in found]

    def listing(self, f: DistributorFilter | None = None) -> list[DistributorRow]:
        """Every distributor in scope matching ``f`` (for the command line and exports)."""
        ids = self.find_ids(f or DistributorFilter())
        out: list[DistributorRow] = []
        for i in range(0, len(ids), 900):
            out.extend(self.rows(ids[i : i + 900]))
        return out

    def _load(self, s: Session, distributor_id: str) -> Distributor:
        d = s.get(Distributor, distributor_id)
        if d is None or d.deleted:
            raise NotFound(MSG_NO_DISTRIBUTOR, code=distributor_id)
        if not current_scope(s).sees_distributor(d.owner_id, d.market_id, d.region_id):
            raise OutOfScope(MSG_NO_DISTRIBUTOR, code=d.code)
        return d

    def id_of(self, code: str) -> str:
        with self.db.read_session() as s:
            found = s.scalar(
                select(Distributor.id).where(
                    Distributor.code == code, Distributor.deleted.is_(False)
                )
            )
            if found is None:
                raise NotFound(MSG_NO_DISTRIBUTOR, code=code)
            self._load(s, found)
            return found

    def get(self, distributor_id: str) -> DistributorDetail:
        with self.db.read_session() as s:
            d = self._load(s, distributor_id)
            market = s.get(Market, d.market_id)
            region = s.get(Region, d.region_id) if d.region_id else None
            owner = s.get(Person, d.owner_id) if d.owner_id else None
            contacts = tuple(
                ContactData(c.name, c.title, c.phone, c.wechat, c.email, c.is_primary, c.id)
                for c in s.scalars(
                    select(DistributorContact)
                    .where(
                        DistributorContact.distributor_id == d.id,
                        DistributorContact.deleted.is_(False),
                    )
                    .order_by(DistributorContact.is_primary.desc(), DistributorContact.sort_order)
                )
            )
            values = {name: getattr(d, name) for name in _FORM_FIELDS}
            form = DistributorForm(id=d.id, contacts=contacts, loaded_at=d.updated_at, **values)
            return DistributorDetail(
                form,
                market.name if market else "",
                region.name if region else None,
                owner.name if owner else None,
                owner.code if owner else None,
                d.updated_at,
            )

    def validate(self, form: DistributorForm) -> DistributorForm:
        """The form with normalised values, or a ``ValidationError`` naming every bad field."""
        form, problems = self._check_fields(form)
        if problems:
            raise ValidationError(problems)
        return form

    def _check_fields(self, form: DistributorForm) -> tuple[DistributorForm, dict[str, UserError]]:
        """Normalise the form and find every field problem that needs no database."""
        form = replace(
            form,
            code=form.code.strip(),
            name=form.name.strip(),
            phone=rules.normalise_phone(form.phone),
            contacts=tuple(
                replace(c, name=c.name.strip(), phone=rules.normalise_phone(c.phone))
                for c in form.contacts
            ),
        )
        problems: dict[str, UserError] = {
            name: UserError(MESSAGES[code])
            for name, code in rules.check_distributor(
                rules.DistributorValues(
                    form.code, form.name, form.market_id, form.region_id, form.grade,
                    form.status, form.credit_rating, form.credit_limit_fen,
                    form.payment_terms_days, form.lead_days, form.phone,
                )
            ).items()
        }  # fmt: skip
        for i, c in enumerate(form.contacts):
            for name, code in rules.check_contact(c.name, c.phone).items():
                problems[f"contacts.{i}.{name}"] = UserError(MESSAGES[code])
        return form, problems

    def save(self, form: DistributorForm) -> OpResult[str]:
        """Create or update a distributor and its contacts, all or nothing."""
        form, problems = self._check_fields(form)
        with self.db.session_scope() as s:
            scope = current_scope(s)
            taken = s.scalar(
                select(Distributor.id).where(
                    Distributor.code == form.code,
                    Distributor.id != (form.id or ""),
                )
            )
            if taken and "code" not in problems:
                problems["code"] = UserError(MSG_CODE_TAKEN, code=form.code)
            if form.region_id and "market_id" not in problems:
                region = s.get(Region, form.region_id)
                if region is None or region.market_id != form.market_id:
                    problems["region_id"] = UserError(MSG_REGION_MARKET)
            if form.owner_id:
                owner = s.get(Person, form.owner_id)
                if owner is None or not owner.active or not scope.sees_person(owner.id):
                    problems["owner_id"] = UserError(MSG_OWNER)
            if problems:
                raise ValidationError(problems)
            if not scope.sees_distributor(form.owner_id, form.market_id, form.region_id):
                raise OutOfScope(MSG_OUT_OF_SCOPE)
            initials, full = search_key(form.name).split(" ", 1)
            values = {name: getattr(form, name) for name in _FORM_FIELDS}
            values["pinyin"] = f"{initials} {full}"
            if form.id is None:
                d = Distributor(**values)
                s.add(d)
                s.flush()
            else:
                d = self._load(s, form.id)
                if form.loaded_at is not None and d.updated_at != form.loaded_at:
                    raise UserError(MSG_CHANGED)
                for name, value in values.items():
                    if getattr(d, name) != value:
                        setattr(d, name, value)
            self._save_contacts(s, d.id, form.contacts)
            return OpResult(d.id, Changes.of(*TABLES, ids=[d.id]))

    def _save_contacts(
        self, s: Session, distributor_id: str, contacts: tuple[ContactData, ...]
    ) -> None:
        existing = {
            c.id: c
            for c in s.scalars(
                select(DistributorContact).where(
                    DistributorContact.distributor_id == distributor_id,
                    DistributorContact.deleted.is_(False),
                )
            )
        }
        has_primary = any(c.is_primary for c in contacts)
        keep: set[str] = set()
        for order, c in enumerate(contacts):
            primary = c.is_primary or (not has_primary and order == 0)
            values = {
                "name": c.name, "title": c.title, "phone": c.phone, "wechat": c.wechat,
                "email": c.email, "is_primary": primary, "sort_order": order,
            }  # fmt: skip
            row = existing.get(c.id) if c.id else None
            if row is None:
                s.add(DistributorContact(distributor_id=distributor_id, **values))
            else:
                keep.add(row.id)
                for name, value in values.items():
                    if getattr(row, name) != value:
                        setattr(row, name, value)
        for cid, row in existing.items():
            if cid not in keep:
                row.deleted = True

    def set_status(self, distributor_id: str, status: str) -> OpResult[str]:
        """Deactivate (or reactivate) instead of deleting: the history stays."""
        if status not in ("active", "inactive"):
            raise UserError(MESSAGES[rules.BAD_STATUS])
        with self.db.session_scope() as s:
            d = self._load(s, distributor_id)
            if d.status != status:
                d.status = status
            return OpResult(d.id, Changes.of("distributor", ids=[d.id]))

    def count(self) -> int:
        with self.db.read_session() as s:
            return (
                s.scalar(
                    select(func.count())
                    .select_from(Distributor)
                    .where(scope_clause(current_scope(s)))
                )
                or 0
            )
