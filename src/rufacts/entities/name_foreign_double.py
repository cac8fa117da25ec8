"""Foreign names between two lists and two parts.

The first part of a foreign double-barrelled surname in a vowel stands as written: the Russian press
declines only the last part ("Вайре Вике-Фрейберге" is of Вике-Фрейберга, not of a Вика-Фрейберга;
"Кваме Опоку-Агьеману" of Опоку-Агьеман, not of an Опока-Агьемана), though the dictionary reads the
first part as the oblique case of a Russian common noun or first name in -а ("вика", "опока"). A first
part the table reads as a consonant stem declines ("Шону О'Брайену-Кихану", "Ларсе Эриксене-Хольме"),
and so does a Russian double surname: where the first part reads as a Russian surname
("Петрову-Водкину", "Муравьёву-Апостолу") or a later part is a word the dictionary knows ("Щербине-Зайце":
Щербина-Заяц; "Мельнику-Остапенко").

A word on both foreign lexicons, a surname and a first name ("Туре"), keeps its first-name readings."""
from __future__ import annotations

from ..grammars.morph import Morph
from .name_table_readings import CASES, Reading

# the written ends of a first part that a foreign surname keeps unchanged: -е, -и, -у ("Вике", "Опоку")
UNCHANGED_ENDS = ("е", "и", "у")
# the ends of a Russian surname, whose first part declines with its partner ("Петрову-Водкину")
RUSSIAN_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ой", "ый", "ий",
                        "ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая", "яя")
FOREIGN_HEAD = 1.0  # the first part as written: as a dictionary's reading of it


def _case_of_a_word_in_a(morph: Morph, low: str) -> bool:
    """The dictionary reads ``low`` only as an oblique case of words in -а/-я ("вике": of вика,
    "опоку": of опока); a consonant stem's case the table guesses declines as the rest does
    ("Шону О'Брайену-Кихану", "Ларсе Эриксене-Хольме")."""
    parses = morph.parse(low)
    return morph.is_known(low) and bool(parses) and all(
        p.normal_form.endswith(("а", "я")) and p.normal_form != low for p in parses)


def foreign_heads(morph: Morph, pieces: list[str], parts: list) -> list:
    """The readings of the first part of the surname ``pieces`` (``parts[0]``), its readings as a
    surname put as written in every case where it is written in -е, -и, -у, reads as no Russian surname
    and no later part is a word the dictionary knows."""
    head = parts[0]
    low = pieces[0].lower()
    if len(pieces) < 2 or len(low) < 3 or not low.endswith(UNCHANGED_ENDS) or not pieces[0][:1].isupper() \
            or any(r.role == "last" and r.nominative.endswith(RUSSIAN_SURNAME_ENDS) for r in head) \
            or any("Surn" in p.tag.grammemes for p in morph.parse(low)) \
            or any(morph.is_known(p.lower()) or not p[:1].isupper() for p in pieces[1:]) \
            or not _case_of_a_word_in_a(morph, low):
        return head
    weight = max([FOREIGN_HEAD] + [r.weight for r in head if r.role == "last"])
    return [r for r in head if r.role != "last"] + [Reading("last", case, None, low, weight) for case in CASES]


def listed_both(word: str, reading) -> bool:
    """``reading`` is the surname reading of the foreign surnames' lexicon of a word the foreign first
    names' lexicon lists too ("Туре": a Malian surname and a Swedish man's name; "с Туре Линдгреном"):
    it does not keep the word from its first-name readings; the name's order decides."""
    from .name_foreign_first import foreign_first_forms
    from .name_lexicon_readings import _foreign_names

    low = word.lower().replace("ё", "е")
    return reading.role == "last" and reading.nominative == low and low in _foreign_names()[1] \
        and any(nominative == low for _c, _g, nominative in foreign_first_forms(word))
