"""Word tests for the edges of person spans (used by :mod:`rufacts.entities.names_spans`):

- a word the dictionary reads first as a preposition, conjunction or particle at a sentence's start
  ("При Евгении Викторовне Чёрной") is no surname before a first name and patronymic;
- an adjective is an adjective of the lower-case noun after it only where the two agree
  ("Шяуляйский аэропорт"; not "о Евгении Викторовне Чёрной район ...": Чёрной is the surname);
- a first name and a word in -ович/-евич that reads as a patronymic of a rare name ("Душану
  Петрашиновичу", "Драгану Йовановичу") is a first name and surname: a sentence-initial adjective
  before them is no surname ("Центровому Душану Петрашиновичу"), as it is before a first name and the
  patronymic of a common one ("Толстая Татьяна Никитична");
- a word for a player's position (``lexicons/name_sport_positions.txt``: "Вингеру", which the
  dictionary does not know and guesses as a name), a position or occupation noun ("Адвокату
  Шапошникову С.В.") or a participle used as a noun ("Осуждённый Тарасюк В.И."), at a sentence's
  start is no name part;
- an adverb at a sentence's start that no dictionary reads as a name ("Вчера Дж.Буш заявил", "Сегодня
  В. Путин") is no name part either, nor an inanimate common noun there before a lone surname ("Упрёк
  Гусеву бросил депутат"), nor is a word written with digits anywhere ("34-летний ТиДжей")
  or a kin noun in the plural ("фильмы Братьев Куэй": the brothers, named by their surname);
- a word the dictionary reads only as an adjective, never as a surname, capitalized before a
  lower-case noun that agrees with it ("передачу Хризантемового трона") is no person.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .first_names import common_patronymic
from .names import PARTICLES

FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})


def _feature(token, name: str) -> str | None:
    values = token.morph.get(name)
    return values[0] if values else None


def agrees(adjective, noun) -> bool:
    """The tagger's case, number and gender of the two do not differ."""
    for name in ("Case", "Number", "Gender"):
        a, b = _feature(adjective, name), _feature(noun, name)
        if a is not None and b is not None and a != b:
            if name == "Gender" and _feature(noun, "Number") == "Plur":
                continue
            return False
    return True


def common_patronymic_word(morph: Morph, word: str) -> bool:
    """A word the dictionary reads as a patronymic of a common first name ("Петровичу",
    "Никитична"); a feminine patronymic always counts."""
    for p in morph.parse(word):
        if "Patr" not in p.tag.grammemes:
            continue
        nominative = p.normal_form
        if not nominative.endswith("ич") or common_patronymic(nominative):
            return True
    return False


def position_word(morph: Morph, word: str) -> bool:
    """A word for a player's position or a sportsman ("Вингеру", "Центровому", "Форварду")."""
    positions = load_list("name_sport_positions.txt")
    low = word.lower().replace("ё", "е")
    return any(p.normal_form.replace("ё", "е") in positions for p in morph.parse(word)) \
        or any(low.startswith(w) and low[len(w):] in NOUN_ENDINGS for w in positions if len(w) >= 4) \
        or _role_noun(morph, word) or _status_participle(morph, word) or _member_noun(morph, word)


def _member_noun(morph: Morph, word: str) -> bool:
    """A noun for a member of an organization, its student or graduate (``lexicons/org_slot_nouns.txt``,
    animate: "Выпускницу", "Сотруднице") the dictionary reads as no name or surname, in the singular."""
    parses = morph.parse(word)
    return not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses) and any(
        p.tag.POS == "NOUN" and "sing" in p.tag.grammemes and "anim" in p.tag.grammemes
        and p.normal_form.replace("ё", "е") in load_list("org_slot_nouns.txt") for p in parses)


def _status_participle(morph: Morph, word: str) -> bool:
    """A participle the dictionary marks as used as a noun (Subx) for a person's status in a case
    or an incident ("Осуждённый", "Задержанная", "Пострадавший"), with no reading as a name."""
    parses = morph.parse(word)
    return not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses) and any(
        p.tag.POS == "PRTF" and "Subx" in p.tag.grammemes for p in parses)


def _role_noun(morph: Morph, word: str) -> bool:
    """A position or occupation noun (``lexicons/role_words.txt``, ``role_occupations.txt``: "Адвокату",
    "Следователю", "Профессору") the dictionary reads as no name or surname, in the singular."""
    roles = load_list("role_words.txt") | load_list("role_occupations.txt")
    parses = morph.parse(word)
    return not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses) and any(
        p.tag.POS == "NOUN" and "sing" in p.tag.grammemes and p.normal_form.replace("ё", "е") in roles
        for p in parses)


NOUN_ENDINGS = frozenset({"", "а", "у", "ом", "е", "ы", "ам", "ами", "ах"})  # not -ов, -ин: surnames


def without_position(span, morph: Morph):
    """"Вингеру Вагнеру Кардозу" -> "Вагнеру Кардозу": a position word at a sentence's start
    before two or more capitalized words (or a first name, a surname particle and a surname), initials too;
    a noun for a member or graduate of a body and the body's acronym after it ("Выпускницу СВФУ Сардану
    Иннокентьевну ...") ("Академику Р. Х. Мухамедьярову": their dots
    left out)."""

    words = [t for t in span if not t.is_space and t.text != "."]
    # (the second word of the name may be a surname particle: "Энологу Массимо дель Кастелло")
    if span.label_ != "PER" or len(words) < 3 or not span[0].is_sent_start \
            or not all(t.text[:1].isupper() or (k == 2 and t.text in PARTICLES and len(words) > 3)
                       for k, t in enumerate(words[1:3], 1)) \
            or not (position_word(morph, words[0].text) or _unknown_lead(morph, words)):
        return span
    if len(words) >= 4 and words[1].is_upper and len(words[1]) > 1 and all(t.text[:1].isupper() for t in words[2:4]):
        return Span(span.doc, words[2].i, span.end, label="PER")  # "Выпускницу СВФУ Сардану ...": its body too
    return Span(span.doc, words[1].i, span.end, label="PER")


def _unknown_lead(morph: Morph, words: list) -> bool:
    """A sentence-opening word nothing reads as a name (the dictionary lacks it, no first-name lexicon
    lists it in any case) before a first name the dictionary or a lexicon knows and a surname: an
    occupation noun of a people's own word ("Курайсы Азат Байгужин", a kurai player; "Олонхосут
    Ньургун Слепцов", an olonkho teller), capitalized only by its place; not before a patronymic."""
    from .name_readings import _readings
    from .names_asian import asian_name

    if len(words) != 3 or morph.is_known(words[0].text) or not words[0].is_alpha \
            or any(r.weight >= 1.0 for r in _readings(morph, words[0].text)) \
            or asian_name(morph, [t.text for t in words]) is not None:  # "Нгуен Тхи Бик": a family name first
        return False
    given = _readings(morph, words[1].text)
    return any(r.role == "first" and r.weight >= 1.0 for r in given) \
        and not any(r.role in ("middle", "last") and r.weight >= 1.0 for r in given)


NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def without_lead_adverb(span, morph: Morph):
    """"Вчера Дж.Буш" -> "Дж.Буш": a sentence-initial adverb (the dictionary's first reading, no name
    reading) before capitalized words; "34-летний ТиДжей" -> "ТиДжей": a word with digits anywhere;
    "Братьев Куэй" -> "Куэй": a kin noun in the plural (``lexicons/kin_words.txt``) anywhere."""
    words = [t for t in span if not t.is_space and t.text != "."]
    if span.label_ != "PER" or len(words) < 2 or not words[1].text[:1].isupper():
        return span
    if any(c.isdigit() for c in words[0].text) or _kin_plural(morph, words[0].text) \
            or _no_name_word(morph, words[0].text):
        return Span(span.doc, words[1].i, span.end, label="PER")  # "34-летний ТиДжей", "Братьев Куэй"
    if not span[0].is_sent_start:
        return span
    parses = morph.parse(words[0].text)
    if len(words) == 2 and _lead_thing_noun(morph, words[0].text, words[1].text):
        return Span(span.doc, words[1].i, span.end, label="PER")  # "Упрёк Гусеву бросил депутат"
    if not parses or parses[0].tag.POS != "ADVB" or any(NAME_TAGS & p.tag.grammemes for p in parses):
        return span
    return Span(span.doc, words[1].i, span.end, label="PER")


NO_NAME_POS = frozenset({"VERB", "INFN", "PREP", "CONJ", "PRCL", "INTJ", "PRED"})
AGE_ADJECTIVE = ("летний", "месячный")  # "Шестидесятивосьмилетняя Руссефф", "Двухмесячный"


def _no_name_word(morph: Morph, word: str) -> bool:
    """A capitalized word that is no name part wherever it stands (a line without its full stop leaves it
    mid-sentence: "... усилить игру Есть Марко Ройс есть ..."): one the dictionary knows only as a verb,
    preposition, conjunction, particle or interjection ("Есть", "Вместо"), or an adjective of age
    spelt in words ("Шестидесятивосьмилетняя"); never one with a name's reading, the lexicons' too
    (the Latvian "Зане", an old conjunction to the dictionary)."""
    from .name_readings import _readings

    parses = morph.parse(word)
    if len(word) < 4 or not parses \
            or any((NAME_TAGS | {"Geox", "Orgn", "Trad", "Abbr"}) & p.tag.grammemes for p in parses) \
            or any(r.weight >= 1.0 for r in _readings(morph, word)):
        return False
    # (not a verb's past or imperative: "Робел" is the Eritrean name as well as a form of робеть, "Сунь"
    # the Chinese family name as well as сунуть's)
    return morph.is_known(word) and word.lower() not in load_list("east_asian_surnames.txt") and all(
        p.tag.POS in NO_NAME_POS and not {"past", "impr"} & p.tag.grammemes for p in parses) or all(
        p.tag.POS in ("ADJF", "ADJS") and p.normal_form.endswith(AGE_ADJECTIVE) for p in parses)


def thing_noun_only(morph: Morph, word: str) -> bool:
    """A word of four letters or more the dictionary knows only as an inanimate common noun, with no
    name, place or organization reading ("Упрёк", "Позиция", "Заявление"): no given name."""
    parses = morph.parse(word)
    return len(word) >= 4 and morph.is_known(word) and bool(parses) \
        and all(p.tag.POS == "NOUN" and "inan" in p.tag.grammemes for p in parses) \
        and not any((NAME_TAGS | {"Geox", "Orgn", "Trad", "Abbr"}) & p.tag.grammemes for p in parses)


def _lead_thing_noun(morph: Morph, word: str, surname: str) -> bool:
    """A sentence-initial inanimate common noun (:func:`thing_noun_only`) before one word with a
    surname's reading that is no first name ("Упрёк Гусеву бросил ...", "Выговор Лапину"): the noun
    governs the surname, it is no first name."""
    if not thing_noun_only(morph, word):
        return False
    other = morph.parse(surname)
    return any("Surn" in p.tag.grammemes for p in other) and not any("Name" in p.tag.grammemes for p in other)


def _kin_plural(morph: Morph, word: str) -> bool:
    parses = morph.parse(word)
    return bool(parses) and not any(NAME_TAGS & p.tag.grammemes for p in parses) and all(
        p.tag.POS == "NOUN" and "plur" in p.tag.grammemes and p.normal_form in load_list("kin_words.txt")
        for p in parses)


def adjective_before_noun(doc, i: int, morph: Morph) -> bool:
    """``doc[i]`` reads first as an adjective and never as a name (not "Толстого") and the next word is
    a lower-case noun of the same case and number."""
    if i + 1 >= len(doc) or not doc[i + 1].is_alpha or not doc[i + 1].is_lower:
        return False
    parses = morph.parse(doc[i].text)
    if not parses or parses[0].tag.POS != "ADJF" or any(NAME_TAGS & p.tag.grammemes for p in parses):
        return False  # (the analyzer's noun guesses after an adjective reading of an unknown word count not)
    forms = {(p.tag.case, p.tag.number) for p in parses if p.tag.POS == "ADJF"}
    # (not a letter's abbreviation: "О Бережном в депо", the preposition "в" is no noun "в")
    return any(p.tag.POS == "NOUN" and "Abbr" not in p.tag.grammemes and (p.tag.case, p.tag.number) in forms
               for p in morph.parse(doc[i + 1].text))


def noun_before_foreign_given(morph: Morph, word: str, given: str, rest: tuple = ()) -> bool:
    """A capitalized common noun that is a Russian first name too ("Роман", "Вера", "Лев") before a
    first name of a foreign people's lexicon (``lexicons/name_foreign_first_names.tsv``,
    ``name_origins.tsv``) or of Japanese syllables (names_asian.japanese_given) that the dictionary
    does not know as a name: no person has a Russian first
    name before a Japanese, Hebrew or African one ("Роман Нобуюки Ямагути": a novel of Нобуюки
    Ямагути), so the noun is no name part; nor before a Chinese, Korean or Vietnamese name of a listed
    family name (``rest``, the words after the noun: "Роман Юй Хуа «Жить»", a novel of Юй Хуа)."""
    from .name_origins import first_origins  # (name_origins reads first_names, as this module does)
    from .names_asian import asian_name, japanese_given
    asian = len(rest) in (2, 3) and rest[0].lower() in load_list("east_asian_surnames.txt") \
        and asian_name(morph, list(rest)) is not None
    if not asian and (not (first_origins(given) or japanese_given(morph, given, ()))
                      or any("Name" in p.tag.grammemes for p in morph.parse(given))):
        return False
    parses = morph.parse(word)
    return any("Name" in p.tag.grammemes for p in parses) and any(
        p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes
        and p.normal_form == word.lower() for p in parses) and not first_origins(word)
