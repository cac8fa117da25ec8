"""Foreign name parts that stay as written beside an indeclinable one ("Марио Драги",
"Саломе Зурабишвили", "Рамуне Грибаускене"; but a case of a surname the lexicons list in -а
stays a reading: "Паулу Фонсеки", of Фонсека): :func:`indeclinable_pair`, read by
:func:`rufacts.entities.names.analyze_name` for two-word names."""
from __future__ import annotations

from ..grammars.letters import VOWELS
from ..grammars.morph import Morph
from ..lexicons import load_list
from .name_adjectival import ADJ_SURNAMES
from .name_declined_pair import declined_listed_given
from .name_foreign_women import spanish_iya
from .name_foreign_first import BESIDE, first_name_peoples
from .name_readings import ARTICLES, LEXICON, _rule_readings


def _unchanged(word: str, readings) -> bool:
    """A word ending in a vowel whose likeliest reading is itself ("Марио", "Зурабишвили")."""
    best = max(readings, key=lambda r: r.weight, default=None)
    return best is not None and best.nominative == word.lower() and word[-1:].lower() in VOWELS

# peoples of ``name_foreign_first_names.tsv`` whose words all end in a vowel
POLYNESIAN = frozenset({"maori", "tongan", "samoan"})


def indeclinable_pair(morph: Morph, full: list[str], readings: list) -> list:
    """Beside an indeclinable name part, a foreign one in a vowel stays as written too:
    "Марио Драги" (not of Драга), "Саломе Зурабишвили" (not of Салом)."""
    if len(full) != 2:
        return readings
    (a, b), (ra, rb) = full, readings

    def keep(word, rs, listed=()):
        same = tuple(r for r in rs if r.nominative == word.lower())
        return same + tuple(listed) if same else rs
    if a[-1:].lower() in "еиоуэю" and first_name_peoples(a) & POLYNESIAN:
        # a Maori or Tongan given name in -е/-и/-у stands as written ("Хине", not Хина; "Тане", not Таня), and
        # as every Polynesian word ends in a vowel, the surname after it is read in a vowel, never cut to a
        # consonant stem ("Тамати Ваака", not Ваак; "Хине Нгату": Нгата)
        return [keep(a, ra), tuple(r for r in rb if r.nominative[-1:] in VOWELS) or rb]
    # (after a Spanish first name, not a word in -ии, a case of a surname in -ия: "Альберто Сеговии")
    # (nor a case of a surname in -ский/-цкий, whose -ого is an adjective's: "Ежи Ковалевского")
    if _unchanged(a, ra) and not _tagged_name(morph, b) and not spanish_iya(a, b) and not _adjectival(rb) and (
            b[-1:].lower() in "ио" or (
            a[-1:].lower() == b[-1:].lower() == "е" and any(r.weight >= LEXICON and r.gender == "femn" for r in ra))):
        # (a case of a surname the lexicons list in -а stays a reading: "Паулу Фонсеки" is of Фонсека)
        listed = [r for r in rb if r.role == "last" and r.weight >= LEXICON and r.nominative != b.lower()
                  and r.nominative.endswith(("а", "я"))]
        return [ra, keep(b, rb, listed)]  # ... and after a woman's lexicon name in -е, one in -е: "Зане Вайкуле"
    lithuanian = _rule_readings(b, ("lt-f",))
    baltic_e = a.lower().replace("ё", "е") in load_list("baltic_first_names.txt")  # "Дануте": her own name in -е
    if a[-1:].lower() == "е" and lithuanian and lithuanian[0].weight >= max(
            (r.weight for r in rb if r.role == "last"), default=0.0) and not any(
            r.role == "first" and ((r.weight >= LEXICON or r.weight >= 1.0 and not baltic_e)
                                   and r.nominative.endswith("а") and r.gender != "masc" or (
                r.weight >= BESIDE and r.gender == "masc" and r.nominative != a.lower())) for r in ra):
        # "Ингриде": Ингрида; "Николе": a man's Никол or Никола (a woman's name in -е may stand: "Аушре");
        # a woman's name in -а the dictionary or a people's list reads declines ("о Неринге Вайткене", "Лауре
        # Казлаускайте"), unless the form in -е is a Baltic name of its own (baltic_first_names.txt: "Дануте")
        # a Lithuanian woman's first name in -е before her surname stands too ("Рамуне Грибаускене";
        # not "Джоне Смите", a surname the dictionary knows)
        return [keep(a, ra), rb]
    if (_unchanged(b, rb) and a[-1:].lower() == "е" and not morph.is_known(a)
            and not any(r.weight >= LEXICON for r in ra)  # not a lexicon's name: "Нарендре"
            and not ("-" in a and any(r.weight >= 1.0 and r.nominative != a.lower() for r in ra))  # nor
            # a hyphenated name of known first names, which declines: "о Пьере-Огюсте Лемерсье"
            and b.partition("-")[0].lower() not in ARTICLES  # "о Насере аль-Отайби": an Arab's Насер declines
            and not declined_listed_given(a)):  # "о Штефане Плэмэдялэ": a listed Штефан's case
        return [keep(a, ra), rb]
    return readings


def _adjectival(readings) -> bool:
    """A reading of the word as a case of an adjectival surname ("Ковалевского": Ковалевский)."""
    return any(r.role == "last" and r.nominative.endswith(ADJ_SURNAMES) for r in readings)


def _tagged_name(morph: Morph, word: str) -> bool:
    """The dictionary has ``word`` as a case of one person's name or surname (not a plural:
    "Марки", the Марки of many, is no case of the surname Марк)."""
    return morph.is_known(word) and any({"Name", "Surn"} & p.tag.grammemes and "plur" not in p.tag.grammemes
                                        for p in morph.parse(word))
