"""A person's name settled by all of its mentions (used by
:func:`rufacts.entities.names_group.group_persons`): which readings of a mention may be the name of a
person ("Илона Маска" may be the genitive of Илон Маск; a surname alone fits the full name; a pair of
Spanish surnames alone, "Лопес Обрадор", fits Андрес Мануэль Лопес Обрадор), and the reading the
mentions support best together: each mention scores a name by its best reading that fits it, less its
own best reading, so an unambiguous mention outweighs a doubtful one."""
from __future__ import annotations

from typing import Optional

from .names import JOIN_MARGIN, NameParts
from .pieces import _key, _same_part as _same  # name parts compared as when pieces join

MISFIT = JOIN_MARGIN + 0.5  # what a mention costs a name none of its readings fits


def _readings_of(parts: NameParts) -> tuple[tuple, ...]:
    return parts.candidates or ((0.0, parts.first, parts.middle, parts.last, parts.gender),)


def _reading_fits(reading: tuple, name: tuple) -> bool:
    """Whether one reading of a mention (score, first, middle, last, gender) may be the
    name (score, first, middle, last, gender) of a person."""
    _, first, middle, last, gender = reading
    _, n_first, n_middle, n_last, n_gender = name
    if _double_surname(first, middle, last, n_last) or _double_surname(n_first, n_middle, n_last, last):
        # "Монреаль Авила добавил" after "Рикардо Монреаль Авила": a pair of surnames alone reads as a
        # first name and a surname (docs/gold-conventions.md: one `last`)
        return gender is None or n_gender is None or gender == n_gender
    if middle is None and (first is None) != (last is None):  # one word: a surname or a first name
        word = _key(first or last)  # (the first of two given names, or of a monarch's: "Бенедикт" of "Бенедикт XVI")
        return (word in (_key(n_last or ""), _key(n_first or ""), _key(n_first or "").split(" ")[0])
                and (gender is None or n_gender is None or gender == n_gender))
    if last is not None:
        if n_last is None or _key(last) != _key(n_last):
            return False
    elif first is None or n_first is None or first.endswith(".") or _key(first) != _key(n_first):
        return False  # without a surname, a first name as written ("В. Л." joins nobody)
    return (_same(first, n_first) and _same(middle, n_middle)
            and (gender is None or n_gender is None or gender == n_gender))


def _double_surname(first, middle, last, other_last) -> bool:
    """A mention read as first name + surname whose two words are another's pair of surnames."""
    return first is not None and middle is None and last is not None and other_last is not None \
        and " " in other_last and not first.endswith(".") and _key(f"{first} {last}") == _key(other_last)


def _fits(known: list[tuple], parts: NameParts) -> bool:
    """Whether a reading of the mention fits one of the person's readings."""
    return any(_reading_fits(r, n) for r in _readings_of(parts) for n in known)


def _fullness(parts) -> int:
    """The full words (not initials) a reading names: a mention's readings all name its words, a given
    name of two words as much as a given name and a middle name ("Эверитт Аарон Джеймсон": first
    "Эверитт Аарон" or, inverted, first Аарон, middle Джеймсон), so the later mentions choose between
    them ("Джеймсон сказал": the surname); a surname alone names fewer than the full name."""
    return sum(not w.endswith(".") for p in (parts[1], parts[2], parts[3]) if p is not None for w in p.split())


def settle(mentions: list[NameParts], genders: frozenset[str] = frozenset()) -> Optional[tuple]:
    """The reading (score, first, middle, last, gender) of the person's name that its
    mentions support best together, among the readings of its fullest mentions; of the
    gender a verb agrees with after any mention (``genders``) where one says."""
    readings = [_readings_of(p) for p in mentions]
    top = max(_fullness(r) for rs in readings for r in rs)
    options = [r for rs in readings for r in rs if _fullness(r) == top]
    if len(genders) == 1:
        options = [r for r in options if r[4] in (None, *genders)] or options
    best, best_total = None, None
    for option in options:
        total = 0.0
        for rs in readings:
            fit = max((r[0] for r in rs if _reading_fits(r, option)), default=None)
            total += (fit - rs[0][0]) if fit is not None else -MISFIT
        if best_total is None or total > best_total + 1e-9 or (
                total > best_total - 1e-9 and _double_surname(best[1], best[2], best[3], option[3])):
            best, best_total = option, total  # (as well: the full name over its pair of surnames alone)
    return best


def _named(mentions: list[NameParts], genders: frozenset[str]) -> NameParts:
    """The person's parts: the settled reading, with a full first or middle name from
    another mention where the settled one has an initial or none ("С. Собянин" and
    "Сергей Собянин")."""
    chosen = settle(mentions, genders) if len(mentions) > 1 else None
    if chosen is None:
        main = mentions[0]
        first, middle, last, gender = main.first, main.middle, main.last, main.gender
    else:
        _, first, middle, last, gender = chosen
    for other in mentions:
        for score, o_first, o_middle, o_last, o_gender in _readings_of(other)[:1]:
            if last is not None and o_last is not None and _key(o_last) != _key(last):
                continue
            if o_first and not o_first.endswith(".") and (first is None or first.endswith(".")) \
                    and _same(first, o_first) and (middle is None or _same(middle, o_middle)):
                first = o_first
            if o_middle and not o_middle.endswith(".") and (middle is None or middle.endswith(".")) \
                    and _same(middle, o_middle) and _same(first, o_first):
                middle = o_middle
    family_first = any(m.family_first and _key(m.last or "") == _key(last or "") for m in mentions)
    return NameParts(first, middle, last, (), gender, family_first=family_first)
