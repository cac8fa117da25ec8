"""Typed, frozen fact records and the JSON record of one article.

Every record has ``as_json()`` (plain JSON types, stable key order) and a
``from_json()`` classmethod that inverts it. Offsets are Python string
offsets into the article text (``start`` inclusive, ``stop`` exclusive).
The record layout is DESIGN.md's schema_version "1" (now "1.1": additive), published as JSON Schema
in ``rufacts/schema/record.schema.json``.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, ClassVar, Optional

SCHEMA_VERSION = "1.1"  # "1.1": additive over "1" (date kinds and intervals, durations, ОКВЭД codes, ...)
ORG_CATEGORIES = ("company", "bank", "ministry_or_agency", "legislature", "court", "party", "media",
                  "education", "research", "regional_body", "international", "ngo", "sports_club",
                  "other")


def _to_json(value: Any) -> Any:
    if isinstance(value, Record):
        return value.as_json()
    if isinstance(value, tuple):
        return [_to_json(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _to_json(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=64)
def _field_names(cls: type) -> tuple[str, ...]:
    """The dataclass field names of a record class, in order (``dataclasses.fields`` once)."""
    return tuple(f.name for f in dataclasses.fields(cls))


class Record:
    """Base of all fact records: JSON round trip driven by the dataclass fields."""

    # field name -> record class of its items (a tuple of records) or of its value
    nested: ClassVar[dict[str, type]] = {}
    decimals: ClassVar[tuple[str, ...]] = ()

    def as_json(self) -> dict[str, Any]:
        return {name: _to_json(getattr(self, name)) for name in _field_names(type(self))}

    @classmethod
    def from_json(cls, data: dict[str, Any]):
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            sub = cls.nested.get(f.name)
            if sub is not None and value is not None:
                value = (tuple(sub.from_json(v) for v in value)
                         if isinstance(value, list) else sub.from_json(value))
            elif f.name in cls.decimals and value is not None:
                value = Decimal(str(value))
            elif isinstance(value, list):
                value = tuple(value)
            kwargs[f.name] = value
        return cls(**kwargs)


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """``form`` (schema "1.1"): "adjective" for a place said as an adjective ("российский"
    for Россия), "common_noun" for an organization referred to by its common noun
    ("компания" after "компания «Ростелеком»"); absent from the JSON for a mention by name."""
    start: int
    stop: int
    text: str
    form: Optional[str] = None

    def as_json(self) -> dict[str, Any]:
        data = Record.as_json(self)
        if data["form"] is None:
            del data["form"]
        return data


def mention_order(mention: Mention) -> tuple:
    """Mentions by position, ties in a fixed order: a set of mentions iterates by hash,
    and before Python 3.12 hash(None) (a mention's ``form``) changes from run to run."""
    return mention.start, mention.stop, mention.form or ""


@dataclass(frozen=True, slots=True)
class Role(Record):
    title: str
    of: Optional[str]
    text: str
    start: int
    stop: int


@dataclass(frozen=True, slots=True)
class Person(Record):
    name: str
    first: Optional[str] = None
    middle: Optional[str] = None
    last: Optional[str] = None
    roles: tuple[Role, ...] = ()
    mentions: tuple[Mention, ...] = ()
    nested: ClassVar[dict[str, type]] = {"roles": Role, "mentions": Mention}


@dataclass(frozen=True, slots=True)
class Organization(Record):
    """``kind`` is the descriptor word as written ("мид", "компания"; schema "1");
    ``category`` (schema "1.1") one of :data:`ORG_CATEGORIES`, None where nothing tells.
    ``name`` is the nominative of the body's name as the article writes it ("МИДа" -> "МИД");
    ``canonical`` (schema "1.1") the name all known aliases of the body share
    (``lexicons/org_aliases.tsv``: "МИД", "Министерство иностранных дел" -> "Министерство
    иностранных дел"), None for a body the lexicon does not know."""
    name: str
    kind: Optional[str] = None
    mentions: tuple[Mention, ...] = ()
    category: Optional[str] = None
    canonical: Optional[str] = None
    nested: ClassVar[dict[str, type]] = {"mentions": Mention}


@dataclass(frozen=True, slots=True)
class Location(Record):
    name: str
    mentions: tuple[Mention, ...] = ()
    nested: ClassVar[dict[str, type]] = {"mentions": Mention}


@dataclass(frozen=True, slots=True)
class DateFact(Record):
    """A time expression. ``value`` is ISO 8601 at the text's precision: a point
    ("2015-12-11T14:05", "2015-12-11", "2012-12", "2015", "2019-W19"), an interval "begin/end" with ".."
    for an open side ("1981/1988", "1997/.."), or None for a relative expression
    without an anchor (``kind`` "relative"), or "R/P1Y" for a frequency ("ежегодно", ``kind``
    "frequency"). ``year``/``month``/``day`` are set for points."""

    start: int
    stop: int
    text: str
    value: Optional[str]
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    kind: str = "point"  # point | interval | relative (not resolved: no anchor) | frequency ("R/P1Y")
    begin: Optional[str] = None  # ISO at the precision; None: open or unresolved
    end: Optional[str] = None
    precision: Optional[str] = None  # minute | day | week | month | season | quarter | half | year | decade | century
    part: Optional[str] = None  # start | middle | end: "в начале 2000-х"
    anchor: Optional[str] = None  # published | text: what a relative value or a missing year came from


@dataclass(frozen=True, slots=True)
class Amount(Record):
    start: int
    stop: int
    text: str
    kind: str
    value: Optional[Decimal]
    unit: Optional[str] = None
    qualifier: Optional[str] = None
    value_min: Optional[Decimal] = None
    value_max: Optional[Decimal] = None
    duration: Optional[str] = None  # kind "duration": ISO 8601, "P3Y", "PT40M"
    decimals: ClassVar[tuple[str, ...]] = ("value", "value_min", "value_max")


@dataclass(frozen=True, slots=True)
class OkvedCode(Record):
    """An ОКВЭД 2 division ("26") or section ("C") with its official name and section."""

    code: str
    name: str
    section: Optional[str] = None  # the section letter: "C" for "26" (and for "C")


@dataclass(frozen=True, slots=True)
class SectorCount(Record):
    start: int
    stop: int
    text: str
    count: int
    object: str
    sector: str
    total: Optional[int] = None
    okved: tuple[OkvedCode, ...] = ()  # schema "1.1"; empty where no code fits
    qualifier: Optional[str] = None    # schema "1.1": approx / more_than / less_than
    nested: ClassVar[dict[str, type]] = {"okved": OkvedCode}


@dataclass(frozen=True, slots=True)
class ErrorInfo(Record):
    kind: str
    message: str


@dataclass(frozen=True, slots=True)
class Article(Record):
    """One article's JSON record: every fact found, with offsets into ``text``."""

    id: str
    text: Optional[str]
    meta: dict[str, Any] = field(default_factory=dict)
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    locations: tuple[Location, ...] = ()
    dates: tuple[DateFact, ...] = ()
    amounts: tuple[Amount, ...] = ()
    sector_counts: tuple[SectorCount, ...] = ()
    error: Optional[ErrorInfo] = None
    schema_version: str = SCHEMA_VERSION
    nested: ClassVar[dict[str, type]] = {
        "persons": Person, "organizations": Organization, "locations": Location,
        "dates": DateFact, "amounts": Amount, "sector_counts": SectorCount,
        "error": ErrorInfo,
    }

    def __hash__(self) -> int:  # meta is a dict; identity is the id
        return hash((self.id, self.text))

    def as_json(self) -> dict[str, Any]:
        """The record in DESIGN.md's key order."""
        data = Record.as_json(self)
        order = ("id", "schema_version", "meta", "text", "persons", "organizations",
                 "locations", "dates", "amounts", "sector_counts", "error")
        return {key: data[key] for key in order}

    @classmethod
    def failed(cls, id: str, kind: str, message: str, text: Optional[str] = None,
               meta: Optional[dict[str, Any]] = None) -> "Article":
        """The record of an input that could not be processed: no facts, an error."""
        return cls(id=id, text=text, meta=dict(meta or {}), error=ErrorInfo(kind, message))

    def mentions(self) -> list[tuple[str, Mention]]:
        """(type, mention) pairs over persons, organizations, locations, dates."""
        out: list[tuple[str, Mention]] = []
        for label, group in (("PER", self.persons), ("ORG", self.organizations),
                             ("LOC", self.locations)):
            out += [(label, m) for entity in group for m in entity.mentions]
        out += [("DATE", Mention(d.start, d.stop, d.text)) for d in self.dates]
        return out
