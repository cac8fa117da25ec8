"""The facts of one JSON record, flattened for display: type, normal form or value, spans.

Everything here works on the plain JSON record of docs/design.md (a ``dict``), so it
serves records read back from a batch output as well as fresh
:class:`rufacts.Article` objects (``as_record`` converts those).

    >>> record = {"id": "x", "text": "Мэр Москвы Сергей Собянин", "meta": {},
    ...           "persons": [{"name": "Сергей Собянин", "first": "Сергей", "middle": None,
    ...                        "last": "Собянин", "roles": [],
    ...                        "mentions": [{"start": 11, "stop": 25, "text": "Сергей Собянин"}]}],
    ...           "locations": [{"name": "Москва",
    ...                          "mentions": [{"start": 4, "stop": 10, "text": "Москвы"}]}]}
    >>> [(f.type, f.key, f.normal, f.spans) for f in display_facts(record)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('PER', 'PER-0', 'Сергей Собянин', ((11, 25, 'Сергей Собянин'),)),
     ('LOC', 'LOC-0', 'Москва', ((4, 10, 'Москвы'),))]
    >>> format_amount({"kind": "money", "value": 500000000, "unit": "USD", "qualifier": "approx"})
    '≈\\xa0500\\xa0000\\xa0000 USD'
    >>> date = {"value": "1990/1999", "kind": "interval", "precision": "decade", "part": "start"}
    >>> format_date(date), date_detail(date)
    ('1990/1999', 'interval, decade, start')
    >>> format_date({"value": None, "kind": "relative"})
    '(relative)'
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Mapping, Optional, Union

from ..facts import Article

Record = dict[str, Any]

#: fact types in display order, with the name used in legends and tables
TYPES: dict[str, str] = {
    "PER": "person",
    "ORG": "organization",
    "LOC": "location",
    "ROLE": "role",
    "DATE": "date",
    "AMOUNT": "amount",
    "SECTOR": "sector count",
}

QUALIFIERS = {"approx": "≈", "more_than": ">", "less_than": "<"}
NBSP = "\u00a0"


@dataclass(frozen=True)
class DisplayFact:
    """One fact as shown: its type, key, normal form or value, details and text spans."""

    type: str                              # a key of TYPES
    key: str                               # unique in the record: "PER-0", "DATE-3"
    normal: str                            # normal form (entities) or value (dates, amounts)
    details: str                           # kind, roles, qualifier... ("" if none)
    spans: tuple[tuple[int, int, str], ...]  # (start, stop, text) of every mention


def as_record(record: Union[Mapping[str, Any], Article]) -> Record:
    """The JSON record of an :class:`Article`, or a record dict as it is."""
    if isinstance(record, Article):
        return record.as_json()
    if isinstance(record, Mapping):
        return dict(record)
    raise TypeError(f"expected a JSON record (dict) or a rufacts.Article, "
                    f"got {type(record).__name__}")


def format_number(value: Union[int, float, Decimal, None]) -> str:
    """``500000000`` -> ``'500 000 000'`` (no-break spaces); fractions kept as given."""
    if value is None:
        return "?"
    number = Decimal(str(value))
    if number == number.to_integral_value():
        return f"{int(number):,}".replace(",", NBSP)
    whole, _, fraction = format(number.normalize(), "f").partition(".")
    return f"{int(whole):,}".replace(",", NBSP) + "," + fraction


def format_amount(amount: Mapping[str, Any]) -> str:
    """An amount's value and unit as shown: ``'≈ 500 000 000 USD'``, ranges as ``a–b``."""
    low, high = amount.get("value_min"), amount.get("value_max")
    if low is not None or high is not None:
        number = f"{format_number(low)}–{format_number(high)}"
    else:
        number = format_number(amount.get("value"))
    qualifier = QUALIFIERS.get(amount.get("qualifier") or "", "")
    unit = amount.get("unit") or ""
    text = f"{qualifier}{NBSP}{number}" if qualifier else number
    if amount.get("duration"):
        unit = f"{unit} ({amount['duration']})"
    return f"{text} {unit}".rstrip()


def format_date(date: Mapping[str, Any]) -> str:
    """A date's value as shown: ``'2015-12-11'``, ``'1981/1988'``; ``'(relative)'`` where
    there was no anchor to resolve it."""
    value = date.get("value")
    return "(relative)" if value is None else str(value)


def date_detail(date: Mapping[str, Any]) -> str:
    """Kind, precision, part and anchor: ``'interval, decade, start'``, ``'point, day,
    resolved from published'`` (records of schema "1" have none of them: ``''``)."""
    items = [date.get("kind"), date.get("precision"), date.get("part")]
    if date.get("anchor"):
        items.append(f"resolved from {date['anchor']}")
    return ", ".join(str(x) for x in items if x)


def format_sector_count(item: Mapping[str, Any]) -> str:
    """``'3 компания: микроэлектроника [ОКВЭД 26] (of 10)'``."""
    total = item.get("total")
    out = f"{item.get('count')} {item.get('object')}: {item.get('sector')}"
    codes = ", ".join(c.get("code", "") for c in item.get("okved") or ())
    if codes:
        out += f" [ОКВЭД {codes}]"
    return out + (f" (of {total})" if total is not None else "")


def _spans(items: Any) -> tuple[tuple[int, int, str], ...]:
    return tuple((int(m["start"]), int(m["stop"]), str(m.get("text", "")))
                 for m in items or ())


def _role_text(role: Mapping[str, Any]) -> str:
    return f"{role.get('title')} ({role['of']})" if role.get("of") else str(role.get("title"))


def display_facts(record: Mapping[str, Any]) -> list[DisplayFact]:
    """Every fact of a record in display order: PER, ORG, LOC, ROLE, DATE, AMOUNT, SECTOR."""
    out: list[DisplayFact] = []
    roles: list[DisplayFact] = []
    for i, person in enumerate(record.get("persons") or ()):
        person_roles = person.get("roles") or ()
        out.append(DisplayFact("PER", f"PER-{i}", person["name"],
                               "; ".join(_role_text(r) for r in person_roles),
                               _spans(person.get("mentions"))))
        for role in person_roles:
            roles.append(DisplayFact("ROLE", f"ROLE-{len(roles)}", _role_text(role),
                                     person["name"], _spans([role])))
    for i, org in enumerate(record.get("organizations") or ()):
        out.append(DisplayFact("ORG", f"ORG-{i}", org["name"], org.get("kind") or "",
                               _spans(org.get("mentions"))))
    for i, loc in enumerate(record.get("locations") or ()):
        out.append(DisplayFact("LOC", f"LOC-{i}", loc["name"], "", _spans(loc.get("mentions"))))
    out += roles
    for i, date in enumerate(record.get("dates") or ()):
        out.append(DisplayFact("DATE", f"DATE-{i}", format_date(date), date_detail(date),
                               _spans([date])))
    for i, amount in enumerate(record.get("amounts") or ()):
        out.append(DisplayFact("AMOUNT", f"AMOUNT-{i}", format_amount(amount),
                               str(amount.get("kind") or ""), _spans([amount])))
    for i, item in enumerate(record.get("sector_counts") or ()):
        out.append(DisplayFact("SECTOR", f"SECTOR-{i}", format_sector_count(item), "",
                               _spans([item])))
    return out


def title_of(record: Mapping[str, Any]) -> str:
    """The article's title from ``meta``, else its id."""
    meta = record.get("meta") or {}
    return str(meta.get("title") or record.get("id") or "(untitled)")


def error_of(record: Mapping[str, Any]) -> Optional[str]:
    """``'kind: message'`` of an error record, else None."""
    error = record.get("error")
    if not error:
        return None
    return f"{error.get('kind')}: {error.get('message')}"
