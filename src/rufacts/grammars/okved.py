"""ОКВЭД 2 codes of sector names: ``lexicons/okved2.tsv`` (the 21 sections and 88
divisions with their official names) and ``lexicons/okved2_synonyms.tsv`` (the phrases
news use for them).

:func:`okved_codes` reads a sector name as lemmas (the shared pymorphy3 analyzer, ``ё`` as
``е``, a word's noun readings too: "стали" is also сталь; hyphenated words also split:
"IT-технологии" gives ``it``). A synonym matches when its lemmas stand in order in the
sector, one other word allowed between two of them ("строительство доступного жилья"),
words joined by "и" counting as one place ("заготовка и переработка древесины" is 02 and
16); only the most specific matches count (one inside another is dropped: "строительные
материалы" is 23, not also F), and their codes are joined, led by the head noun's match:
a modifier inside the head's codes narrows them ("пластиковая упаковка" 22), an
adjective with other codes adds none ("молочное животноводство" 01), nor do the goods
after a service noun ("розничная торговля одеждой" 47, "поставки медицинского
оборудования" 46); making ("производство ...") keeps goods codes only (sections A-D).
Words after "для" are not the sector ("продукция для нефтегазовой отрасли"). No match:
no codes, never a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .morph import Morph
from .okved_compounds import umbrella, without_prefix
from .okved_heads import names_firms, served, service_heads, steer
from .okved_transport_modes import mode_codes

_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True, slots=True)
class Okved:
    code: str     # "26" (a division) or "C" (a section)
    name: str     # the official name
    section: str  # the section letter ("C" for "26" and for "C")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("rufacts").joinpath("lexicons", name).read_text(encoding="utf-8")
    return [[c.strip() for c in line.split("\t")] for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def classifier() -> dict[str, Okved]:
    """Code -> :class:`Okved` for every section and division."""
    table = {}
    for row in _rows("okved2.tsv"):
        code, name = row[0], row[1]
        table[code] = Okved(code, name, row[2] if len(row) > 2 and row[2] else code)
    return table


def _lemma(morph: Morph, word: str) -> str:
    if not word.isalpha() or word.isascii():
        return word
    return morph.parse(word)[0].normal_form.replace("ё", "е")


def _nouns(morph: Morph, word: str) -> set[str]:
    """The lemmas of a word's noun readings ("стали": сталь, not only стать)."""
    if not word.isalpha() or word.isascii():
        return set()
    parses = morph.parse(word)
    out = {p.normal_form.replace("ё", "е") for p in parses if p.tag.POS == "NOUN"}
    if parses and parses[0].tag.POS == "NOUN" and parses[0].tag.number == "plur":
        # "зерновых": a plural noun read first ("зерновые") is an adjective too (зерновой)
        out |= {p.normal_form.replace("ё", "е") for p in parses if p.tag.POS == "ADJF"}
    return out


def _positions(morph: Morph, text: str) -> tuple[frozenset[str], ...]:
    """One set of lemmas per word: the word's lemma and those of its noun readings, and
    its parts' if hyphenated."""
    out = []
    for written in _WORD.findall(text.replace("ё", "е")):
        word = written.lower()
        parts = [p for p in word.split("-") if p] if "-" in word else []
        if parts and all(p.isalpha() and not p.isascii() for p in parts):
            parts.append(morph.parse(word)[0].normal_form)  # "горно-металлургический"
        out.append(frozenset({_lemma(morph, word), *_nouns(morph, word),
                              *(_lemma(morph, p) for p in parts)}
                             | {w for w in (written, *written.split("-")) if _acronym(w)}))
    return tuple(out)


def _acronym(word: str) -> bool:
    """"ПО": a Cyrillic word in capitals; a synonym row written so matches only the word
    written so (not the preposition "по")."""
    return len(word) > 1 and word.isupper() and not word.isascii()


@lru_cache(maxsize=None)
def _synonyms(morph: Morph) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    table = classifier()
    out = []
    for phrase, codes in _rows("okved2_synonyms.tsv"):
        codes_ = tuple(c.strip() for c in codes.split(","))
        unknown = [c for c in codes_ if c not in table]
        if unknown:
            raise ValueError(f"okved2_synonyms.tsv: unknown codes {unknown} for {phrase!r}")
        words = tuple(w if _acronym(w) else _lemma(morph, w.lower())
                      for w in _WORD.findall(phrase.replace("ё", "е")))
        out.append((words, codes_))
    return tuple(out)


def _spans(words: tuple[str, ...], positions: tuple[frozenset[str], ...]
           ) -> list[tuple[int, ...]]:
    """Where a synonym's lemmas occur in order: each word at most one word after the one
    before ("строительство доступного жилья" holds "строительство жилья"), never across
    "и" or a comma."""
    out = []
    for i, first in enumerate(positions):
        if words[0] not in first:
            continue
        at = [i]
        for word in words[1:]:
            nxt = next((j for j in (at[-1] + 1, at[-1] + 2) if j < len(positions)
                        and word in positions[j]
                        and all(not positions[g] & _STOPS for g in range(at[-1] + 1, j))),
                       None)
            if nxt is None:
                break
            at.append(nxt)
        else:
            out.append(tuple(at))
    return out


_STOPS = frozenset({"и", ",", "или"})
# Head nouns of a service on goods: the goods said after them add no codes of their
# making ("розничная торговля одеждой" is 47, "поставки медицинского оборудования" 46,
# "дизайн одежды" 74)
_SERVICE = frozenset({"торговля", "продажа", "экспорт", "импорт", "поставка", "дистрибуция",
                      "ремонт", "дизайн", "аренда", "прокат", "перевозка", "доставка",
                      "хранение", "обслуживание", "сервис", "реклама", "страхование",
                      "лизинг", "утилизация", "сертификация", "испытание", "обучение",
                      "хостинг", "управление", "вывоз", "техобслуживание", "магазин"})


_MAKING = frozenset({"производство", "выпуск", "изготовление"})
_PROCESSING = frozenset({"переработка"})
_FARM = frozenset({"01", "02", "03"})
_GOODS = frozenset("ABCD")


def _shared(positions: tuple[frozenset[str], ...]
            ) -> tuple[tuple[frozenset[str], ...], list[int]]:
    """"заготовка и переработка древесины": the words joined by "и" share one place, so
    "заготовка древесины" and "переработка древесины" both occur in a row; with the
    original position of each place."""
    out, where = list(positions), list(range(len(positions)))
    i = 0
    while i + 2 < len(out):
        if "и" in out[i + 1] and len(out[i + 1]) == 1:
            out[i:i + 3] = [out[i] | out[i + 2]]
            where[i:i + 3] = [where[i]]
        else:
            i += 1
    return tuple(out), where


def _head(morph: Morph, text: str) -> int | None:
    """The position of the sector's head noun: its first noun in the nominative (sector
    names are normal forms: "молочное животноводство" -> 1)."""
    for k, word in enumerate(_WORD.findall(text.lower().replace("ё", "е"))):
        if not word.replace("-", "").isalpha() or word.isascii():
            continue  # "интернет-магазины" is a head, "IT-компании" none
        parses = morph.parse(word)
        if word == "и" and k:
            continue  # "охотничье и спортивное оружие"
        if any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses):
            return k  # "поставки": a plural nominative too
        if parses[0].tag.POS not in ("ADJF", "PRTF"):
            return None
    return None


def _complement(morph: Morph, positions, head: int, best: dict) -> int | None:
    """The first noun after ``head`` that a synonym matches ("ПО" in "разработка
    банковского ПО")."""
    matched = {k for _, at in best.values() for k in at}
    for k in range(head + 1, len(positions)):
        if k in matched and any(w.isupper() or any(p.tag.POS == "NOUN" for p in
                                                    morph.parse(w)[:1]) for w in positions[k]):
            return k
    return None


def _part_of(words: frozenset[str], at: set[int], found: dict) -> bool:
    """A one-word match on a part of a hyphenated word that another match takes whole
    ("интернет" in "интернет-торговля", "IT" in "IT-аутсорсинг")."""
    if len(words) != 1:
        return False
    (word,) = words
    return any(word in w.split("-") and at <= v[1] for other, v in found.items()
               if other != words for w in other if "-" in w)


def _within(codes: frozenset[str], outer: frozenset[str], table: dict[str, Okved]) -> bool:
    return all(c in outer or table[c].section in outer for c in codes)


# Nouns of parts and goods in general: what they are "для" names their division
# ("комплектующие для автопрома" 29, "детали для авиастроения" 30)
_GENERIC = frozenset({"комплектующие", "комплектующий", "деталь", "компонент", "запчасть",
                      "продукция", "изделие", "узел", "агрегат"})


@lru_cache(maxsize=20_000)
def okved_codes(morph: Morph, sector: str) -> tuple[Okved, ...]:
    """The ОКВЭД 2 divisions (or sections) of a sector name, in code order; () if none.

    Words after "для" are what the goods serve, not the sector; but parts and goods named
    only in general ("комплектующие", "детали", "продукция") take the manufacturing
    division of what they serve ("комплектующие для автопрома" 29), goods and equipment
    for a served domain its goods division ("оборудование для метро" 30), a subject for
    learners teaching ("программирование для детей" 85, :mod:`okved_heads`), and work
    with no codes of its own for a medium or IT that division ("графика для кино" 59)."""
    if umbrella(morph, sector):  # "ЖКХ": many sections at once, no codes (w128)
        return ()
    codes = _okved_codes(morph, sector)
    short = None if codes else without_prefix(sector)  # "сельхоздроны" are drones
    return _okved_codes(morph, short) if short else codes


def _okved_codes(morph: Morph, sector: str) -> tuple[Okved, ...]:
    before, sep, after = (re.split(r"\b(для)\b", sector, maxsplit=1) + ["", ""])[:3]
    thing = re.split(r"\s+от\s+", before, maxsplit=1)[0]  # "лекарства от онкологии" is 21,
    if thing != before and _codes(morph, thing):  # not also 86: what it is against (w94)
        before = thing
    codes = _codes(morph, before)
    if sep:  # "оборудование для метро" 30, "программирование для детей" 85
        where, served_ = _positions(morph, before), _positions(morph, after)
        head = _head(morph, before)
        if head is not None and where[head] & _MAKING and head + 1 < len(where):
            head += 1  # "выпуск продукции для медицины"
        steered = served(morph, where, head, served_,
                         head is not None and bool(where[head] & _GENERIC))
        if steered:
            return tuple(classifier()[c] for c in steered)
    if sep and not codes and _generic(morph, before):
        codes = tuple(c for c in _codes(morph, after) if c.section == "C")
    elif sep and not codes and not names_firms(served_):  # "компьютерная графика для
        codes = tuple(c for c in _codes(morph, after) if c.section == "J")  # кино": work
    return codes  # for a medium or IT is its own (not "полисы для IT-компаний")


def _generic(morph: Morph, text: str) -> bool:
    words = _WORD.findall(text.lower().replace("ё", "е"))
    return bool(words) and any(_lemma(morph, w) in _GENERIC or _nouns(morph, w) & _GENERIC
                               for w in words)


def _codes(morph: Morph, sector: str) -> tuple[Okved, ...]:
    """The ОКВЭД 2 divisions (or sections) of a sector name, in code order; () if none.

    A synonym matches where its lemmas stand in order (one word may stand between two
    of them); of the matches only the most specific count. The head noun's match leads
    the others: a match inside its codes narrows it ("пластиковая упаковка": 22 of
    17 and 22; "строительство дорог": 42 of F), an adjective before it with other codes
    adds none ("молочное животноводство" is 01, not 10), nor do the goods after a
    service noun ("поставки медицинского оборудования" is 46)."""
    head_text = sector
    positions = _positions(morph, head_text)
    shared, where = _shared(positions)
    found: dict[frozenset[str], tuple[tuple[str, ...], set[int]]] = {}
    for words, codes in _synonyms(morph):
        at = {k for span in _spans(words, positions) for k in span}
        at |= {where[k] for span in _spans(words, shared) for k in span}
        if at:
            key = frozenset(words)
            old = found.get(key, ((), set()))
            found[key] = (tuple(dict.fromkeys(old[0] + codes)), old[1] | at)
    best = {w: v for w, v in found.items() if not any(w < other for other in found)
            and not _part_of(w, v[1], found)}
    table = classifier()
    head = _head(morph, head_text)
    making = head is not None and bool(positions[head] & _MAKING)
    # "переработка ягод" is 10, not 01; "производство и переработка ягод" 01 and 10
    processed = head is not None and bool(positions[head] & _PROCESSING)
    also_processed = head is not None and len(positions) > head + 2 and \
        positions[head + 1] == frozenset({"и"}) and bool(positions[head + 2] & _PROCESSING)
    steered = steer(morph, positions, head, best, table,  # "выпуск труб ПВХ": the pipes
                    _complement(morph, positions, head, best) if making else head)
    farm_goods = head is not None and any(set(cs) & (_FARM | {"10"})  # crops, food
                                          for cs, at in best.values() if min(at) > head + 2)
    lead = [v for v in best.values() if head is not None and head in v[1]]
    if head is not None and not lead:  # "разработка банковского ПО": the noun after an
        head = _complement(morph, positions, head, best)  # activity with no codes leads
        lead = [v for v in best.values() if head is not None and head in v[1]]
    if lead:
        outer = frozenset(c for codes, _ in lead for c in codes)
        services = _SERVICE | service_heads(morph)
        service = bool(positions[head] & services) or \
            any(w & services for w, v in best.items() if head in v[1])
        keep = []
        span = {k for _, at in lead for k in at}
        for codes, at in best.values():
            inside = _within(frozenset(codes), outer, table)
            if head in at or inside:
                keep.append((codes, at))
            elif min(at) > head and not service and not max(at) < max(span) and \
                    not outer < frozenset(codes):  # "вылов рыбы" 03, not also 10
                # (a word inside the head's own phrase adds none: "разработка
                # банковского ПО" is 62)
                keep.append((codes, at))  # "строительство и ремонт дорог", complements
        narrow = [v for v in keep if head not in v[1]
                  and _within(frozenset(v[0]), outer, table)
                  and not _within(outer, frozenset(v[0]), table)]
        if narrow:  # "пластиковая упаковка": the head's codes narrowed by its modifier
            keep = narrow + [v for v in keep if head not in v[1] and v not in narrow
                             and not _within(frozenset(v[0]), outer, table)]
        best = {k: v for k, v in enumerate(keep)}
    codes = sorted({c for cs, _ in best.values() for c in cs},
                   key=lambda c: (not c.isdigit(), c))
    if steered is not None:
        codes = steered
    codes = mode_codes(positions, codes)  # "речной транспорт" 50, "авиаперевозчики" 51
    if (processed or also_processed) and codes and set(codes) <= _FARM | {"10"}:  # food made
        codes = ["10"] if processed else sorted({*codes, "10"})  # of them ("рыбная" 03,10)
    elif also_processed and farm_goods:  # "хранение и переработка овощей" 10 and 52
        codes = sorted({*codes, "10"})
    if making:
        # "производство медицинских масок": making goods is no service (not 86); the
        # divisions whose own name is a making stay ("производство фильмов" 59)
        codes = [c for c in codes if table[c].section in _GOODS
                 or table[c].name.startswith("Производство")]
    # a section is dropped where one of its divisions is there already
    divisions = {table[c].section for c in codes if c.isdigit()}
    return tuple(table[c] for c in codes if c.isdigit() or c not in divisions)


@lru_cache(maxsize=1)
def _traders() -> dict[str, str]:
    return {row[0].replace("ё", "е"): row[1] for row in _rows("okved_traders.tsv")}


def trade_codes(obj: str, codes: tuple[Okved, ...]) -> tuple[Okved, ...]:
    """The codes of a count whose counted noun trades (``okved_traders.tsv``): goods
    (sections A-C) become the trader's division ("магазинов одежды и обуви" 47, not 14
    and 15; cars and their parts 45); services and trade codes stay ("точек общепита")."""
    trade = _traders().get(obj.lower().replace("ё", "е"))
    if trade is not None and classifier()[trade].section == "F":  # a developer builds the
        return (classifier()[trade],) if codes and all(  # real estate it is counted on
            c.code == "68" for c in codes) else codes  # ("курортная недвижимость" 41, w146)
    if trade is not None and len(codes) == 1 and codes[0].code == codes[0].section and \
            classifier()[trade].section == codes[0].section:
        # "продажей стройматериалов занимаются 900 магазинов" (G: 47), "туристическими
        # перевозками заняты пять судовладельцев" (H: 50)
        return (classifier()[trade],)
    if trade is None or not codes or any(c.section not in "ABC" for c in codes) \
            or classifier()[trade].section != "G":  # carriers are listed for the rule above
        return codes  # only: "промышленным выловом сайры заняты 20 судовладельцев" is 03
    table = classifier()
    return tuple(table[c] for c in sorted({"45" if c.code == "29" else trade for c in codes}))


__all__ = ["Okved", "classifier", "okved_codes", "trade_codes"]
