"""Foreign names declined by the grammar of Russian and by their origin class.

Russian (Rosenthal) leaves a foreign name in -о, -и, -у, -э unchanged in every case, declines a man's
surname in a consonant and names in unstressed -а/-я. The declension table of unknown words
(``lexicons/name_endings.tsv``) cannot tell "Сакамаки" (a Japanese surname, as written) from the
genitive of an invented Сакамака, nor "Чолаку" (Romanian -у) from the dative of a Чолак: what tells
them apart is where the name comes from, since each people's names end in some of these endings and
not in others (Japanese names end in a vowel or -н; Hungarian men's surnames often in a consonant,
so "Орбану" is of Орбан; Finnish has no surname in a double consonant).

A mention's origin (:func:`mention_origins`) comes from its own words first: the people of its first
name (``lexicons/name_origins.tsv``, kind ``first``, and ``lexicons/name_foreign_first_names.tsv``;
not a word that is also a case of another known name), a surname ending of one origin (kind ``end``:
-еску, -швили, -нен) or opening (kind ``start``: the Bantu prenasalized stops of Мбеки, Ндлову); else
from a word of nationality or country in its clause (kind ``cue``: "японский", "венгерского", "из
Бразилии"; :func:`origin_cue`, read by :func:`rufacts.entities.names_group.group_persons`), and not
beside a common Russian first name. The origin then weighs the readings of each word by the table of
``lexicons/name_origin_declension.tsv`` (:func:`origin_readings`): a word in an ending its origin
keeps stands as written, the table's guesses of another nominative dropped; a surname the table
guesses in an end the origin's names never have is dropped (not by a cue across a verb, which says
less of who the person is); a case of a first name of the origin that the surname's ending or the
name's own phrase says outweighs another people's name spelt alike ("румынской гимнастке Анке": Анка).
The dictionary's own readings and the lexicons' names (weight 1 and more) are never dropped, and a
word the dictionary knows as a case of another name ("Дану": Дан) keeps it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from ..grammars.morph import Morph
from ..lexicons import load_list, load_rows
from .doc_words import any_between, in_hand, lower_index, per_doc
from .first_names import COMMON, _fold, name_class
from .geo import lemma_positions
from .name_foreign_first import _forms, first_name_peoples, foreign_first_forms
from .name_lusophone import GERMANIC  # the hint of a German or Dutch particle before the surname
from .name_germanic_oblique import germanic_oblique
from .name_hispanic import iberian_given
from .name_table_readings import CASES, Reading
from .name_vowel_i import surname_vowel_i


PREFIX = "origin:"  # a cue in the hints of a mention: "origin:japanese"
FAR = "origin-far:"  # ... of a cue across a verb or a comma
PHRASE = frozenset({"NOUN", "ADJ", "PROPN", "DET", "NUM"})  # the words of the name's own phrase
REACH = 12  # tokens before the mention a cue word may stand at, within its sentence
AFTER = 5  # ... and after it ("Хироки Сакамаки, японский инженер")
KEPT = 0.55  # a word standing as written by its origin: above the table's guesses (0.45-0.5)
ORIGIN_FIRST = 1.3  # a case of a first name of the mention's origin: above another lexicon's name (1.2)
WRITTEN_TIE = 0.02  # a listed name as written by the origin its context says: above a case of its neighbour
LISTED = 1.0  # a listed first name as written by its own origin only: as the dictionary's names
# endings of a Russian surname or patronymic in a case, never read by origin ("Петрову", "Ивановичу")
RUSSIAN_FORMS = re.compile(r"(ов|ев|ёв|ин|ын|ск|цк|ович|евич|овн|евн)(а|у|ым|ой|ом|е|ых|ого|ому|ую)?$"
                           r"|[бвгджзклмнпрстфхцчшщ](ого|его)$")  # ... and an adjective's genitive ("Грубого")
# ... but not of a word opening in a nasal before another consonant no Russian word opens in (the
# prenasalized stops of Bantu names: "Тхабо Ндлову" is Ндлову, no dative of a Ндлов; Мбеки, Нкоси)
NOT_RUSSIAN_ONSET = re.compile(r"^(н[бвгджзкпстфхцчшщ]|м[бп])")
# first names' peoples whose own surnames open in a Bantu opening but may end in a consonant (Wolof and
# Serer: "Мамаду Ндонга" is of Ндонг, Ндур): beside them the opening's finals do not bind the surname
SHARED_OPENINGS = frozenset({"west-african"})


@dataclass(frozen=True)
class Declension:
    """How the names of one origin decline, for one role."""
    origin: str
    role: str  # first, last or *
    keep: Optional[re.Pattern]  # endings that stand as written
    not_keep: Optional[re.Pattern]
    finals: Optional[re.Pattern]  # the ends a nominative may have (None: any)
    listed: Optional[re.Pattern] = None  # ends in which a listed first name stands as written ("Симоне")

    def kept(self, word: str) -> bool:
        return self.keep is not None and bool(self.keep.search(word)) and not (
            self.not_keep is not None and self.not_keep.search(word)) or self.given_surname(word)

    def given_surname(self, word: str) -> bool:
        """A surname spelt as a listed given name of the origin, in an ending its row lists: it stands
        (an Ethiopian's second name is the father's given name: "Хайле Кебеде", not of a Кебеда)."""
        return self.role == "last" and self.listed is not None and bool(self.listed.search(word)) \
            and self.origin in listed_origins(word)

    def possible(self, nominative: str) -> bool:
        return self.finals is None or bool(self.finals.search(nominative))


def _pattern(cell: str) -> Optional[re.Pattern]:
    return None if cell == "-" else re.compile(cell)


@lru_cache(maxsize=1)
def _declensions() -> dict[tuple[str, str], Declension]:
    out = {}
    for origin, role, keep, not_keep, finals, *listed in load_rows("name_origin_declension.tsv"):
        for r in (("first", "last") if role == "*" else (role,)):
            out[origin, r] = Declension(origin, r, _pattern(keep), _pattern(not_keep), _pattern(finals),
                                        _pattern(listed[0]) if listed else None)
    return out


@lru_cache(maxsize=1)
def _origins() -> tuple[dict[str, str], tuple[tuple[str, str], ...], dict[str, frozenset[str]]]:
    """(cue lemma -> origin, ((surname ending, origin), ...) longest first, first name -> origins)."""
    cues, ends, firsts = {}, [], {}
    for word, kind, origin, *_gender in load_rows("name_origins.tsv"):
        low = _fold(word)
        if kind == "cue":
            cues[low] = origin
        elif kind == "end":
            ends.append((low, origin))
        elif kind == "start":  # an opening, matched as "^мб"
            ends.append(("^" + low, origin))
        else:
            firsts.setdefault(low, set()).add(origin)
    return cues, tuple(sorted(ends, key=lambda e: -len(e[0]))), {k: frozenset(v) for k, v in firsts.items()}


@lru_cache(maxsize=1)
def _first_forms() -> dict[str, tuple[tuple[str, str, str, str], ...]]:
    """form -> ((case, gender, nominative, origin), ...) of the first names of name_origins.tsv,
    declined by the class of their ending (:func:`rufacts.entities.name_foreign_first._forms`)."""
    out: dict[str, list] = {}
    for word, kind, origin, *gender in load_rows("name_origins.tsv"):
        if kind == "first":
            for form, case in _forms(word, gender[0]):
                out.setdefault(form.replace("ё", "е"), []).append((case, gender[0], word.lower(), origin))
    return {k: tuple(v) for k, v in out.items()}


def first_forms(form: str) -> tuple[tuple[str, str, str, str], ...]:
    """((case, gender, nominative, origin), ...) of a first name's form (ё read as е) in name_origins.tsv."""
    return _first_forms().get(form.replace("ё", "е"), ())


def surname_endings() -> tuple[tuple[str, str], ...]:
    """((surname ending, origin), ...) of name_origins.tsv, longest first ("^"-marked: an opening)."""
    return _origins()[1]


# first name lists of one origin each, read as written ("Симоне", "Джузеппе")
ORIGIN_LISTS = (("italian", "italian_first_names.txt"),)


def first_origins(name: str) -> frozenset[str]:
    """The origins of a first name (nominative): name_origins.tsv's, the people of
    name_foreign_first_names.tsv, else the lists of ``ORIGIN_LISTS`` (not for a common name of
    lexicons/first_names.tsv: Эмма, Вероника)."""
    low = _fold(name)
    listed = _origins()[2].get(low, frozenset()) | first_name_peoples(low)
    if listed or name_class(low, None, True) >= COMMON:
        return listed  # (a name the lists share with other peoples gives none of theirs: Лука, Марко, Пьер)
    return frozenset(origin for origin, name_list in ORIGIN_LISTS if low in load_list(name_list))


def listed_origins(name: str) -> frozenset[str]:
    """The origins the peoples lexicons list a first name (nominative) of: name_origins.tsv's and the
    people of name_foreign_first_names.tsv (not the broader lists of ``ORIGIN_LISTS``)."""
    low = _fold(name)
    return _origins()[2].get(low, frozenset()) | first_name_peoples(low)


def listed_as_written(word: str) -> frozenset[str]:
    """The origins whose listed first name ``word`` is, in an ending their row of
    name_origin_declension.tsv has stand as written even where the dictionary reads the word as a
    case of another name (Italian "Симоне", "Габриэле": not of Симона, Габриэла)."""
    low = _fold(word)
    rows = _declensions()
    return frozenset(p for p in first_origins(low) if (p, "first") in rows and rows[p, "first"].listed is not None
                     and rows[p, "first"].listed.search(low))


def _known(origin: str) -> bool:
    return (origin, "first") in _declensions() or (origin, "last") in _declensions()


def origin_cue(span) -> frozenset[str]:
    """The origin a word of nationality or country in the mention's sentence says: the nearest one
    before it (up to ``REACH`` tokens), else one just after it; as a hint ``origin:<class>`` where it is
    in the name's own phrase (only nouns and adjectives between: "румынской гимнастке", "нападающий
    сборной Японии"), ``origin-far:<class>`` across a verb or a comma ("Японский производитель назначил
    главой подразделения ...": it says less of who the person is)."""
    cues = _origins()[0]
    doc = span.doc
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    if in_hand(doc):  # the entity step: a cue word in reach, else none is found below
        cued = per_doc(doc, "origin cues", _cue_positions)
        if not any_between(cued, max(sent.start, span.start - REACH), span.start) \
                and not any_between(cued, span.end, min(sent.end, span.end + AFTER)):
            return frozenset()
    before = list(range(span.start - 1, max(sent.start, span.start - REACH) - 1, -1))
    after = list(range(span.end, min(sent.end, span.end + AFTER)))
    for order in (before, after):
        near = True
        for i in order:
            token = doc[i]
            for form in (token.lemma_.lower(), token.lower_):
                origin = cues.get(form.replace("ё", "е"))
                if origin is not None:
                    return frozenset({(PREFIX if near else FAR) + origin})
            if token.pos_ not in PHRASE and not (order is after and token.text == "," and i == span.end):
                near = False
    return frozenset()


def _cue_positions(doc) -> list[int]:
    """The tokens whose lemma or lower-case text (ё as е) is a cue word of :func:`origin_cue`."""
    cues = _origins()[0]
    lowers = [i for low, positions in lower_index(doc).items() if low.replace("ё", "е") in cues
              for i in positions]  # lower_positions(doc, cues, folded=True), without its folded index
    return sorted(set(lemma_positions(doc, lambda lemma: lemma.replace("ё", "е") in cues)) | set(lowers))


def _first_word_origins(word: str, readings: Sequence) -> set[str]:
    """The origins of a first name written as ``word`` (as written, or a case of one listed name): none
    where it may be a case of names of several peoples ("Кайсе": Кайс, Arab, or Кайса, Finnish)."""
    low = _fold(word)
    listed = {p for p in first_origins(low) if _known(p)}
    if listed:  # (not a case of another known name too: "Ханне", a Danish name and Ханна's dative)
        return set(listed_as_written(low)) if any(r.weight >= 1.0 and r.nominative != low for r in readings) else listed
    names = {name for _c, _g, name, _o in _first_forms().get(low, ())} | {
        name for _c, _g, name in foreign_first_forms(low)} | {
        r.nominative for r in readings if r.role == "first" and r.weight >= 1.0}
    origins = {name: {p for p in first_origins(name) if _known(p)} for name in names}
    # (two names besides the word as written: only where the one of no origin is a rare name, "Иону": the
    # Romanian Ион's dative, or the accusative of a rare Иона; "Дорину": Дорин, or a rare Дорина)
    if len({name for name, o in origins.items() if o}) != 1 or len([n for n in names if n != low]) > 1 and any(
            not o and name_class(name, None, True) >= COMMON for name, o in origins.items()):
        return set()
    return next(o for o in origins.values() if o)


@dataclass(frozen=True)
class Origins:
    """A mention's origins: ``all`` weigh which endings stand; ``context`` (its surname's ending, a cue
    in its phrase) also weigh its first name's cases; ``strong`` ones (not a cue across a verb) drop
    nominatives the origin's names never end in."""
    all: frozenset[str]
    context: frozenset[str]
    strong: bool
    own: frozenset[str] = frozenset()  # the origins of the surname's own ending or opening


NONE = Origins(frozenset(), frozenset(), False)


def _cue(cases: frozenset[str], prefix: str) -> frozenset[str]:
    return frozenset(c[len(prefix):] for c in cases if c.startswith(prefix) and _known(c[len(prefix):]))


def _ends_in(word: str, end: str) -> bool:
    """A surname ending of one origin in the word as written ("Корхонен", -нен; not in a case:
    "Ханну Лехтонену" would read Ханну as Ханна's accusative), or an opening marked ^ ("^мб")."""
    return word.startswith(end[1:]) if end.startswith("^") else word.endswith(end)


def mention_origins(full: Sequence[str], readings: Sequence, cases: frozenset[str]) -> Origins:
    """The origins of a mention: its first name's people and its surname's ending class, else the
    clause's cue (not beside a Russian first name: "японский посол Николай ...")."""
    first = _first_word_origins(full[0], readings[0]) if len(full) > 1 else set()
    if not first and len(full) > 1 and full[-1][-1:].lower() in "иоэ":
        # a listed first name as written that is also a case of another name ("Фатеме", Persian, and
        # Фатема's dative) still says which of the surname's endings stand ("Фатеме Рахими", not Рахимя)
        first = {p for p in first_origins(full[0]) if _known(p)}
    last = full[-1].lower()
    ending = {origin for end, origin in _origins()[1] if len(last) > len(end) + 1 and _ends_in(last, end)}
    near, far = _cue(cases, PREFIX), _cue(cases, FAR)
    if len(first) > 1 and first & (near | far):  # "Штефана Раду ... у бухарестской": Штефан, Czech or Romanian
        first = first & (near | far)  # as the clause's cue says (Раду stands as written)
    # a surname in -у its first name's origin keeps as written says that origin as its ending would, for a
    # first name in -а, a man's genitive or a woman's name ("Марчела Чолаку": a Romanian's genitive, Марчел,
    # not the woman's Марчела the dictionary reads; not "об Иоане Морару", whose case a cue of her decides)
    kept = {o for o in first if last.endswith("у") and full[0].lower().endswith("а")
            and (o, "last") in _declensions() and _declensions()[o, "last"].kept(last)
            and not RUSSIAN_FORMS.search(last)} if len(full) > 1 else set()
    if first or ending:
        return Origins(frozenset(first | ending), frozenset(ending | kept) | (near & (first | ending)), True,
                       frozenset(ending) if not first & SHARED_OPENINGS else frozenset())
    if len(full) > 1 and any(r.role == "first" and r.weight >= 1.0 and name_class(r.nominative, r.gender, True) >= COMMON
                             for r in readings[0]):
        return NONE
    if near:
        return Origins(near, near, True)
    return Origins(far, frozenset(), False) if far else NONE


def _word(word: str, rs: Sequence, role: str, origins: frozenset[str], strong: bool, known: bool,
          agree: frozenset[str] = frozenset(), own: frozenset[str] = frozenset()) -> tuple:
    """One word's readings weighed by the declensions of its origins (all of them must agree);
    ``agree``: the cases the first name before a surname surely stands in."""
    low = word.lower()
    rows = [_declensions().get((o, role)) for o in origins]
    if not rows or None in rows or (RUSSIAN_FORMS.search(low) and not NOT_RUSSIAN_ONSET.search(low)) or "-" in low:
        return tuple(rs)
    # (not a word the dictionary has as a case of another name of that role, or of a name it ends on:
    # "Дану" is of Дан; "Бежану" no accusative of a woman's Бежана)
    # (nor, in the surname's place, the case of a listed Spanish or Portuguese given name in a consonant: the
    # second name of "Винисиусу Жуниору", of Жуниор)
    named = role == "last" and any(r.role == "first" and r.nominative == low[:-1] and iberian_given(r.nominative) for r in rs)
    if all(d.kept(low) for d in rows) and not named and not (known and any(
            r.weight >= 1.0 and r.nominative != low and (r.role == role or low.startswith(r.nominative)) for r in rs)):
        kept = [r for r in rs if not (r.weight < 1.0 and r.nominative != low)]
        have = {(r.role, r.case) for r in kept if r.nominative == low}
        kept += [Reading(role, case, None, low, KEPT) for case in CASES if (role, case) not in have]
        return tuple(kept)
    if all(d.keep is not None and d.keep.search(low) for d in rows) and not any(d.kept(low) for d in rows) \
            and not low.endswith("у"):
        # an ending the origin's row names a case, not a nominative: not the word as written where the
        # table only guesses so ("Кьяре Пеццоле": Italian -оле is of Пеццола; "Гахарии": of Гахария).
        # Not an -у: a row keeps -у where the people's own surnames end in it (Romanian Русу, Лупу;
        # Portuguese -о written -у), and its exceptions only withhold that boost from a stem of another
        # people ("Йоханнису", of Йоханнис), whose case the table reads above the word as written anyway;
        # a Moldovan "Иона Русу" stands as written
        # (but the parts of one name agree in case: where no case of another nominative is one the first
        # name stands in, the word as written stays in those: "Исайяс Афеверки", not of an Афеверка)
        other = {r.case for r in rs if r.role == role and r.nominative != low}
        stay = agree if not other & agree else frozenset()
        cased = tuple(r for r in rs if not (r.weight < 1.0 and r.nominative == low and r.role == role
                                            and r.case not in stay))
        if any(r.role == role for r in cased):
            rs = cased
    if not strong:
        return tuple(rs)
    # (the finals of the surname's own ending or opening bind whatever its first name's people allow:
    # "Хамиси Мбаруку", Swahili by its first name, is Bantu by its "мб", no dative of an Мбарук)
    owned = [d for d in rows if d.origin in own and d.finals is not None]
    out = [r for r in rs if not (r.weight < 1.0 and r.nominative != low and r.role == role
                                 and not (all(d.possible(r.nominative) for d in owned) if owned
                                          else any(d.possible(r.nominative) for d in rows)))]
    return tuple(out) if any(r.role == role for r in out) else tuple(rs)


def origin_readings(morph: Morph, full: Sequence[str], readings: list, cases: frozenset[str]) -> list:
    """The readings of each word of a mention weighed by the mention's origin: the first word of a
    name of two or more as a first name, the last word (or a lone word) as a surname."""
    readings = surname_vowel_i(full, readings)  # "Собослаи", "Мулиадьи": no case of a Собослая, whatever its origin
    origins = mention_origins(full, readings, cases)
    if not origins.all or GERMANIC in cases:  # "Маркусу фон Дитфурту": a German name
        return readings
    out = list(readings)
    if len(full) > 1:
        # a case of a listed first name of the origin its context says outweighs a name of another
        # people spelt alike ("румынской гимнастке Анке ...": Анка, not the Dutch Анке; "Марчелу":
        # Марчел, not Марчела); not by the first name's own origin ("Эдуарду Тяну": Эдуард)
        low = _fold(full[0])
        own = [Reading("first", case, gender, name, ORIGIN_FIRST) for case, gender, name in foreign_first_forms(low)
               if first_name_peoples(name) & origins.context]
        own += [Reading("first", case, gender, name, ORIGIN_FIRST) for case, gender, name, origin
                in _first_forms().get(low, ()) if origin in origins.context]
        if any(r.weight >= 1.0 and r.nominative != low for r in out[0]):
            # not the word as written where it is also a case of another known name ("Ханне Ульссон":
            # Ханна's dative before the Danish Ханне)
            own = [r for r in own if r.nominative != low]
        # ... unless its origin's row has such listed names stand as written: by the origin its context
        # says above the other name's case, by its own a little below it, for a case or gender cue to
        # decide ("Клуб подписал контракт с Габриэле ...": not of Габриэла)
        written = listed_as_written(low) & origins.all
        # (or where nothing reads it as a name: "Вопке Хукстре", not the dative of a guessed Вопка)
        if written and (any(r.weight >= 1.0 and r.nominative != low for r in out[0])
                        or not any(r.role == "first" and r.weight >= 1.0 for r in out[0])):
            weight = ORIGIN_FIRST + WRITTEN_TIE if written & origins.context else LISTED
            # with its listed gender, which the other name's case has too ("гражданке Эстонии Кайе Ряэтс": the
            # Estonian Кайе as written, not the dative of the Estonian Кайя)
            genders = {g for _c, g, n, o in _first_forms().get(low, ()) if n == low and o in written}
            gender = next(iter(genders)) if len(genders) == 1 else None
            own += [Reading("first", case, gender, low, weight) for case in CASES]
        out[0] = _word(full[0], tuple(out[0]) + tuple(own), "first", origins.all, origins.strong,
                       morph.is_known(full[0]))
    if len(full) > 1 and listed_as_written(full[0]) and any(
            r.role == "first" and r.weight >= 1.0 and r.nominative != _fold(full[0]) for r in readings[0]):
        # a first name that is both a listed name as written and a case of another name ("о Даниэле
        # Ортеге": the Italian Даниэле, or Даниэль's prepositional) says no origin of the surname's
        # endings: the surname's own ending and the clause's cue do, and its case decides the first name
        # (but a surname in -и, -о, -у, -э, which no case of the first name's changes, still reads by the
        # first name's origin: "Георге Чолаку", Romanian, as written, not of a Чолак)
        if full[-1][-1:].lower() not in "иоуэ" or not listed_as_written(full[0]) & origins.all:
            origins = mention_origins(full[-1:], readings[-1:], cases)
            if not origins.all:
                return out
    if len(full) > 1 and not origins.context and germanic_oblique(full[-1]):
        return out  # "Лукасом Хенгстбергом": a German stem's case, whatever people a shared first name says
    agree = frozenset(r.case for r in out[0] if r.role == "first" and r.weight >= 1.0) if len(full) > 1 else frozenset()
    out[-1] = _word(full[-1], out[-1], "last", origins.all, origins.strong, morph.is_known(full[-1]), agree,
                    origins.own)
    return out
