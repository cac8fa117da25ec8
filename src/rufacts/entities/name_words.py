"""Word tests for person mention spans: whether a capitalized word is a common noun, a thing,
a person noun, an adjective, or carries a name tag (pymorphy3). Used by
:mod:`rufacts.entities.names_spans`."""
from __future__ import annotations

from ..grammars.morph import Morph
from .first_names import listed_first
from .name_readings import LEXICON, _readings
from .person_splits import SURNAME_ENDS

MISSED, MISSED_KNOWN = 1.5, 1.7  # score of the name's best reading that makes a missed mention


def _capitalized(token) -> bool:
    if not token.is_alpha:
        return False
    text = token.text  # (read once: each read decodes the string anew)
    return text[:1].isupper() and not text.isupper()


def _hyphenated_cap(token) -> bool:
    """Capitalized, also a hyphenated word of capitalized parts ("Соколова-Микитова")."""
    return _capitalized(token) or (token.text[:1].isupper() and "-" in token.text
                                   and all(p[:1].isupper() and p.isalpha() for p in token.text.split("-")))


def _first_name(morph: Morph, word: str) -> bool:
    """A first name the dictionary, the foreign names' lexicon ("Олафе") or the common first
    names' list ("Софии", a place to the dictionary) knows. Not a word in capitals (an acronym:
    "сотрудник ГРУ Сергей", though the lexicon lists the Norwegian Гру)."""
    if len(word) > 1 and word.isupper():
        return False
    return _tagged(morph, word, "Name") or listed_first(morph, word) or any(
        r.role == "first" and r.weight >= LEXICON for r in _readings(morph, word))


def _surname(morph: Morph, word: str) -> bool:
    """A surname the dictionary knows, or a word it does not know at all ("Дворковиче")."""
    return _tagged(morph, word, "Surn") or not morph.is_known(word)


def _adjectival_surname(morph: Morph, word: str, nominative: bool = False) -> bool:
    """A capitalized adjective in -ский/-цкий the dictionary has only as an adjective, in a feminine
    oblique case ("Соколовской", "Завадской"): after a first name, mid-sentence, a woman's surname;
    with ``nominative``, in the feminine nominative too, as the dictionary may have it as a street's name,
    and of the stressed -ской ("Тверская": "Олимпиада Тверская")."""
    low = word.lower()
    return low.endswith(("ской", "цкой", "скую", "цкую") + (("ская", "цкая") if nominative else ())) and any(
        p.tag.POS == "ADJF" and p.normal_form.endswith(("ский", "цкий") + (("ской", "цкой") if nominative else ()))
        for p in morph.parse(word))


def _common_noun(morph: Morph, word: str) -> bool:
    """A word the dictionary reads first as a common noun, never as a name part
    ("Телеведущему", "Клюшку", "Ансамбль"; not "Вера", "Роза")."""
    parses = morph.parse(word)
    return (morph.is_known(word) and parses[0].tag.POS == "NOUN"
            and not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses[:1])
            and not any({"Name", "Patr"} & p.tag.grammemes for p in parses))


def _noun_not_name(morph: Morph, word: str) -> bool:
    """A known word with a common-noun reading and no name-part reading at all ("Пас")."""
    parses = morph.parse(word)
    return morph.is_known(word) and any(p.tag.POS == "NOUN" for p in parses) \
        and not any({"Name", "Surn", "Patr", "Geox", "Orgn"} & p.tag.grammemes for p in parses)


def _thing_noun(morph: Morph, word: str) -> bool:
    """A common noun for a thing, never a name part nor a surname ("Вопрос", "Отчёт")."""
    parses = morph.parse(word)
    return _common_noun(morph, word) and {"inan", "sing"} <= parses[0].tag.grammemes \
        and parses[0].tag.case in ("nomn", "accs") and not word.lower().endswith(SURNAME_ENDS) \
        and not any("Surn" in p.tag.grammemes for p in parses)  # not "Шумов" (of "шум")


def _person_noun(morph: Morph, word: str) -> bool:
    """A common noun for a person, never a name part ("Гимнастка", "Пианист"; "Гражданке", whose
    first reading is the thing of the same word)."""
    parses = morph.parse(word)
    return _common_noun(morph, word) and any("anim" in p.tag.grammemes and p.tag.POS == "NOUN"
                                             and p.normal_form == parses[0].normal_form for p in parses) \
        and not any("Surn" in p.tag.grammemes for p in parses)


def _adjective_not_name(morph: Morph, word: str) -> bool:
    """A known word the dictionary reads first as an adjective, never as a name part
    ("Семнадцатилетняя", "Бывший"; not "Толстая", a surname too)."""
    parses = morph.parse(word)
    return morph.is_known(word) and parses[0].tag.POS in ("ADJF", "PRTF") \
        and not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parses)


def _tagged(morph: Morph, word: str, gram: str) -> bool:
    return any(gram in p.tag.grammemes for p in morph.parse(word)) and morph.is_known(word)
