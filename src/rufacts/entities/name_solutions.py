"""Readings of a whole person name scored (:func:`_solutions`): the orders of name parts a name
of its words may have ("first last", "last first", a first name and two surnames ...), each order in
every case and gender, the readings of its words summed with the order's prior and the context's
hints (the case a preposition governs, the gender of a verb, a pronoun or an apposition); read by
:func:`rufacts.entities.names.analyze_name`."""
from __future__ import annotations

from typing import Optional

from ..grammars.letters import CONSONANTS
from ..lexicons import load_list
from .first_names import name_class
from .name_foreign_first import first_name_peoples, foreign_first_forms
from .name_hispanic import given_and_two_surnames, iberian_given, iberian_given_word
from .name_slavic_first import south_slavic_given
from .name_readings import CASES, GENDERS, LEXICON, Reading

HINT = 0.3  # weight of the context's hint of a case (the case a preposition governs)
# a nominative reading of the gender of the verb the mention is the subject of ("Джорджа
# Мелони заявила"): agreement of subject and verb outweighs a dictionary's other reading
SUBJECT = 1.0
VERB_AFTER = "verb_after"  # a case hint's mark: the name is the subject of the verb right after it
NO_LOCT = 0.3  # a prepositional reading with no preposition before the name that governs it
AGREE = 0.3  # a reading of the case and gender of an apposition after the name
# a reading in a case other than the nominative where the clause's shape leaves the name no other
# ("Эту должность занимает X", "X, генеральный директор ..., рассказала": entities/name_subject_clause.py)
NOT_NOMINATIVE = 1.0
# a nominative reading of a name that depends on an inanimate plural noun after its preposition ("из
# объяснений К. Д. Сомина": Сомин's genitive; entities/name_genitive_dependent.py)
DEPENDENT = 0.6  # over a verb-after subject hint (HINT), as firm as the construction
PRONOUN = 0.1  # the gender of a pronoun after the name in its sentence ("об Адриане Лиме ... о её детстве")
PREDICATIVE = 0.3  # the gender of an instrumental adjective right after the name (entities/name_predicative.py)
# a reading of the other gender than a past-tense verb right before the name that has no other subject
# before it in its sentence ("Концерт дала Саяна Хомушку", not a man's accusative: entities/name_verb_agreement.py)
SUBJECT_ALONE = 1.0
# a reading of the other gender than the patronymic particle's ("Айгюн Физули кызы Садыховой": a woman's,
# though the dictionary reads Айгюн as a man's; entities/name_particles.py)
PARTICLE_GENDER = 1.0
OTHER_GENDER = {"masc": "femn", "femn": "masc"}
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
UNCHANGED_ENDS = "уо"  # Portuguese surnames in -у (Лобату, Машаду) and Spanish ones in -о stand unchanged
RUSSIAN_DATIVES = ("ому", "ему", "ову", "еву", "ёву", "ину", "ыну")  # ... not a Russian surname's dative
OVERT_CASES = ("gent", "datv", "ablt", "loct")
FOREIGN_UNCHANGED = "еиоэ"  # the ends of a foreign word that stands as written (not -у: "Луизу Фернанду")  # a case no -у of a name in -а also spells
# "Абдель Фаттаха ас-Сиси": a first word of lexicons/name_compound_first.txt ("Абд аль-")
# makes one first name with the word after it
COMPOUND_FIRST = ((("first", "first", "last"), 0.0),)
# "Ясин Абу Хайдар": a first word of lexicons/name_arabic_heads.txt in the middle opens the surname
ARABIC_HEAD_SURNAME = ((("first", "last", "last"), 0.0),)


# "Кайсом Саидом", "Мукешем Кумаром": a surname the declension table only guesses does not come
# before a first name (the inverted order is a Russian surname's, which the dictionary knows)
GUESSED_INVERSION = 1.0
# "Хамзы Абдулкарима": an Arab, Persian or Turkish given name first stays the first name, though the
# dictionary has it as a surname too (the father's name is the surname, itself a given name)
EASTERN_PEOPLES = frozenset({"iranian-arab", "turkish"})
GUESSED_FIRST_INVERSION = 0.5
NO_PATRONYMIC = 1.0
GUESS = 0.5  # the table's weight of a bare consonant-stem guess

# a second first name in a patronymic's place ("Реджепом Тайипом Эрдоганом") is put in the
# nominative, yet weighs as little as a word no reading fits: it decides no reading
SECOND_FIRST = -0.99
SECOND_AGREES = 0.1
# a surname before a first name where the word read as the surname is a common first name
# (lexicons/first_names.tsv class 2 or 3) at least as common as the other: "Карлос Симон", "Аарон
# Пол" are given name first, as the press writes foreign names; an inverted name has a surname first
COMMON_FIRST = 2
COMMON_FIRST_INVERSION = 1.0
# a first name alone after an office ("Вице-президент Гор"), where no lexicon lists it as a common
# first name: the surname (entities/name_office_surname.py)
OFFICE_FIRST = 1.0
# a name of one word right after a title that goes with a given name ("Шейх Тамим", "король Карл", a monastic
# rank: "архиепископ Пахомий") is the given name: its surname reading pays this (entities/name_office_surname.py;
# one lever for the penalty of the surname and the bonus of the given name two helpers wrote apart, 1.0 + 0.5)
TITLE_FIRST = 1.5
# a name of one word whose first-name reading is only a foreign people's name (lexicons/name_foreign_first_names.tsv;
# not of first_names.tsv nor of the peoples of Russia): the press names a foreigner alone by the surname ("При
# Вагнере", Wagner, which the dictionary also has as a Brazilian given name); not "Зелимхан", "Савватий", "Эрик"
LONE_FOREIGN_FIRST = 1.0
# ... nor does a foreigner so named carry a Russian patronymic: "Вукашину Петровичу" is a Serbian first name and
# surname (Вукашин Петрович), not a first name and patronymic
FOREIGN_PATRONYMIC = 1.0
def _foreign_first(word: str, nominative: str, gender: str) -> bool:
    """``word`` is a form of a listed foreign first name ``nominative`` of ``gender``: a foreign name of two
    given names (an Ethiopian's father's name, a surname that is also a given name: Вильсон, Гирма) is written
    given name first, as the press writes foreign names."""
    return any(n == nominative for _c, _g, n in foreign_first_forms(word))


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
    known = [r for r in readings.get(("first", case), ()) if r.weight >= 1.0]
    return max((r for r in known if r.nominative[-1:] in INDECLINABLE_ENDS and any(
                    q.nominative == r.nominative for q in readings.get(("first", "nomn"), ()))),
               key=lambda r: r.weight, default=None) or max(
        # ... else a known name of the other gender declined in this case ("Хосе Марии Сантосу": a man's
        # Хосе Мария, the second given name a woman's, declined as hers)
        known, key=lambda r: r.weight, default=best)


def _orders(words: list[str], readings: list[list[Reading]]) -> tuple:
    """The orders of name parts (with their priors) a name of these words may have."""
    orders = ORDERS.get(len(words), ())
    if len(words) != 3:
        return orders
    if words[0].lower() in load_list("name_compound_first.txt"):
        return COMPOUND_FIRST
    if words[1].lower() in load_list("name_arabic_heads.txt"):
        return ARABIC_HEAD_SURNAME
    if given_and_two_surnames(words, readings):  # "Мигеля Охеды Сальседо"
        return orders + ((TWO_SURNAMES[0], 0.0),)
    if iberian_given_word(words[1], ()) and any(r.role == "first" and r.weight >= 1.0 for r in readings[0]):
        return orders  # two listed given names: one compound given name ("Серхио Дарио", "Луис Альберто")
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
    if not any(r.role == "middle" or r.role == "first" and (r.weight >= 1.0 or _listed_first(r.nominative))
               for r in readings[1]) and any(
            r.role == "last" and r.case in OVERT_CASES and r.nominative.endswith("а") and not _listed_first(r.nominative)
            for r in readings[1]) \
            and words[2][-1:].lower() in UNCHANGED_ENDS and not words[2].lower().endswith(RUSSIAN_DATIVES):
        # ... or a word no first name reads declined as one in -а before a last word that stands
        # unchanged in -у/-о in that case: a Portuguese pair of surnames, of which the first declines
        # ("Жулианы Силвы Машаду": Силва Машаду)
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
    if words[1][-1:].lower() in CONSONANTS and not any(r.weight >= 1.0 for r in readings[1]) \
            and any(r.role == "first" and r.gender == "femn" and r.case != "nomn" and r.weight >= 1.0
                    for r in readings[0]):
        # after a woman's first name in a case, a word in a consonant the dictionary lacks stands
        # unchanged as a surname ("о Клаудии Шейнбаум Пардо")
        return orders + (TWO_SURNAMES,)
    return orders


def _listed_first(nominative: str) -> bool:
    """A first name of the first-name lexicons ("Фернанда": a second given name, not a surname)."""
    return bool(name_class(nominative, None)) or iberian_given(nominative)


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
    if _orders(words, readings) == ARABIC_HEAD_SURNAME:
        # "Абу", "Абдель" opening the surname stand as written in every case, whoever reads the words
        # (names.analyze_name, and the case split of a span: "с Тареком Абдель Каримом" is one name in
        # the instrumental, not "Тареком" + a nominative "Абдель Каримом")
        readings = list(readings)
        readings[1] = tuple(Reading("last", c, None, words[1].lower(), LEXICON) for c in CASES)
    indexed = []
    for rs in readings:
        by_role_case: dict = {}
        for r in rs:
            by_role_case.setdefault((r.role, r.case), []).append(r)
        indexed.append(by_role_case)
    # the genders the dictionary knows each word as a first name of ("Арине": Арина's; "Абена": Абен's)
    known_first = [{r.gender for r in rs if r.role == "first" and r.gender and r.weight >= 1.0} for rs in readings]
    eastern_first = len(words) == 2 and any(first_name_peoples(n) & EASTERN_PEOPLES
                                            for _c, _g, n in foreign_first_forms(words[0]))
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
                if order == ("last", "first") and chosen[0] is not None and (chosen[0].weight <= GUESS
                                                                             or eastern_first):
                    score -= GUESSED_INVERSION
                if order == ("last", "first", "middle") and chosen[2] is None:
                    score -= NO_PATRONYMIC  # an inverted name of three words ends in a patronymic
                if order == ("last", "first") and chosen[0] is not None and chosen[1] is not None \
                        and name_class(chosen[0].nominative, gender) >= max(
                            COMMON_FIRST, name_class(chosen[1].nominative, gender)):
                    score -= COMMON_FIRST_INVERSION  # "Карлос Симон": Carlos, not a surname Карлос
                if order == ("last", "first") and chosen[0] is not None and chosen[1] is not None \
                        and _foreign_first(words[0], chosen[0].nominative, gender):
                    score -= COMMON_FIRST_INVERSION  # "о Вильсоне Пьер-Луи": two given names, the first first
                if order == ("last", "first") and chosen[0] is not None and chosen[1] is not None \
                        and iberian_given_word(words[0], readings[0]):
                    score -= COMMON_FIRST_INVERSION  # "Жорджи Амаду": a Spanish or Portuguese given name first
                if order == ("last", "first") and chosen[1] is not None and chosen[1].weight < 1.0:
                    # "Тейлор Свифт": nor a first name only guessed after a surname ("Иванов Иван":
                    # the dictionary knows the first name of a Russian name in inverted order)
                    score -= GUESSED_FIRST_INVERSION
                if gender_hint:
                    subject = f"subject:{gender_hint}"  # the verb before the name has no other subject
                    # not for a known first name taken unchanged ("Арине Рябоконь досталась": the
                    # dative of Арина, not a nominative "Арине"), unless known as the other
                    # gender's only and the verb after the name ("Абена Менса открыла": no case
                    # of Абен's, a woman's name; not "пригласила на переговоры Расмуса")
                    score += SUBJECT * (case in cases and gender == gender_hint and not any(
                        known and (gender_hint in known or not (VERB_AFTER in cases or subject in cases))
                        and role == "first"
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
                score -= NOT_NOMINATIVE * (case != "nomn" and "onlynomn" in cases)
                score -= DEPENDENT * (case == "nomn" and "notnomn" in cases)
                score += AGREE * (f"agree:{case}:{gender}" in cases)
                score -= SUBJECT_ALONE * (f"subject:{OTHER_GENDER[gender]}" in cases)
                score -= PARTICLE_GENDER * (f"particle:{OTHER_GENDER[gender]}" in cases)
                if order == ("first",) and "officelast" in cases and chosen[0] is not None \
                        and name_class(chosen[0].nominative, None) == 0:
                    score -= OFFICE_FIRST  # "Вице-президент Гор": Al Gore's surname
                # "Шейх Тамим", "архиепископ Пахомий": after its title the given name, not a surname
                score -= TITLE_FIRST * (order == ("last",) and "titlefirst" in cases and not (  # ... unless a listed
                    chosen[0] is not None and chosen[0].weight >= LEXICON and not any(  # surname no first name reads
                        r.role == "first" and r.weight >= 1.0 for r in readings[0])))  # ("шейха Насраллы", second36p)
                out.append((score, order, case, gender, chosen))
    if "titlefirst" not in cases:  # "Шейх Тамим": after its title the given name stands
        out = _foreign_first_as_surname(out, "bare" in cases)
    out.sort(key=lambda s: -s[0])
    return out


def _foreign_first_as_surname(out: list, bare: bool = False) -> list:
    """A lone first name only a foreign people's lexicon lists yields to the surname reading of
    the same word in its case and gender (LONE_FOREIGN_FIRST: "При Вагнере"), and such a first
    name with a patronymic yields to the same first name with that word as the surname
    (FOREIGN_PATRONYMIC: "Вукашину Петровичу", "Златана Ибрагимовича": a surname in -ич, as South
    Slavs write it; "Лилит Ашотовна" keeps her patronymic; so too after a South Slavic given name a
    lexicon lists as common, which no East Slav bears: "Драган Петрович",
    name_slavic_first.south_slavic_given): the yielding reading's score goes to its twin. Where no
    such twin was read ("Марте": Март is no woman's surname), the reading stands. A bare one-word name
    (entities/name_office_surname.py) yields so too where the dictionary alone knows its first name
    (:func:`_unlisted_given`: "Правительство Фиалы", "утвердил Михала")."""
    twins = {("first",): ("last",), ("first", "middle"): ("first", "last")}
    penalties = {("first",): LONE_FOREIGN_FIRST, ("first", "middle"): FOREIGN_PATRONYMIC}
    out = list(out)
    for k, (score, order, case, gender, chosen) in enumerate(out):
        if order not in twins or chosen[0] is None or not (_foreign_only(chosen[0].nominative) or (
                bare and order == ("first",) and _unlisted_given(chosen[0].nominative)) or (
                order == ("first", "middle") and south_slavic_given(chosen[0].nominative))):
            continue
        twin = twins[order]
        same_first = (lambda c: True) if order == ("first",) else (
            lambda c: c[0] is not None and c[0].nominative == chosen[0].nominative)
        found = [j for j, s in enumerate(out)
                 if s[1] == twin and s[2] == case and s[3] == gender and same_first(s[4])
                 and (order == ("first",) or (s[4][-1] is not None and s[4][-1].nominative.endswith("ич")))]
        if not found:
            continue
        j = max(found, key=lambda j: out[j][0])
        out[j] = (max(out[j][0], score),) + out[j][1:]
        out[k] = (score - penalties[order],) + out[k][1:]
    return out


def _foreign_only(nominative: str) -> bool:
    """A first name only a foreign people's lexicon lists (LONE_FOREIGN_FIRST)."""
    from .name_peoples_first import peoples_classes

    low = nominative.lower().replace("ё", "е")
    return bool(first_name_peoples(low)) and name_class(low, None, True) == 0 and not any(
        (low, g) in peoples_classes() for g in GENDERS)


# the endings of Russian given names and their pet forms, which no lexicon needs to list to be read
# alone: "Маша", "Настя", "Савватий", "Гордей"
RUSSIAN_GIVEN_ENDS = ("а", "я", "ий", "ей")


def _unlisted_given(nominative: str) -> bool:
    """A first name no lexicon lists (the dictionary's alone: Михал, Фиала, Арцруни), of no Russian
    given name's ending."""
    from .name_peoples_first import peoples_classes

    low = nominative.lower().replace("ё", "е")
    return not low.endswith(RUSSIAN_GIVEN_ENDS) and name_class(low, None) == 0 and not first_name_peoples(low) \
        and not any((low, g) in peoples_classes() for g in GENDERS)
