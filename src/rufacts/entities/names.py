"""Person names: parts (first / middle / last) and nominative forms.

A mention such as "С.Собянина", "Олафу Шольцу" or "Анны Петровны Смирновой" becomes
:class:`NameParts`. Each word gets its readings as a name part -- (role, case, gender,
nominative) -- from pymorphy3's name tags (Name/Surn/Patr) for words the dictionary
knows, from its adjective parses for adjectival surnames ("Разумовского"), and from the
declension table ``lexicons/name_endings.tsv`` for the rest (foreign names, rare
surnames). The parts of one name agree in case and gender, so the reading of the whole
mention is the (order of parts, case, gender) that its words support best. A last name
that may stand for several nominatives ("Собянина": masc. gen. of Собянин, or the fem.
Собянина) keeps them all in ``last_options``, most probable first, and clustering (see
:mod:`rufacts.components.entities`) picks the one the article agrees on. The readings of
one word are made in :mod:`rufacts.entities.name_readings`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from typing import Optional, Sequence

from ..grammars.morph import Morph, restore_case
from ..lexicons import load_list
from .name_readings import CASES, GENDERS, LEXICON, Reading, _readings
from .name_indeclinable import indeclinable_pair
from .names_asian import asian_name, east_asian_first, japanese_given, japanese_surname, russian_surname
from .name_particles import particle_name, son_of_name
from .name_female_surnames import woman_surname_e, woman_surname_oy
from .name_oy_surnames import man_surname_oy
from .name_lusophone import keep_u
from .name_initials_last import surname_beside_initials
from .name_hispanic import drop_foreign_stems, given_and_two_surnames
from .name_italian import italian_surname_e
from .name_unchanged_after import unchanged_after_declined
from .name_indian import indian_surname_a
from .name_foreign_women import woman_surname_ich
from .name_first_patronymic import man_first_in_a

# lower-case particles of a surname, kept as written before it ("фон дер Ляйен", "де Голль")
PARTICLES = frozenset({"фон", "дер", "де", "ван", "дель", "делла", "ди", "да", "дос", "ла", "ле", "бин", "ибн",
                       "бен", "дю", "ду", "дас", "тер", "цу", "эль", "аль", "ас", "аш", "ад"})
# particles also written with a capital ("Марин Ле Пен", "Роберт Де Ниро", "Хеди Бен Салем"); not "Ван", a
# Chinese and Vietnamese name
CAPITAL_PARTICLES = frozenset({"де", "ле", "ла", "дю", "ди", "да", "дель", "делла", "фон", "бен", "бин", "ибн"})
# "Винсент Ван Гог", "Ван Дейк" written with a capital: a particle after a first name, unless
# the name is Vietnamese or Chinese ("Нгуен Ван Тхиеу": a middle name)
DUTCH_PARTICLES = frozenset({"ван", "фан"})
APOSTROPHES = frozenset({"'", "’"})
INITIALS = re.compile(r"^(?:[А-ЯЁA-Z]\.)+[А-ЯЁA-Z]?\.?$")


@dataclass(frozen=True)
class NameParts:
    first: Optional[str] = None       # "Сергей" or an initial "С."
    middle: Optional[str] = None
    last: Optional[str] = None
    last_options: tuple[str, ...] = ()  # alternative nominatives of the last name
    gender: Optional[str] = None      # "masc" | "femn" | None
    # every reading of the whole mention within JOIN_MARGIN of the best, best first:
    # (score, first, middle, last, gender); the entity step weighs them over all mentions
    candidates: tuple[tuple, ...] = field(default=(), compare=False, repr=False)
    family_first: bool = False        # a Chinese or Korean name: "Си Цзиньпин"

    @property
    def name(self) -> str:
        if self.family_first:
            return " ".join(p for p in (self.last, self.first, self.middle) if p)
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    def with_last(self, last: str) -> "NameParts":
        return NameParts(self.first, self.middle, last, self.last_options, self.gender,
                         self.candidates, self.family_first)



def is_initial(word: str) -> bool:
    return len(word) == 1 and word.isalpha() and word.isupper()


def split_initials(word: str) -> list[str]:
    """'А.А.' -> ['А', 'А']; other words unchanged."""
    if INITIALS.match(word):
        return [c for c in word if c.isalpha()]
    return [word]



HINT = 0.3  # weight of the context's hint of a case (the case a preposition governs)
# a nominative reading of the gender of the verb the mention is the subject of ("Джорджа
# Мелони заявила"): agreement of subject and verb outweighs a dictionary's other reading
SUBJECT = 1.0
VERB_AFTER = "verb_after"  # a case hint's mark: the name is the subject of the verb right after it
NO_LOCT = 0.3  # a prepositional reading with no preposition before the name that governs it
AGREE = 0.3  # a reading of the case and gender of an apposition after the name
PRONOUN = 0.1  # the gender of a pronoun after the name in its sentence ("об Адриане Лиме ... о её детстве")
PREDICATIVE = 0.3  # the gender of an instrumental adjective right after the name (entities/name_predicative.py)
OPTIONS_MARGIN = 0.3  # readings of the whole name this close to the best give last_options
JOIN_MARGIN = 1.0  # readings this close to the best are candidates for the entity's name

# usual orders of name parts by count of words, with the prior of each order
ORDERS = {
    1: ((("last",), 0.0), (("first",), -0.05)),
    2: ((("first", "last"), 0.0), (("last", "first"), -0.2), (("first", "middle"), -0.1)),
    3: ((("first", "middle", "last"), 0.0), (("last", "first", "middle"), -0.1)),
    # "Андрес Мануэль Лопес Обрадор", "Хосе Луиса Родригеса Сапатеро": two first names, two surnames
    4: ((("first", "first", "last", "last"), 0.0),),
}
# three words of a Spanish-style name: a first name and two surnames ("Гонсало Фернандесом
# Морено"), where the middle word is no first name or patronymic a dictionary or lexicon knows
TWO_SURNAMES = (("first", "last", "last"), -0.5)
# ... a middle word in -ес/-ез/-ас, the Spanish patronymic surnames (Фернандес, Лопес, Гонсалес); not
# an American middle name ("Джон Фицджеральд Кеннеди")
SPANISH_SURNAME = ("ес", "ез", "эс", "ас", "ос")  # and Диас, Салас, Пелаэс
# "Абдель Фаттаха ас-Сиси": a first word of lexicons/name_compound_first.txt ("Абд аль-")
# makes one first name with the word after it
COMPOUND_FIRST = ((("first", "first", "last"), 0.0),)


# "Кайсом Саидом", "Мукешем Кумаром": a surname the declension table only guesses does not come
# before a first name (the inverted order is a Russian surname's, which the dictionary knows)
GUESSED_INVERSION = 1.0
GUESSED_FIRST_INVERSION = 0.5
NO_PATRONYMIC = 1.0
GUESS = 0.5  # the table's weight of a bare consonant-stem guess

# a second first name in a patronymic's place ("Реджепом Тайипом Эрдоганом") is put in the
# nominative, yet weighs as little as a word no reading fits: it decides no reading
SECOND_FIRST = -0.99
SECOND_AGREES = 0.1
INDECLINABLE_ENDS = "еиоэ"  # not -у, -ю: the accusative of a name in -а, -я ("Луизу Фернанду")


def _best(readings: dict, role: str, case: str, gender: str,
          second_first: bool = False) -> Optional[Reading]:
    best = None  # the first of the heaviest (as max), without a generator: the hot loop of _solutions
    for r in readings.get((role, case), ()):
        if (r.gender is None or r.gender == gender) and (best is None or r.weight > best.weight):
            best = r
    if best is None and second_first and role == "middle":  # a second first name, between two
        best = _best(readings, "first", case, gender)
        best = _fixed_second(readings, case, best)
        if best is None:
            return None
        # joins the first name ("Хуан Пабло"), unless only guessed so for a surname the
        # dictionary knows: an American middle name ("Джон Фицджеральд Кеннеди")
        surname = best.weight < 1.0 and any(r.weight >= 1.0 for r in readings.get(("last", case), ()))
        # one the dictionary or a lexicon has in this case agrees a little ("Мохаммада Резу": the
        # accusative of Реза, before a genitive no reading of "Резу" fits)
        return best._replace(weight=SECOND_FIRST + SECOND_AGREES * (best.weight >= 1.0),
                             role="middle" if surname else "first")
    return best


def _fixed_second(readings: dict, case: str, best: Optional[Reading]) -> Optional[Reading]:
    """A second given name: where no reading of the name's gender is known in this case, an
    indeclinable name of the other gender as written ("Марии Хосе": a woman's Мария Хосе, not of
    a guessed Хоса)."""
    if best is not None and best.weight >= 1.0:
        return best
    return max((r for r in readings.get(("first", case), ()) if r.weight >= 1.0
                and r.nominative[-1:] in INDECLINABLE_ENDS and any(
                    q.nominative == r.nominative for q in readings.get(("first", "nomn"), ()))),
               key=lambda r: r.weight, default=best)


def _orders(words: list[str], readings: list[list[Reading]]) -> tuple:
    """The orders of name parts (with their priors) a name of these words may have."""
    orders = ORDERS.get(len(words), ())
    if len(words) != 3:
        return orders
    if words[0].lower() in load_list("name_compound_first.txt"):
        return COMPOUND_FIRST
    if given_and_two_surnames(words, readings):  # "Мигеля Охеды Сальседо"
        return orders + ((TWO_SURNAMES[0], 0.0),)
    if _foreign_surname(words[1], readings[1]) and any(r.role == "first" for r in readings[0]):
        # a surname of lexicons/foreign_names.tsv that no first name lexicon lists ("Габриэля
        # Гарсиа Маркеса": the dictionary also tags Гарсиа, Мартинес a first name), or a word it
        # lacks in -о/-оа after a first name ("Даниэль Нобоа Асин", "Радамеля Фалькао Гарсию")
        return orders + (TWO_SURNAMES,)
    if not any(r.role in ("first", "middle") and r.weight >= 1.0 for r in readings[1]) and any(
            r.role == "last" and (r.nominative.endswith(SPANISH_SURNAME) or (
                r.weight >= 1.0 and r.nominative[-1:] in "аоеиуя")) for r in readings[1]):
        # ... or a surname the dictionary knows ending in a vowel ("Беатрис Алонсо Вега"; not
        # "Джон Фицджеральд Кеннеди")
        return orders + (TWO_SURNAMES,)
    if not any(r.role in ("first", "middle") and r.weight >= 1.0 for r in readings[1]) and any(
            r.role == "first" for r in readings[0]) and not any(
            r.role == "last" and r.weight >= 1.0 for r in readings[0]) and any(
            r.role == "last" and r.nominative[-1:] in "ао" for r in readings[1]) and any(
            r.role == "last" and r.nominative.endswith(SPANISH_SURNAME) for r in readings[2]):
        # ... or, before a Spanish patronymic surname, a word in -а/-о no first name reads, in
        # any case and after any given name but a known surname ("Хавьера Ортеги Вальдеса",
        # "Эладио Кинтана Рохас": the father's and the mother's surnames; not "Мигелем Анхелем
        # Торресом", a second first name)
        return orders + (TWO_SURNAMES,)
    if words[1][-1:].lower() in "бвгджзклмнпрстфхцчшщ" and not any(r.weight >= 1.0 for r in readings[1]) \
            and any(r.role == "first" and r.gender == "femn" and r.case != "nomn" and r.weight >= 1.0
                    for r in readings[0]):
        # after a woman's first name in a case, a word in a consonant the dictionary lacks stands
        # unchanged as a surname ("о Клаудии Шейнбаум Пардо")
        return orders + (TWO_SURNAMES,)
    return orders


def _foreign_surname(word: str, readings) -> bool:
    """The middle word of three is a foreign surname: a lexicon surname no lexicon first name
    spells, or a word the dictionary and lexicons lack ending in -о/-оа/-ао."""
    if any(r.role == "first" and r.weight >= LEXICON for r in readings):
        return False
    if any(r.role == "last" and r.weight >= LEXICON for r in readings):
        return True
    return word.lower().endswith(("о", "оа")) and not any(r.weight >= 1.0 for r in readings)


def _solutions(words: list[str], readings: list[list[Reading]], cases: frozenset[str] = frozenset(),
               gender_hint: Optional[str] = None, case_weight: float = HINT):
    """(score, order, case, gender, chosen readings) for each reading of the whole name,
    best first."""
    out = []
    indexed = []
    for rs in readings:
        by_role_case: dict = {}
        for r in rs:
            by_role_case.setdefault((r.role, r.case), []).append(r)
        indexed.append(by_role_case)
    # the genders the dictionary knows each word as a first name of ("Арине": Арина's; "Абена": Абен's)
    known_first = [{r.gender for r in rs if r.role == "first" and r.gender and r.weight >= 1.0} for rs in readings]
    for order, prior in _orders(words, readings):
        for case in CASES:
            for gender in GENDERS:
                # a second first name in the middle slot only between a first name and a surname
                # ("Карлоса Альберто Риверу" is no inverted "Карлос" + "Альберто" + patronymic)
                chosen = [_best(rs, role, case, gender, order == ("first", "middle", "last"))
                          for rs, role in zip(indexed, order)]
                if order[:2] == ("first", "first") and len(order) == 4:  # "Марии Хосе Родригес Альварес"
                    chosen[1] = _fixed_second(indexed[1], case, chosen[1])
                score = prior + sum(r.weight if r else -1.0 for r in chosen)
                if order == ("last", "first") and chosen[0] is not None and chosen[0].weight <= GUESS:
                    score -= GUESSED_INVERSION
                if order == ("last", "first", "middle") and chosen[2] is None:
                    score -= NO_PATRONYMIC  # an inverted name of three words ends in a patronymic
                if order == ("last", "first") and chosen[1] is not None and chosen[1].weight < 1.0:
                    # "Тейлор Свифт": nor a first name only guessed after a surname ("Иванов Иван":
                    # the dictionary knows the first name of a Russian name in inverted order)
                    score -= GUESSED_FIRST_INVERSION
                if gender_hint:
                    # not for a known first name taken unchanged ("Арине Рябоконь досталась": the
                    # dative of Арина, not a nominative "Арине"), unless known as the other
                    # gender's only and the verb after the name ("Абена Менса открыла": no case
                    # of Абен's, a woman's name; not "пригласила на переговоры Расмуса")
                    score += SUBJECT * (case in cases and gender == gender_hint and not any(
                        known and (gender_hint in known or VERB_AFTER not in cases) and role == "first"
                        and r is not None and r.gender is None
                        and r.nominative == word.lower()
                        for known, role, r, word in zip(known_first, order, chosen, words)))
                else:
                    # "nomn:masc": the nominative of this gender only (a verb's subject after it)
                    score += case_weight * (case in cases or f"{case}:{gender}" in cases)
                score += PRONOUN * (f"gender:{gender}" in cases)  # a pronoun after the name
                score += PREDICATIVE * (f"pred:{gender}" in cases)  # "признал ... виновной"
                # no preposition before the name that governs the prepositional; an apposition
                # after it that agrees (rufacts.entities.name_case_cues)
                score -= NO_LOCT * (case == "loct" and "noloct" in cases)
                score += AGREE * (f"agree:{case}:{gender}" in cases)
                out.append((score, order, case, gender, chosen))
    out.sort(key=lambda s: -s[0])
    return out


def _cached(analyze):
    """``analyze_name`` memoized across mentions and articles: a pure function of its
    arguments (the words as a tuple); a ``cases`` given as a set is not cached."""
    cached = lru_cache(maxsize=2_048)(lambda morph, words, *rest: analyze(morph, list(words), *rest))

    @wraps(analyze)
    def wrapper(morph, words, cases=frozenset(), gender_hint=None, case_weight=HINT):
        if not isinstance(cases, frozenset):
            return analyze(morph, words, cases, gender_hint, case_weight)
        return cached(morph, tuple(words), cases, gender_hint, case_weight)
    return wrapper


@_cached
def analyze_name(morph: Morph, words: Sequence[str], cases: frozenset[str] = frozenset(),
                 gender_hint: Optional[str] = None, case_weight: float = HINT) -> NameParts:
    """Name parts of a person mention given its words (initials with or without dots).
    ``cases`` and ``gender_hint`` are hints from the context: the cases the preposition before
    the mention governs, the gender of a verb it is the subject of; ``case_weight`` how
    much the case hint counts.

    >>> from rufacts.morph import get_morph
    >>> analyze_name(get_morph(), ["Анны", "Петровны", "Смирновой"]).name
    'Анна Петровна Смирнова'
    >>> analyze_name(get_morph(), ["Олафу", "Шольцу"]).name
    'Олаф Шольц'
    >>> analyze_name(get_morph(), ["Кисиды"], cases=frozenset({"gent"})).name
    'Кисида'
    >>> analyze_name(get_morph(), ["С", "Собянина"]).last_options
    ('Собянин', 'Собянина')
    """
    apostrophe = next((i for i, w in enumerate(words) if 1 < i < len(words) - 1 and w in APOSTROPHES
                       and len(words[i - 1]) == 1 and words[i - 1].isupper()), None)
    if apostrophe is not None:  # "Шинейд О'Коннор": О' stays before the surname as written
        inner = analyze_name(morph, list(words[:apostrophe - 1]) + list(words[apostrophe + 1:]),
                             cases, gender_hint, case_weight)
        prefix = words[apostrophe - 1] + words[apostrophe]
        if inner.last is not None and inner.last[:3].lower() == words[apostrophe + 1][:3].lower():
            return NameParts(inner.first, inner.middle, prefix + inner.last,
                             tuple(prefix + o for o in inner.last_options), inner.gender,
                             tuple((c[0], c[1], c[2], prefix + c[3] if c[3] else c[3], c[4])
                                   for c in inner.candidates))
    particle = particle_name(list(words), cases, lambda ws, c, g: analyze_name(
        morph, ws, c | {f"gender:{g}"}, gender_hint, case_weight)) or son_of_name(
        list(words), cases, lambda w: _readings(morph, w))  # "Хеди Бен Салему": Бен Салем
    if particle is not None:  # "Ильгар Тофик оглы Мамедзаде": the father's name as written
        first, middle, last, gender = particle
        return NameParts(first, middle, last, (last,), gender, ((2.0, first, middle, last, gender),))
    if len(words) == 2 and is_initial(words[1]) and words[0].lower() in load_list("east_asian_surnames.txt"):
        # "Ван И": a Chinese given name of one letter, written without a dot, is no initial
        return NameParts(words[1], None, words[0], (words[0],), None,
                         ((2.0, words[1], None, words[0], None),), family_first=True)
    words = [p for w in words if w for p in split_initials(w.rstrip(".") if INITIALS.match(w) else w)]
    compound = len(words) == 3 and words[0].lower() in load_list("name_compound_first.txt")
    particles = None if compound else next((i for i, w in enumerate(words) if i > 0 and (
        w in PARTICLES or w.lower() in CAPITAL_PARTICLES or (len(words) == 3 and i == 1 and w.lower() in load_list(
            "name_arabic_heads.txt")) or (
            w.lower() in DUTCH_PARTICLES and words[0].lower() not in east_asian_first()))),
        None)
    if particles is not None and particles < len(words) - 1:  # "Урсулы фон дер Ляйен"
        inner = analyze_name(morph, words[:particles] + words[-1:], cases, gender_hint, case_weight)
        if inner.last is not None and inner.last.split()[-1][:3].lower() == words[-1][:3].lower():
            # the particles go before the last word of the surname ("Жаира Мендеса де Алмейды":
            # Мендес де Алмейда, the first of two surnames before them)
            particle = " ".join(words[particles:-1])
            return NameParts(inner.first, inner.middle, _before_last(inner.last, particle),
                             tuple(_before_last(o, particle) for o in inner.last_options), inner.gender,
                             tuple((c[0], c[1], c[2], _before_last(c[3], particle) if c[3] else c[3], c[4])
                                   for c in inner.candidates))
    asian = asian_name(morph, words)
    if asian is not None:  # "Си Цзиньпином", "Ким Чен Ына": order as written
        given, family = asian
        return NameParts(given, None, family, (family,), None, ((2.0, given, None, family, None),),
                         family_first=True)
    initials = [w for w in words if is_initial(w)]
    full = [w for w in words if not is_initial(w)][:4]
    gender = None
    first = middle = last = None
    last_options: list[str] = []
    candidates: dict[tuple, float] = {}
    if full:
        readings = indeclinable_pair(morph, full, [_readings(morph, w) for w in full])
        readings = man_first_in_a(full, readings)  # "Бекмурзу Хаджиретовича Тлишева"
        readings = woman_surname_e(morph, full, readings)  # "Маргарите Кимовне Ланге"
        readings = woman_surname_oy(morph, full, readings)  # "с Анной Лозовой": Лозовая
        readings = man_surname_oy(full, readings)  # "Святослав Дубовой" as written
        readings = woman_surname_ich(full, readings)  # "Петры Шимунич": Шимунич
        readings = surname_beside_initials(full, initials, keep_u(full, readings, cases))  # "В. И. Далю"
        readings = drop_foreign_stems(full, readings)  # "об Андресе Фелипе Кастаньеде"
        readings = italian_surname_e(full, readings)  # "Антонио Ферранте" as written
        readings = unchanged_after_declined(full, readings)  # "с Жаном-Люком Кола": Кола
        readings = indian_surname_a(full, readings)  # "о Раджеше Мехте": Мехта
        if len(full) == 2 and japanese_given(morph, full[0], readings[0]) \
                and not russian_surname(readings[1]):  # "Фумио Кисиде": of Кисида
            # the given name stands unchanged ("Нобору Такэсите", not of Нобор)
            given = (full[0].lower(), full[0].lower()[:-1] + "й")  # "Сёхэе": of Сёхэй
            readings[0] = tuple(r for r in _readings(morph, full[0]) if r.nominative in given) or readings[0]
            readings[1] = japanese_surname(readings[1], full[0])
        if len(full) == 3 and full[0].lower() in load_list("name_compound_first.txt"):
            # "Абдель" stands as written while the word after it declines
            readings[0] = tuple(Reading("first", c, None, full[0].lower(), LEXICON) for c in CASES)
        solutions = _solutions(full, readings, cases, gender_hint, case_weight)
        score, order, case, g, chosen = solutions[0]
        first, middle, last = _parts_of(full, order, chosen)
        if any(r is not None and r.gender for r in chosen):
            gender = g
        for s in solutions:
            if s[0] < score - JOIN_MARGIN:
                break
            s_gender = s[3] if any(r is not None and r.gender for r in s[4]) else None
            s_first, s_middle, s_last = _parts_of(full, s[1], s[4])
            key = (*_with_initials(s_first, s_middle, initials), s_last, s_gender)
            candidates.setdefault(key, s[0])
        if "last" in order:
            i = order.index("last")
            for s in solutions:
                if s[1] == order and s[4][i] is not None and s[0] >= score - OPTIONS_MARGIN:
                    form = _parts_of(full, s[1], s[4])[2]
                    if form not in last_options:
                        last_options.append(form)
            if last in last_options:
                last_options.remove(last)
            last_options.insert(0, last)
            last_options = last_options[:3]
    first, middle = _with_initials(first, middle, initials)
    if not full and initials:
        candidates[(first, middle, None, None)] = 0.0
    return NameParts(first, middle, last, tuple(last_options) if last else (), gender,
                     tuple((sc, *key) for key, sc in candidates.items()))


def _before_last(last: str, particle: str) -> str:
    head, _, tail = last.rpartition(" ")
    return f"{head} {particle} {tail}" if head else f"{particle} {tail}"


def _parts_of(full: list[str], order: tuple[str, ...], chosen) -> tuple:
    """(first, middle, last) of one reading, each restored to the word's capitals."""
    parts: dict[str, str] = {}
    for word, role, r in zip(full, order, chosen):  # words of one role join: "Андрес Мануэль"
        form = restore_case(word, r.nominative) if r else word
        if role == "middle" and r is not None and r.role == "first":
            role = "first"  # a second first name: "Хуан Пабло", "Луис Альберто" (docs/gold-conventions.md)
        parts[role] = f"{parts[role]} {form}" if role in parts else form
    return parts.get("first"), parts.get("middle"), parts.get("last")


def _with_initials(first: Optional[str], middle: Optional[str], initials: list[str]) -> tuple:
    """Initials fill the first and middle name where no word did ("С. Собянин")."""
    initials = list(initials)
    if first is None and initials:
        first = initials.pop(0) + "."
    if middle is None and initials:
        middle = initials[0] + "."
    return first, middle
