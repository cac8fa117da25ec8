"""Readings of one word as a part of a person's name: (role, case, gender, nominative,
weight) from pymorphy3's name tags, its adjective and common-noun parses, the declension
table ``lexicons/name_endings.tsv`` and the foreign names of ``lexicons/foreign_names.tsv``,
first names weighed by how common they are (:mod:`rufacts.entities.first_names`).
:mod:`rufacts.entities.names` puts the readings of a mention's words together."""
from __future__ import annotations

from functools import lru_cache

from ..grammars.letters import CONSONANTS
from ..grammars.morph import Morph, inflect
from ..lexicons import load_list
from .name_adjectival import POSSESSIVE_ADJ, STRESSED_OV, _adjectival_surname, _possessive_surname
from .name_fleeting import fleeting_readings
from .name_woman_pairs import woman_counterparts
from .name_substantive import substantive_readings; from .name_soft_adjectival import soft_adjectival_readings
from .name_oy_surnames import woman_ova as _woman_ova
from .name_seniority import seniority_parts, seniority_readings
from .name_foreign_first import (BESIDE, FOREIGN_FIRST, cases_beside_other_name, cases_over_rare_other,
                                 foreign_first_forms, woman_beside_man)
from .name_peoples_first import gendered_guesses
from .name_rare_twins import rare_twins
from .name_hyphen_patronymic import hyphen_patronymic
from .name_arabic_ya import arabic_ya; from .name_written_over_rare import written_weight
from .name_foreign_double import foreign_heads, listed_both
from .first_names import FREQUENT, _fold, common_patronymic, name_class
# (CASES, GENDERS, LEXICON, Reading, _rule_readings, _foreign_names: imported from here too)
from .name_table_readings import CASES, GENDERS, Reading, _rule_readings
from .name_lexicon_readings import LEXICON, _foreign_names, _lexicon_readings

NAME_TAGS = {"Name": "first", "Patr": "middle", "Surn": "last"}
NAME_GRAMS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
NOUN_SURNAME = 0.6  # a common noun read as a surname: above the declension table's guess
FEMN_SOFT_SURNAME = 0.45  # "Рысью": a feminine noun in -ь as a man's surname, below one in -а
FEMN_NOUN_SURNAME = 0.5  # "Синица": above the table's guess of a consonant stem ("Синице": Синиц)
FIRST_AS_LAST = 0.4  # above the table's guess for a known word (halved), below a real surname
AS_WRITTEN = 1.0  # a foreign lexicon's name as written beside a case of another name (below its 1.05)
EAST_ASIAN = 0.7  # a Korean or Chinese family name (Шин, Ким, Пак) as a man's surname: above a noun's


@lru_cache(maxsize=5_000)
def _readings(morph: Morph, word: str) -> tuple[Reading, ...]:
    """Every reading of one word (a hyphenated word: the readings its parts share); the
    analyzer is one per process (``get_morph``), so the cache is keyed by the word."""
    out = frequency_readings(morph, word, _word_readings(morph, word))
    out += woman_counterparts(word, out) + substantive_readings(morph, word, out) + soft_adjectival_readings(morph, word, out)  # "Кротову": his dative, her accusative; "Портной": Портная
    out += hyphen_patronymic(word)  # "Кан-ооловича": Кан-оолович
    # "Домагоем": Домагой (by people); not a word the dictionary has as a name or a surname ("Бойко")
    if not any(r.role in ("first", "last") and r.weight >= 1.0 and not listed_both(word, r) for r in out):
        out += [Reading("first", case, gender, nominative, FOREIGN_FIRST)
                for case, gender, nominative in foreign_first_forms(word)]
    elif not any(r.role == "last" and r.weight >= 1.0 for r in out):
        # ... nor one it has as a first name of the other gender only: the lexicon's gender ("Амруллы":
        # the dictionary's woman's Амрулла, an Afghan man's name)
        known = {(r.nominative, r.gender) for r in out if r.role == "first" and r.weight >= 1.0}
        names = {n for n, _g in known}
        out += [Reading("first", case, gender, nominative, FOREIGN_FIRST)
                for case, gender, nominative in foreign_first_forms(word)
                if nominative in names and (nominative, gender) not in known]
        out += [Reading("first", case, gender, nominative, BESIDE)  # "Николу": Никола's, not only Никол's
                for case, gender, nominative in cases_beside_other_name(word, known)
                + woman_beside_man(word, known)]  # "Родика": the Romanian woman's, beside a man's Родик's case
        out += [Reading("first", case, gender, nominative, weight)  # "Кирану": Киран's, not only Кирана's
                for case, gender, nominative, weight in cases_over_rare_other(
                    word, [r for r in out if r.role == "first" and r.weight >= 1.0])]
        # ... and a listed name spelt as written that the dictionary reads as a case of another name
        # ("Фатеме", Persian, beside Фатема's dative): a little below it, so the slot's case decides.
        # Only a name that stands unchanged in every case (Rosenthal: a woman's name in -е, -и, -о);
        # a declinable one as written is only its nominative, and the dictionary's case of a Russian
        # name stands ("Надежда Ивана Фёдорова": Иван's genitive, not the Croatian Ивана)
        low = word.lower().replace("ё", "е")
        written = [(case, gender, nominative) for case, gender, nominative in foreign_first_forms(word)
                   if nominative == low]
        if any(case != "nomn" for case, _g, _n in written) \
                and not any(r.role == "first" and r.nominative == low and r.weight >= 1.0 for r in out):
            out += [Reading("first", case, gender, nominative, written_weight(out, low, AS_WRITTEN)) for case, gender, nominative in written]
    return tuple(_soft_listed(rare_twins(out)))  # "Эдуарду": Эдуард's, not the rare Эдуарда's


def _soft_listed(readings: list[Reading]) -> list[Reading]:
    """Where a first name in -ль (or another soft sign) is read firmly, by the dictionary or a lexicon
    ("Джамиль", "Набиль": an Arabic name in -l), a guess of the same name without the soft sign is
    dropped, as a first name and as the surname it gives ("о генерале Тарике Джамиле": Джамиль)."""
    soft = {(r.case, r.nominative[:-1]) for r in readings
            if r.role == "first" and r.nominative.endswith("ь") and r.weight >= 1.0}
    if not soft:
        return readings
    return [r for r in readings if not (r.role in ("first", "last") and r.weight < 1.0 and (r.case, r.nominative) in soft)]


def frequency_readings(morph: Morph, word: str, readings: list[Reading]) -> list[Reading]:
    """``readings`` with first names weighed by how common they are, and the readings a
    listed name the dictionary tags only otherwise, or a rare patronymic, adds."""
    out = [r._replace(weight=r.weight + FREQUENT * name_class(r.nominative, r.gender))
           if r.role == "first" else r for r in gendered_guesses(readings, word, Reading)]
    out += _listed_unchanged(word, out)
    if not morph.is_known(word):
        return out
    # (the table's guess of the same name does not count: "Урала" is the name Урал too)
    firsts = {(_fold(r.nominative), r.gender) for r in out if r.role == "first" and r.weight >= 1.0}
    surnames = {(r.case, _fold(r.nominative)) for r in out if r.role == "last" and r.weight >= 1.0}
    for p in morph.parse(word):
        grams = p.tag.grammemes
        if "plur" in grams or p.tag.case is None or p.tag.POS != "NOUN":
            continue
        gender = p.tag.gender
        if "Patr" in grams and gender == "masc" and not common_patronymic(p.normal_form) \
                and (p.tag.case, _fold(p.normal_form)) not in surnames:
            surnames.add((p.tag.case, _fold(p.normal_form)))
            out.append(Reading("last", p.tag.case, "masc", inflect(p, {"nomn"}) or p.normal_form,
                               1.0 + 0.1 * p.score))
        elif not {"Name", "Surn", "Patr"} & grams and gender in ("masc", "femn") \
                and name_class(p.normal_form, gender) and (_fold(p.normal_form), gender) not in firsts:
            out.append(Reading("first", p.tag.case, gender, p.normal_form,
                               1.0 + FREQUENT * name_class(p.normal_form, gender)))
    return out


INDECLINABLE_FIRST = "иеоуюэ"  # the ends of first names that stand unchanged (Нелли, Алсу, Отто, Джузеппе)


def _listed_unchanged(word: str, readings: list[Reading]) -> list[Reading]:
    """A first name of lexicons/first_names.tsv spelt as the word and ending in a vowel stands
    unchanged in every case, as a dictionary's name: "Нелли" is Нелли, not the genitive of an
    unlisted Нелля the dictionary has."""
    low = _fold(word)
    if low[-1:] not in INDECLINABLE_FIRST or any(
            r.role == "first" and _fold(r.nominative) == low and r.weight >= 1.0 for r in readings):
        return []
    return [Reading("first", case, gender, low, 1.0 + FREQUENT * cls) for gender in GENDERS
            for cls in [name_class(low, gender, russian_only=True)] if cls for case in CASES]


# the Arabic article written on with a hyphen: "ас-Сиси", "аль-Асада" (of аль-Асад); the word
# after it declines alone
ARTICLES = frozenset({"аль", "ас", "ад", "аш", "ар", "ат", "ан", "аз", "эль", "эд", "эс", "эт", "эн", "эш", "эр", "эз"})
# ... and the capitalized first parts of Scottish, Irish, Armenian, Hebrew and Arabic surnames, which
# stand as written while the rest declines ("Мак-Артуру", "Тер-Аванесяне", "Бен-Ами", "Абу-Бакра")
SURNAME_PREFIXES = frozenset({"мак", "тер", "бен", "ибн", "абу"})
ARTICLE_SURNAME = 0.3  # added to the readings of a word after the article or prefix
UNREAD_PART = 0.5  # a later part of a hyphenated word that no reading covers, as written: the table's weight
HYPHEN_TIE = 0.01  # the weight the parts of a hyphenated word add to the weakest part's


def _word_readings(morph: Morph, word: str) -> list[Reading]:
    """The readings of one word, a man's adjectival surname in -ый/-ий put as the -ой a reader
    writes where ``lexicons/surnames_oy.txt`` lists it ("Бережным" -> Бережной; "Бережный" as
    written stays)."""
    stressed = load_list("surnames_oy.txt")
    low = word.lower()
    out = []
    for r in _all_readings(morph, word):
        if r.role == "last" and r.gender == "masc" and r.nominative != low:
            nominative = r.nominative[:-2] + "ой" if r.nominative.endswith(("ый", "ий")) else r.nominative
            if nominative in stressed:  # a listed surname outweighs the table's guesses ("Луговым": not Лугов)
                r = r._replace(nominative=nominative, weight=max(r.weight, LISTED_OY))
            elif r.nominative.endswith(STRESSED_OV):  # "о С. К. Мостовом" -> Мостовой, not Мостовый
                r = r._replace(nominative=nominative)
        out.append(r)
    return out


LISTED_OY = 0.65  # a reading as a surname of lexicons/surnames_oy.txt: above the possessive -ов guess


FROZEN_LAST_ENDS = ("о", "ых", "их")  # an indeclinable last part: "Гржимайло", "Дурново", "Черных"
FROZEN_DOUBLE = 1.0
FROZEN_HEAD = 0.3  # the first part's weight as a nominative of its own ("Грумм"), not a fallback as written
FROZEN_OBLIQUE = 0.1  # by how much an oblique reading of the first part outweighs the nominative: it declines


def _frozen_double(word: str, pieces: list[str], head: list) -> list[Reading]:
    """A double-barrelled surname whose last part stands unchanged in -о, -ых, -их ("Грумм-Гржимайло"):
    the whole stands as written in every case, of either gender ("Григория Грумм-Гржимайло"), where the
    first part is written as a nominative; a first part in an oblique case ("Мельнику-Остапенко") or a
    declining last part ("Бонч-Бруевичу") keeps the parts' own readings."""
    last = pieces[-1].lower()
    if len(pieces) != 2 or len(last) < 4 or not last.endswith(FROZEN_LAST_ENDS) or not pieces[0][:1].isupper() \
            or last.endswith(("ого", "его")):  # an adjective's genitive: "Вересова-Ланского"
        return []
    as_written = max((r.weight for r in head if r.case == "nomn" and r.gender and r.nominative == pieces[0].lower()),
                     default=0.0)
    if as_written < FROZEN_HEAD or as_written + FROZEN_OBLIQUE < max(
            (r.weight for r in head if r.nominative != pieces[0].lower()), default=0.0):
        # a first part in an oblique case declines: "Ярославу Мельнику-Остапенко", "Ольги Зуевой-Черных"
        return []
    return [Reading("last", case, gender, word.lower(), FROZEN_DOUBLE) for case in CASES for gender in GENDERS]


def _all_readings(morph: Morph, word: str) -> list[Reading]:
    head, _, tail = word.partition("-")
    if (head.lower() in ARTICLES or head.lower() in SURNAME_PREFIXES) and tail[:1].isupper():
        readings = arabic_ya(tail, [r for r in _readings(morph, tail) if r.role == "last"])  # "аль-Яхье": -ья
        if tail[-1:].lower() in "ио":  # "Эль-Барадеи", "ас-Сиси" stand unchanged
            readings = [r for r in readings if r.nominative == tail.lower()] or readings
        # a word after the article is a surname whatever else the dictionary reads it as ("аль-Шамси")
        return [r._replace(nominative=f"{head.lower()}-{r.nominative}", weight=r.weight + ARTICLE_SURNAME)
                for r in readings]
    if "-" in word.strip("-"):
        pieces = word.split("-")
        parts = [_readings(morph, p) for p in pieces]
        if len(pieces) == 2 and seniority_readings(morph, pieces[-1]):  # "Буша-младшего", "Клуни-старшего"
            parts = seniority_parts(morph, pieces, parts)
        for i in range(1, len(pieces) - 1):  # "Семёнова-Тян-Шанского": an inner part stands as written
            parts[i] = [Reading(role, case, None, pieces[i].lower(), 1.0) for role in ("first", "last") for case in CASES]
        parts[0] = foreign_heads(morph, pieces, parts)  # "Вике-Фрейберге": the foreign first part as written
        if len(pieces) == 2 and parts[0] and not parts[1] and pieces[1][:1].isupper():
            # a last part nothing reads (a foreign word in an ending no Russian word has) stands as
            # written beside a first part that declines: "с Мариной Кузнецовой-Ряйхя", Кузнецова-Ряйхя
            parts[1] = [Reading(role, case, None, pieces[1].lower(), UNREAD_PART) for role in ("first", "last")
                        for case in CASES]
        if all(parts):
            out = []
            for r in parts[0]:
                if r.role == "middle":  # no patronymic is double-barrelled: "Стефан Маркович-Йованович"
                    r = r._replace(role="last")  # is a surname
                # a later part standing as written in a vowel may be of the other gender: "Жаном-Мари"
                rest = [max((q for q in p if q.role == r.role and q.case == r.case
                             and (q.gender is None or r.gender is None or q.gender == r.gender or (
                                 q.role == "first" and q.nominative == piece.lower()
                                 and piece[-1:].lower() in "еиоэ"))),
                            key=lambda q: q.weight, default=None) for p, piece in zip(parts[1:], pieces[1:])]
                if all(rest) and (_mixed_declension(morph, r, pieces[0], rest, pieces[1:])
                                  or _unchanged_compound(r, pieces, rest)):
                    r = r._replace(nominative=pieces[0].lower())  # the first part stands as written
                if all(rest):
                    out.append(Reading(r.role, r.case, r.gender or next(
                        (q.gender for q in rest if q.gender), None),
                        "-".join([r.nominative] + [q.nominative for q in rest]),
                        # the weakest part's weight; the stronger parts break a tie ("Богомоловой-Рейх":
                        # the dative of Богомолова, not an unchanged "Богомоловой" beside an unchanged Рейх)
                        min([r.weight] + [q.weight for q in rest]) + HYPHEN_TIE * sum([r.weight] + [q.weight for q in rest])))
            if len(parts) == 2:  # a first name whose first part stands frozen: "Жан-Люка"
                done: dict = {}
                for r in out:
                    done[r.role, r.case] = max(done.get((r.role, r.case), 0.0), r.weight)
                out.extend(_frozen_first(word, parts, done))
            out += _frozen_double(word, pieces, parts[0])
            if out:
                return out + _lexicon_readings(word, out)
    out: list[Reading] = []
    known = morph.is_known(word)
    parses = morph.parse(word)
    # a name that declines outweighs an indeclinable one of the same spelling ("Анне": Анна),
    # not a plural ("Кристин" is also "of the Кристинas")
    declined = {role for p in parses if "Fixd" not in p.tag.grammemes and "plur" not in p.tag.grammemes
                for gram, role in NAME_TAGS.items() if gram in p.tag.grammemes}
    possessive = any(p.tag.POS == "ADJF" and p.normal_form.endswith(POSSESSIVE_ADJ) for p in parses)
    # "Ксенией Вороной": a feminine common noun in -а (ворона) before an adjective (вороной)
    fem_noun = known and any(p.tag.POS == "NOUN" and p.tag.gender == "femn" and not p.tag.grammemes & NAME_GRAMS
                             and p.normal_form.endswith("а") for p in parses)
    ova = False
    for p in parses:
        grams = p.tag.grammemes
        if "plur" in grams or p.tag.case not in CASES or "Infr" in grams:
            continue
        gender = p.tag.gender if p.tag.gender in GENDERS else None
        if known:
            for gram, role in NAME_TAGS.items():
                # a woman's surname in a consonant stands unchanged ("Камалу Харрис")
                if gram in grams and not ("Fixd" in grams and role in declined
                                          and not (role == "last" and word[-1:].lower() in CONSONANTS
                                                   and "first" not in declined)):
                    out.append(Reading(role, p.tag.case, gender, inflect(p, {"nomn"}) or p.word,
                                       1.0 + 0.1 * p.score + STRESSED * _stressed(p, role)))
                    if role == "first" and "Fixd" in grams and not declined:
                        # an indeclinable first name as a surname stands unchanged, either
                        # gender ("Лусией Перес Гарсия")
                        out.append(Reading("last", p.tag.case, None, word.lower(), FIRST_AS_LAST))
                    if role == "first" and "Fixd" not in grams:
                        # a first name used as a surname declines as the name ("Петра Павла": Павел)
                        out.append(Reading("last", p.tag.case, gender, inflect(p, {"nomn"}) or p.word,
                                           FIRST_AS_LAST))
        if (known and p.tag.POS == "NOUN" and gender == "masc" and "Fixd" not in grams
                and not grams & NAME_GRAMS):
            # a surname that is a common noun declines as the noun: "Орла" -> Орёл, "Соловья" -> Соловей
            out.append(Reading("last", p.tag.case, "masc", p.normal_form, NOUN_SURNAME))
        if (known and p.tag.POS == "NOUN" and (p.tag.gender == "femn" or "ms-f" in grams) and "Fixd" not in grams
                and not grams & NAME_GRAMS and p.normal_form.endswith(("а", "я"))):
            # a surname that is a feminine common noun declines as the noun, for either
            # gender: "Марине Синице" -> Синица; so does one of common gender ("Заике" -> Заика)
            out.append(Reading("last", p.tag.case, None, p.normal_form, FEMN_NOUN_SURNAME))
        if (known and p.tag.POS == "NOUN" and p.tag.gender == "femn" and "Fixd" not in grams
                and not grams & NAME_GRAMS and p.normal_form.endswith("ь") and p.word != p.normal_form):
            # a man's surname that is a feminine noun in -ь, declined as the noun: "с Игнатием
            # Рысью" -> Рысь (a woman's stands unchanged: "с Анной Рысь")
            out.append(Reading("last", p.tag.case, "masc", p.normal_form, FEMN_SOFT_SURNAME))
        if (not known and p.tag.POS == "NOUN" and gender == "masc"
                and _known_surname(morph, p.normal_form)):
            # an oblique form the dictionary lacks of a surname it has: "Кравцом" -> Кравец
            out.append(Reading("last", p.tag.case, "masc", p.normal_form, NOUN_SURNAME))
        if not known and p.tag.POS == "PRTF" and gender and "actv" in grams:
            # a surname spelt as a participle the dictionary lacks: "Непомнящему" -> Непомнящий
            nom = inflect(p, {"nomn", "sing", gender})
            if nom and nom.endswith(("щий", "щая")):
                out.append(Reading("last", p.tag.case, gender, nom, 0.6))
        if p.tag.POS == "ADJF" and gender and (known or _adjectival_surname(word, p.normal_form, parses)):
            # "Раковой", "Пуховой": a woman Ракова (of Раков) before an adjective Раковая
            # "Шнуровым": of Шнуров before the adjective шнуровой (no surname in the dictionary)
            weak = "Surn" not in grams and (possessive or (
                word.lower().endswith(("овым", "евым", "иным")) and p.normal_form.endswith(("овой", "евой", "иной")))
                or _woman_ova(word, gender, p.normal_form))
            noun = fem_noun and gender == "femn" and "Surn" not in grams
            out.append(Reading("last", p.tag.case, gender, inflect(p, {"nomn", "sing", gender}) or p.word,
                               0.2 if weak else FEMN_NOUN_SURNAME - 0.05 if noun else 0.6))
            # "Кустовой": the woman's Кустова, above a woman's surname standing unchanged
            ova = ova or _woman_ova(word, gender, p.normal_form)
    if (possessive or ova or word.lower().endswith(("овым", "евым", "иным"))) \
            and "Surn" not in {g for p in parses for g in p.tag.grammemes}:
        out.extend(_possessive_surname(word))
    # a name the dictionary knows declines as it says, the table's readings weigh half;
    # but a woman's surname that looks like a man's stands unchanged in any case ("Ксении Собчак")
    out = _prefer_soft(out)
    if not out:  # "Коваленка": of Коваленок (entities/name_fleeting.py)
        return list(_rule_readings(word)) + _lexicon_readings(word, []) + fleeting_readings(word, Reading)
    lexicon = _lexicon_readings(word, out)
    if lexicon:  # the lexicon's gender of a first name over the dictionary's ("Арундати")
        genders = {(r.nominative, r.gender) for r in lexicon if r.role == "first"}
        names = {n for n, _ in genders}
        out = [r for r in out if not (r.role == "first" and r.nominative in names and r.gender
                                      and (r.nominative, r.gender) not in genders)]
    # the table's ungendered guess of a first name the dictionary knows takes the dictionary's gender:
    # "Ренату" is no man Рената ("губернатора Ренату Пиментела": Ренату, of no Рената)
    gendered = {r.nominative: r.gender for r in out if r.role == "first" and r.gender and r.weight >= 1.0}
    families = load_list("east_asian_surnames.txt")
    return out + lexicon + [r._replace(weight=EAST_ASIAN) if r.role == "last" and r.nominative in families
                            and (r.gender == "masc" or r.gender == "femn" and r.nominative == word.lower()) else  # "Присцилле Чан"
                            (r if r.gender == "femn" and r.nominative == word.lower() else r._replace(weight=r.weight / 2))
                            ._replace(gender=r.gender or (gendered.get(r.nominative) if r.role == "first" else None))
                            for r in _rule_readings(word)]


def _mixed_declension(morph: Morph, head: Reading, first: str, rest: list, pieces: list[str]) -> bool:
    """A double-barrelled name whose first part the table only guesses declined as a word in -а the
    dictionary lacks, while a later part declines as a consonant stem ("Асанте-Менсаху": not of
    Асанта-Менсах: the first part stands as written, Асанте-Менсах, in the reading's case and weight;
    "Щербине-Зайце" is of Щербина-Заяц, a word the dictionary has)."""
    return head.weight < 1.0 and head.nominative != first.lower() and head.nominative.endswith(("а", "я")) \
        and not morph.is_known(head.nominative) \
        and any(q.nominative != piece.lower() and q.nominative[-1:] in CONSONANTS for q, piece in zip(rest, pieces))


def _unchanged_compound(head: Reading, pieces: list[str], rest: list) -> bool:
    """A woman's compound first name of parts in a vowel whose later parts stand as written stands
    unchanged as a whole: "Анне-Софи", "Анне-Мари" in any case (not of Анна-Софи: the parts carry one
    case, and the later ones show none); a man's declines its first part ("Жаном-Мари"). So does a
    double-barrelled surname whose first part in a vowel only a guess declines ("Мохсена
    Резаи-Табризи": Резаи-Табризи, not of Резая-Табризи; a dictionary's "Ивановой-Сато" declines)."""
    unchanged = all(q.nominative == piece.lower() and piece[-1:].lower() in "еиоэ" for q, piece in zip(rest, pieces[1:]))
    if head.role == "last":
        return unchanged and head.case != "nomn" and head.weight < 1.0 and pieces[0][-1:].lower() in "еиоэ"
    return head.role == "first" and head.gender != "masc" and head.case != "nomn" \
        and pieces[0][-1:].lower() in "еи" and unchanged


def _known_surname(morph: Morph, lemma: str) -> bool:
    """The dictionary has ``lemma`` as a man's surname in the nominative."""
    return morph.is_known(lemma) and any(
        "Surn" in q.tag.grammemes and q.tag.case == "nomn" and q.tag.gender == "masc"
        and q.normal_form == lemma for q in morph.parse(lemma))


def _prefer_soft(readings: list[Reading]) -> list[Reading]:
    """Of two first names the dictionary gives alike but for a soft sign ("Игоре": Игорь,
    Игор), the one with it (the usual Russian name)."""
    soft = {r.nominative for r in readings if r.role == "first" and r.nominative.endswith("ь")
            and not (name_class(r.nominative[:-1], r.gender) > name_class(r.nominative, r.gender))}
    if not soft:  # (a listed name without it stays: "об Ильдусе" of Ильдус, no Ильдусь)
        return readings
    return [r for r in readings if not (r.role == "first" and r.nominative + "ь" in soft)]



def _frozen_first(word: str, parts: list, done: dict) -> list[Reading]:
    """"Жан-Люка", "Диас-Канелем": the first part of a hyphenated first name or surname may
    stand in the nominative while the second declines (weighs a little less than both
    declined: "Соколова-Микитова")."""
    head = word.split("-")[0].lower()
    out = []
    for q in parts[1]:
        if done.get((q.role, q.case), 0.0) >= 0.95 * q.weight:  # both declined read better
            continue
        r = max((r for r in parts[0] if r.role == q.role and r.case == "nomn" and r.nominative == head
                 and (r.gender is None or q.gender is None or r.gender == q.gender)),
                key=lambda r: r.weight, default=None)
        if r is not None:
            # (the later part's own weight breaks a tie: "Бонч-Бруевиче" is of Бонч-Бруевич, a man's
            # surname in -ич, before a guessed Бонч-Бруевича)
            out.append(Reading(q.role, q.case, q.gender or r.gender, f"{head}-{q.nominative}",
                               0.95 * min(r.weight, q.weight) + HYPHEN_TIE * q.weight))
    return out


# a surname of the stressed adjectival type (Яровой, Толстой, Луговой: a woman is Яровая)
# before a noun surname spelt alike in the oblique cases ("Яровой": of Ярова or Яровая)
STRESSED = 0.05


def _stressed(parse, role: str) -> bool:
    return role == "last" and parse.normal_form.endswith("ой")
