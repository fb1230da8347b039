"""Rules for a distributor file: what is required, what a valid value looks like.

Grades (A core, B major, C other, P prospect) and credit ratings (A–D, D = stop
shipping) are PRODUCT.md decisions; the seed names tiers and a credit-rating list
but defines neither (DIGEST §5.11, §4.1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.org import CREDIT_RATINGS, DISTRIBUTOR_GRADES, DISTRIBUTOR_STATUSES

#: Mainland mobile (11 digits starting 1), a landline with area code (010-12345678,
#: 0755-1234567, optional extension), or a 400/800 service number.
PHONE_RE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|[48]00-?\d{3}-?\d{4})$")
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")
MAX_LEAD_DAYS = 60
MAX_PAYMENT_TERMS_DAYS = 365

# Problem codes; the services turn each into a message in the user's language.
REQUIRED = "required"
BAD_CODE = "bad_code"
BAD_PHONE = "bad_phone"
NEGATIVE = "negative"
BAD_GRADE = "bad_grade"
BAD_RATING = "bad_rating"
BAD_STATUS = "bad_status"
OUT_OF_RANGE = "out_of_range"


def normalise_phone(text: str) -> str:
    """Strip spaces and the +86 country code people paste from WeChat cards."""
    t = re.sub(r"[\s()（）]", "", text or "")
    if t.startswith("+86"):
        t = t[3:]
    elif t.startswith("0086"):
        t = t[4:]
    return t


def phone_ok(text: str) -> bool:
    """An empty phone is allowed; a non-empty one must look like a Chinese phone number."""
    t = normalise_phone(text)
    return not t or bool(PHONE_RE.match(t))


@dataclass(frozen=True)
class DistributorValues:
    """The editable values of a distributor, as plain data."""

    code: str
    name: str
    market_id: str | None
    region_id: str | None
    grade: str
    status: str
    credit_rating: str
    credit_limit_fen: int
    payment_terms_days: int
    lead_days: int | None
    phone: str


def check_distributor(v: DistributorValues) -> dict[str, str]:
    """Field name → problem code for every invalid field (empty when the values are valid)."""
    problems: dict[str, str] = {}
    if not v.code.strip():
        problems["code"] = REQUIRED
    elif not CODE_RE.match(v.code.strip()):
        problems["code"] = BAD_CODE
    if not v.name.strip():
        problems["name"] = REQUIRED
    if not v.market_id:
        problems["market_id"] = REQUIRED
    if v.grade not in DISTRIBUTOR_GRADES:
        problems["grade"] = BAD_GRADE
    if v.status not in DISTRIBUTOR_STATUSES:
        problems["status"] = BAD_STATUS
    if v.credit_rating not in CREDIT_RATINGS:
        problems["credit_rating"] = BAD_RATING
    if v.credit_limit_fen < 0:
        problems["credit_limit_fen"] = NEGATIVE
    if not 0 <= v.payment_terms_days <= MAX_PAYMENT_TERMS_DAYS:
        problems["payment_terms_days"] = OUT_OF_RANGE
    if v.lead_days is not None and not 0 <= v.lead_days <= MAX_LEAD_DAYS:
        problems["lead_days"] = OUT_OF_RANGE
    if not phone_ok(v.phone):
        problems["phone"] = BAD_PHONE
    return problems


def check_contact(name: str, phone: str) -> dict[str, str]:
    """A contact needs a name; its phone, when given, must be valid."""
    problems: dict[str, str] = {}
    if not name.strip():
        problems["name"] = REQUIRED
    if not phone_ok(phone):
        problems["phone"] = BAD_PHONE
    return problems
