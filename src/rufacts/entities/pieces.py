"""Long articles in pieces: cut the text at paragraph or sentence ends, and join the records
of the pieces into the record of the whole article.

The pipeline's memory and time grow faster than the text (the NER batches, the yargy token
lists, grouping names over a whole doc), and spaCy refuses texts over ``nlp.max_length``;
a long article is therefore run piece by piece. Offsets are mapped back to the whole text,
and persons, organizations and locations are grouped over the whole article: "Сергей
Собянин" of the first piece and "Собянина" of the tenth are one person.
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from dataclasses import replace

from ..facts import Amount, Article, DateFact, Location, Mention, Organization, Person, SectorCount

#: Texts up to this many characters are run whole; longer ones in pieces of at most this size.
PIECE_CHARS = 30_000

_SENTENCE_END = re.compile(r"[.!?…][»\")]*\s")
_SPACE = re.compile(r"\s")


def _cut(text: str, start: int, size: int) -> int:
    """Where the piece starting at ``start`` ends: after the last paragraph break, line
    break, sentence end or space of its second half, else at ``size`` characters."""
    end = start + size
    if end >= len(text):
        return len(text)
    low = start + size // 2
    for sep in ("\n\n", "\n"):
        at = text.rfind(sep, low, end)
        if at != -1:
            return at + len(sep)
    window = text[low:end]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        return low + ends[-1]
    spaces = [m.end() for m in _SPACE.finditer(window)]
    return low + spaces[-1] if spaces else end


def split_text(text: str, size: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) pairs that cover ``text`` in order, each at most ``size`` characters."""
    start = 0
    while start < len(text):
        end = _cut(text, start, size)
        yield start, text[start:end]
        start = end


def _shift(value, offset: int):
    """A mention, role, date, amount or sector count moved ``offset`` characters on."""
    return replace(value, start=value.start + offset, stop=value.stop + offset)


def _key(name: str) -> str:
    return name.lower().replace("ё", "е")


def _same_part(x: str | None, y: str | None) -> bool:
    if x is None or y is None:
        return True
    if x.endswith(".") or y.endswith("."):  # an initial: "С." of Сергей, "Дж." of Джон, not of Дмитрий
        a, b = sorted((x.rstrip(".").lower(), y.rstrip(".").lower()), key=len)
        return b.startswith(a)
    if (" " in x) != (" " in y):  # two given names and the first alone: "Реджеп Тайип", "Реджеп"
        return _key(x.split()[0]) == _key(y.split()[0])
    return _key(x) == _key(y)


def _same_person(a: Person, b: Person) -> bool:
    if a.last is not None and b.last is not None:
        same = _key(a.last) == _key(b.last)
    elif a.last is None and b.last is None:
        same = a.first is not None and b.first is not None and _key(a.first) == _key(b.first)
    else:
        return _key(a.name) == _key(b.name)
    return same and _same_part(a.first, b.first) and _same_part(a.middle, b.middle)


def _fuller(part_a: str | None, part_b: str | None) -> str | None:
    if part_a is None or (part_a.endswith(".") and part_b and not part_b.endswith(".")):
        return part_b
    return part_a


def _join_persons(a: Person, b: Person) -> Person:
    def full(p: Person) -> int:
        return sum(x is not None and not x.endswith(".") for x in (p.first, p.middle, p.last))

    main, other = (a, b) if full(a) >= full(b) else (b, a)
    first, middle = _fuller(main.first, other.first), _fuller(main.middle, other.middle)
    name = main.name if (first, middle) == (main.first, main.middle) else " ".join(
        x for x in (first, middle, main.last) if x)
    return replace(main, name=name, first=first, middle=middle, last=main.last or other.last,
                   roles=_sorted_union(a.roles, b.roles),
                   mentions=_sorted_union(a.mentions, b.mentions))


def _sorted_union(a: Sequence, b: Sequence) -> tuple:
    return tuple(sorted(set(a) | set(b), key=lambda x: (x.start, x.stop)))


def _group_persons(persons: Sequence[Person]) -> list[Person]:
    out: list[Person] = []
    for person in persons:
        match = next((i for i, known in enumerate(out) if _same_person(known, person)), None)
        if match is None:
            out.append(person)
        else:
            out[match] = _join_persons(out[match], person)
    return out


def _group_named(items: Sequence, cls: type) -> list:
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(_key(item.name), []).append(item)
    out = []
    for same in groups.values():
        mentions: tuple[Mention, ...] = ()
        for item in same:
            mentions = _sorted_union(mentions, item.mentions)
        extra = {}
        if cls is Organization:
            extra["kind"] = next((o.kind for o in same if o.kind), None)
        out.append(replace(same[0], mentions=mentions, **extra))
    return out


def _by_start(items: Sequence) -> tuple:
    return tuple(sorted(items, key=lambda e: e.mentions[0].start if e.mentions else -1))


def join_pieces(pieces: Sequence[tuple[int, Article]], text: str, id: str = "",
                meta: dict | None = None) -> Article:
    """The record of the whole article from the records of its pieces ((offset, record) in
    text order): offsets mapped back, entities grouped over the whole text."""
    persons: list[Person] = []
    orgs: list[Organization] = []
    locs: list[Location] = []
    dates: list[DateFact] = []
    amounts: list[Amount] = []
    counts: list[SectorCount] = []
    for offset, art in pieces:
        for p in art.persons:
            persons.append(replace(p, roles=tuple(_shift(r, offset) for r in p.roles),
                                   mentions=tuple(_shift(m, offset) for m in p.mentions)))
        orgs += [replace(o, mentions=tuple(_shift(m, offset) for m in o.mentions))
                 for o in art.organizations]
        locs += [replace(loc, mentions=tuple(_shift(m, offset) for m in loc.mentions))
                 for loc in art.locations]
        dates += [_shift(d, offset) for d in art.dates]
        amounts += [_shift(a, offset) for a in art.amounts]
        counts += [_shift(c, offset) for c in art.sector_counts]
    return Article(id=id, text=text, meta=dict(meta or {}),
                   persons=_by_start(_group_persons(persons)),
                   organizations=_by_start(_group_named(orgs, Organization)),
                   locations=_by_start(_group_named(locs, Location)),
                   dates=tuple(dates), amounts=tuple(amounts), sector_counts=tuple(counts))


__all__ = ["PIECE_CHARS", "join_pieces", "split_text"]
