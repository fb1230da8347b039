"""Checking the rows of a distributor spreadsheet against the database (no writes here).

``Planner`` decides, row by row, what would be created, updated or left alone
and what is wrong, with the distributor rules of ``DistributorService.validate``
and the lookups only a file needs: market, region and owner by name or code,
duplicate codes within the file, the acting person's scope.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Distributor, DistributorContact, Market, Person, Region
from desktop.domain.spreadsheet_rules import (
    NOT_AMOUNT,
    NOT_WHOLE_NUMBER,
    cell_text,
    parse_days,
    parse_grade,
    parse_rating,
    parse_yuan,
    split_owner,
)
from desktop.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from desktop.services.base import current_scope
from desktop.services.distributors import (
    MSG_CODE_TAKEN,
    MSG_OUT_OF_SCOPE,
    MSG_OWNER,
    MSG_REGION_MARKET,
    ContactData,
    DistributorForm,
    DistributorService,
)
from desktop.services.spreadsheet_read import Sheet

ProgressFn = Callable[[int, int], None]

CREATE, UPDATE, UNCHANGED, INVALID = "create", "update", "unchanged", "invalid"
#: rows checked between two progress reports
CHECK_STEP = 500

MSG_UNKNOWN_MARKET = QT_TRANSLATE_NOOP("errors", "There is no market {value}.")
MSG_UNKNOWN_REGION = QT_TRANSLATE_NOOP("errors", "There is no region {value}.")
MSG_NO_OWNER = QT_TRANSLATE_NOOP(
    "errors", "There is no person {value}: write a person code or a full name."
)
MSG_OWNER_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "errors", "{count} people are called {value}: write the person code instead."
)
MSG_DUPLICATE = QT_TRANSLATE_NOOP("errors", "The code {code} is also on row {row}.")
MSG_NOT_AMOUNT = QT_TRANSLATE_NOOP(
    "errors", "{value} is not an amount in yuan (at most two decimals, e.g. 12345.67)."
)
MSG_NOT_DAYS = QT_TRANSLATE_NOOP("errors", "{value} is not a whole number of days.")
MSG_NOT_YOURS = QT_TRANSLATE_NOOP(
    "errors", "Distributor {code} is outside your area and cannot be changed from here."
)
MSG_CONTACT_NAME = QT_TRANSLATE_NOOP("errors", "A contact phone needs the contact's name.")

#: The form fields a distributor row writes (the rest of the form is left as it is).
FORM_FIELDS = tuple(
    f.name for f in fields(DistributorForm) if f.name not in ("id", "contacts", "loaded_at")
)
#: Text columns copied as they are (a blank cell clears the value).
TEXT_KEYS = ("phone", "address", "city", "warehouse_address", "receiving_hours", "carrier")
#: Form field (as ``DistributorService.validate`` names it) → spreadsheet column.
FIELD_COLUMN = {
    "market_id": "market",
    "region_id": "region",
    "owner_id": "owner",
    "credit_limit_fen": "credit_limit",
    "payment_terms_days": "payment_terms",
    "contacts.0.name": "contact",
    "contacts.0.phone": "contact_phone",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one cell (``column`` "" when it concerns the row as a whole)."""

    row: int
    column: str
    header: str
    error: UserError


@dataclass(frozen=True)
class PlanRow:
    """A row of the file as the preview shows it."""

    row: int
    action: str
    code: str
    name: str
    market: str
    region: str
    owner: str
    problems: tuple[Problem, ...] = ()


@dataclass
class Planned:
    """A checked row and, when it is valid, what to write."""

    row: PlanRow
    form: DistributorForm | None = None
    existing: Distributor | None = None
    contact: ContactData | None = None
    existing_contact: DistributorContact | None = None


# -- checking rows against the database -------------------------------------------------------
def _key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


class Planner:
    """Checks the rows of one sheet inside one session (read-only or the import's own)."""

    def __init__(self, session: Session, distributors: DistributorService, sheet: Sheet) -> None:
        self.s, self.rules, self.sheet = session, distributors, sheet
        self.scope = current_scope(session)
        self.column = {c.key: c for c in sheet.columns}
        self.markets: dict[str, str] = {}
        for m in session.execute(select(Market.id, Market.code, Market.name, Market.name_en)):
            for text in (m.code, m.name, m.name_en):
                if text:
                    self.markets.setdefault(_key(text), m.id)
        self.regions_by_code: dict[str, tuple[str, str]] = {}
        self.regions_by_name: dict[str, list[tuple[str, str]]] = {}
        for r in session.execute(select(Region.id, Region.code, Region.name, Region.market_id)):
            self.regions_by_code[_key(r.code)] = (r.id, r.market_id)
            self.regions_by_name.setdefault(_key(r.name), []).append((r.id, r.market_id))
        self.people_by_code: dict[str, tuple[str, bool]] = {}
        self.people_by_name: dict[str, list[tuple[str, bool]]] = {}
        for p in session.execute(
            select(Person.id, Person.code, Person.name, Person.active).where(
                Person.deleted.is_(False)
            )
        ):
            self.people_by_code[_key(p.code)] = (p.id, p.active)
            self.people_by_name.setdefault(_key(p.name), []).append((p.id, p.active))
        self._load_existing()

    def _load_existing(self) -> None:
        position = [c.key for c in self.sheet.columns].index("code")
        codes = sorted({cell_text(v[position]) for _, v in self.sheet.cells} - {""})
        self.existing: dict[str, Distributor] = {}
        for i in range(0, len(codes), 900):
            for d in self.s.scalars(
                select(Distributor).where(Distributor.code.in_(codes[i : i + 900]))
            ):
                self.existing[d.code] = d
        ids = [d.id for d in self.existing.values()]
        self.contacts: dict[str, DistributorContact] = {}
        for i in range(0, len(ids), 900):
            stmt = (
                select(DistributorContact)
                .where(
                    DistributorContact.distributor_id.in_(ids[i : i + 900]),
                    DistributorContact.deleted.is_(False),
                )
                .order_by(DistributorContact.is_primary.desc(), DistributorContact.sort_order)
            )
            for c in self.s.scalars(stmt):
                self.contacts.setdefault(c.distributor_id, c)

    def plan(self, progress: ProgressFn | None = None) -> list[Planned]:
        """Every row of the sheet, checked; ``progress(done, total)`` every ``CHECK_STEP`` rows."""
        seen: dict[str, int] = {}
        keys = [c.key for c in self.sheet.columns]
        out: list[Planned] = []
        for number, values in self.sheet.cells:
            out.append(self._row(number, dict(zip(keys, values, strict=True)), seen))
            if progress is not None and len(out) % CHECK_STEP == 0:
                progress(len(out), len(self.sheet.cells))
        return out

    # -- lookups ------------------------------------------------------------------------------
    def _region(self, text: str, market_id: str | None) -> tuple[str | None, UserError | None]:
        found = self.regions_by_code.get(_key(text))
        candidates = [found] if found else self.regions_by_name.get(_key(text), [])
        for region_id, region_market in candidates:
            if region_market == market_id:
                return region_id, None
        if candidates:
            if market_id is None:
                return None, None  # the market's own problem says what to fix
            return None, UserError(MSG_REGION_MARKET)
        return None, UserError(MSG_UNKNOWN_REGION, value=text)

    def _owner(self, text: str, current: str | None) -> tuple[str | None, UserError | None]:
        """The person a cell names; a new owner must be active and in scope (the current one stays)."""
        name, code = split_owner(text)
        found = self.people_by_code.get(_key(code or name))
        if found is None and code is None:
            named = self.people_by_name.get(_key(name), [])
            if len(named) > 1:
                return None, UserError(MSG_OWNER_AMBIGUOUS, count=len(named), value=name)
            found = named[0] if named else None
        if found is None:
            return None, UserError(MSG_NO_OWNER, value=text)
        person_id, active = found
        if person_id != current and (not active or not self.scope.sees_person(person_id)):
            return None, UserError(MSG_OWNER)
        return person_id, None

    # -- one row --------------------------------------------------------------------------------
    def _row(self, number: int, v: dict[str, object], seen: dict[str, int]) -> Planned:
        problems: dict[str, UserError] = {}

        def problem(key: str, error: UserError) -> None:
            problems.setdefault(key if key in self.column else "", error)

        code, name = cell_text(v.get("code")), cell_text(v.get("name"))
        existing = self.existing.get(code) if code else None
        if code in seen:
            problem("code", UserError(MSG_DUPLICATE, code=code, row=seen[code]))
        elif code:
            seen[code] = number
        if existing is not None and existing.deleted:
            problem("code", UserError(MSG_CODE_TAKEN, code=code))
            existing = None
        if existing is not None and not self.scope.sees_distributor(
            existing.owner_id, existing.market_id, existing.region_id
        ):
            problem("code", UserError(MSG_NOT_YOURS, code=code))
        changes: dict[str, object] = {"code": code, "name": name}
        market_text = cell_text(v.get("market"))
        market_id = self.markets.get(_key(market_text)) if market_text else None
        if market_text and market_id is None:
            problem("market", UserError(MSG_UNKNOWN_MARKET, value=market_text))
        changes["market_id"] = market_id
        region_text, owner_text = cell_text(v.get("region")), cell_text(v.get("owner"))
        if "region" in v:
            region_id, error = self._region(region_text, market_id) if region_text else (None, None)
            if error is not None:
                problem("region", error)
            changes["region_id"] = region_id
        if "owner" in v:
            current = existing.owner_id if existing is not None else None
            owner_id, error = self._owner(owner_text, current) if owner_text else (None, None)
            if error is not None:
                problem("owner", error)
            changes["owner_id"] = owner_id
        self._enumerations(v, changes)
        self._numbers(v, changes, problem)
        for key in TEXT_KEYS:
            if key in v:
                changes[key] = cell_text(v[key])
        base = _form_of(existing) if existing is not None else DistributorForm("", "", None)
        form = replace(base, **changes)  # type: ignore[arg-type]
        old_contact = self.contacts.get(existing.id) if existing is not None else None
        contact = self._contact(v, old_contact, problem)
        checked: DistributorForm | None = None
        try:
            checked = self.rules.validate(replace(form, contacts=(contact,) if contact else ()))
        except ValidationError as e:
            for field_name, error in e.fields.items():
                problem(FIELD_COLUMN.get(field_name, field_name), error)
        if (
            checked is not None
            and not problems
            and not self.scope.sees_distributor(
                checked.owner_id, checked.market_id, checked.region_id
            )
        ):
            problem("owner" if checked.owner_id else "market", UserError(MSG_OUT_OF_SCOPE))
        action = INVALID if problems else _action(existing, checked, old_contact)
        row = PlanRow(
            number, action, code, name, market_text, region_text, owner_text,
            tuple(self._problem(number, key, error) for key, error in problems.items()),
        )  # fmt: skip
        if action == INVALID or checked is None:
            return Planned(row)
        new_contact = checked.contacts[0] if checked.contacts else None
        return Planned(row, replace(checked, contacts=()), existing, new_contact, old_contact)

    def _problem(self, number: int, key: str, error: UserError) -> Problem:
        column = self.column.get(key)
        if column is None:
            return Problem(number, "", "", error)
        return Problem(number, column.letter, column.header, error)

    @staticmethod
    def _enumerations(v: dict[str, object], changes: dict[str, object]) -> None:
        """Grade and rating: a blank cell leaves the stored value (or the default) alone."""
        if "grade" in v and (grade := parse_grade(v["grade"])) is not None:
            changes["grade"] = grade
        if "credit_rating" in v and (rating := parse_rating(v["credit_rating"])) is not None:
            changes["credit_rating"] = rating

    @staticmethod
    def _numbers(
        v: dict[str, object], changes: dict[str, object], problem: Callable[[str, UserError], None]
    ) -> None:
        """Limit and terms: a blank cell leaves the stored value (or the default) alone."""
        if "credit_limit" in v:
            fen = parse_yuan(v["credit_limit"])
            if fen == NOT_AMOUNT:
                problem(
                    "credit_limit", UserError(MSG_NOT_AMOUNT, value=cell_text(v["credit_limit"]))
                )
            elif isinstance(fen, int):
                changes["credit_limit_fen"] = fen
        if "payment_terms" in v:
            days = parse_days(v["payment_terms"])
            if days == NOT_WHOLE_NUMBER:
                problem(
                    "payment_terms", UserError(MSG_NOT_DAYS, value=cell_text(v["payment_terms"]))
                )
            elif isinstance(days, int):
                changes["payment_terms_days"] = days

    @staticmethod
    def _contact(
        v: dict[str, object],
        old: DistributorContact | None,
        problem: Callable[[str, UserError], None],
    ) -> ContactData | None:
        """The primary contact the row sets: a name creates or renames it; blank leaves it alone."""
        name = cell_text(v.get("contact"))
        phone_given = "contact_phone" in v
        phone = cell_text(v.get("contact_phone"))
        if not name:
            if phone and old is None:
                problem("contact", UserError(MSG_CONTACT_NAME))
            if not phone or old is None:
                return None
            name = old.name
        if old is None:
            return ContactData(name, phone=phone, is_primary=True)
        return ContactData(
            name,
            old.title,
            phone if phone_given else old.phone,
            old.wechat,
            old.email,
            True,
            old.id,
        )


def _form_of(d: Distributor) -> DistributorForm:
    return DistributorForm(
        id=d.id, loaded_at=d.updated_at, **{name: getattr(d, name) for name in FORM_FIELDS}
    )


def _action(
    existing: Distributor | None, form: DistributorForm | None, old: DistributorContact | None
) -> str:
    if form is None:
        return INVALID
    if existing is None:
        return CREATE
    if any(getattr(existing, f) != getattr(form, f) for f in FORM_FIELDS):
        return UPDATE
    if form.contacts:
        c = form.contacts[0]
        if old is None or (old.name, old.phone) != (c.name, c.phone):
            return UPDATE
    return UNCHANGED
