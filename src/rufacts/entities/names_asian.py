"""Chinese, Korean and Vietnamese names: "Си Цзиньпином" -> "Си Цзиньпин", "Ким Чен Ына" -> "Ким Чен Ын",
"Нгуен Тхи Ким Нган" (three given syllables, a woman's name, most often).

The family name comes first and stays first; only the last syllable declines, like a
Russian noun of the second declension ("Цзиньпином", "Ына", "Ину", "Ёлем" of Ёль). A
mention is read so when its first word is a family name of ``lexicons/east_asian_surnames.txt``
and the rest are short given-name syllables the dictionary does not know as Russian name
parts (two vowel groups at most each: "Кардашьян" in "Ким Кардашьян" is no syllable).
Some writers decline the family name of a three-word name too, in the case its last syllable
shows ("Кима Чен Ира", "Хвана Чжан Епа", "Киму Чен Ыну"): read in the nominative
(:func:`declined_family`). A Mongolian name, the father's name in the genitive before the given name
("Батын Доржа"), is read first, by :func:`rufacts.entities.name_mongolian.mongolian_name`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from ..grammars.letters import VOWELS_WITH_YO as VOWELS
from ..grammars.morph import Morph
from ..lexicons import load_list
from .first_names import name_class
from .name_asian_hyphen import hyphen_given
from .name_burmese_cue import burmese_in_myanmar
from .name_asian_syllables import INVENTORIES, is_syllable, known_first_name, syllabic, syllable_count, syllable_name
from .name_foreign_first import first_name_peoples
from .name_mongolian import mongolian_name
from .name_readings import LEXICON

VOWEL_GROUPS = re.compile(r"[аеёиоуыэюя]+")
SYLLABLE_END = "нлкмптбдрг"  # consonants a syllable of these languages ends in
# a consonant that ends a syllable (before another consonant or at the end of the word), which
# Palladius' syllables never do but for н (нь), р and й. A test of the spelling's shape, not of the
# Chinese inventory (name_asian_syllables): a given name after a listed family name may be spelt
# outside it and still be Chinese ("Сунь Ятинь": "тинь" is no Palladius syllable; the inventory
# would read it as no name at all)
NOT_PALLADIUS = re.compile(r"(?!цз|чж)[бвгджзклмпстфхцчшщ](?=[бвгджзклмнпрстфхцчшщ]|$)")  # not "Цзиньпин"
# an aspirated stop (Khmer, Korean, Vietnamese: "Сопхеак", "Пхеарин", "Тхань"), which no Spanish or other
# European name in a vowel-and-consonant shape has: a given name so spelt may end a syllable in a stop
ASPIRATED = re.compile(r"[пткч]х")
# vowels of Kontsevich's Korean spelling that no Spanish or other European name of a consonant-and-vowel
# shape has ("Кёнхва", "Джухёк", "Ыйён"): a joined Korean given name may end a syllable in a stop so spelt
KOREAN_VOWEL = re.compile(r"[ёы]")
# the middle name of most Vietnamese women ("Нгуен Тхи Ким Нган"): a name of three words with it in the
# middle puts the family name first, whichever it is ("Дам Тхи Ань", "Кхуат Тхи Нгок")
VIETNAMESE_WOMAN = "Тхи"
ENDINGS = (("ом", ""), ("ем", "ь"), ("а", ""), ("я", "ь"), ("у", ""), ("ю", "ь"), ("е", ""))


def _syllables(word: str) -> int:
    """Vowel groups of a given-name word as written, not syllables of an inventory
    (name_asian_syllables.syllable_count): after a listed family name the word may be declined
    ("Цзиньпином", its nominative read only later) or of a language no inventory holds (Khmer
    "Кео Сопхеак", "Сок Пхеарин"), where the inventory finds no syllables at all."""
    return len(VOWEL_GROUPS.findall(word.lower()))


def _russian_name_part(morph: Morph, word: str) -> bool:
    return morph.is_known(word) and any(  # "Нин" is no plural nor vocative of Нина here
        {"Name", "Surn", "Patr"} & p.tag.grammemes and not {"plur", "Infr"} & p.tag.grammemes
        and not _rare_name_case(p) and not _chinese_surname_reading(p) and not _syllable_reading(p)
        for p in morph.parse(word))


def _syllable_reading(parse) -> bool:
    """The dictionary's own reading of one syllable of an inventory as an indeclinable surname or as a
    first name no list holds as a common one ("Хань", "Минь"): an East Asian name part, so after a
    family name the given name ("Ли Хань", "Ли Минь"), not a surname after a first name Ли."""
    grammemes = parse.tag.grammemes
    return is_syllable(parse.normal_form) and (
        {"Fixd", "Surn"} <= grammemes or ("Name" in grammemes and name_class(parse.normal_form, parse.tag.gender) == 0))


def _declined_first_before_surname(morph: Morph, first: str, last: str) -> bool:
    """A first word the dictionary has as a first name only in a form that declines ("Дин": Dean, of
    Дина, Дину), before one word it has as an indeclinable surname ("Ли": Lee): a first name and a
    surname ("Дин Ли", as "Анна Ли"), not a family name with a given syllable. A family name the
    dictionary has as a first name has it indeclinable ("Ли Хань", "Ли Минь": Ли), and a given
    syllable it has as a first name only is no surname ("Дин Минь"): those stay East Asian names."""
    names = [p for p in morph.parse(first) if "Name" in p.tag.grammemes and p.tag.number == "sing"
             and "Infr" not in p.tag.grammemes]
    return is_syllable(last.lower()) and bool(names) and not any("Fixd" in p.tag.grammemes for p in names) \
        and any({"Fixd", "Surn"} <= p.tag.grammemes for p in morph.parse(last))


def _chinese_surname_reading(parse) -> bool:
    """A surname of the dictionary whose masculine nominative is a Chinese given name of two
    syllables ("Ван Хунина": Хунин, Ху-нин, not a Russian surname in -ин after a family name)."""
    return {"Surn"} & parse.tag.grammemes and not {"Name", "Patr"} & parse.tag.grammemes \
        and syllable_count(parse.normal_form, "chinese") == 2


def _rare_name_case(parse) -> bool:
    """An oblique case of a first name that is no common one ("Ляну" of Ляна: "Чэнь Ляну" is of
    Лян; not "Ким Анну", of Анна, lexicons/first_names.tsv)."""
    return "Name" in parse.tag.grammemes and parse.tag.case != "nomn" \
        and name_class(parse.normal_form, parse.tag.gender) == 0


def nominative(word: str) -> str:
    """The last syllable in the nominative: "Цзиньпином" -> "Цзиньпин", "Ёля" -> "Ёль", "Хаем" -> "Хай"."""
    low = word.lower()
    cut = 2 if low.endswith("ем") else 1 if low.endswith(("я", "ю", "е")) else 0
    if cut and len(low) - cut >= 2 and low[-cut - 1] in "ао":  # "Хаем" -> Хай, "Мыоя" -> Мыой
        return word[:len(low) - cut] + "й"
    for ending, soft in ENDINGS:
        stem = low[:-len(ending)]
        if low.endswith(ending) and len(stem) >= 2 and stem[-1] in SYLLABLE_END:
            soft = soft or (ending == "е" and _soft_final(stem + "ь"))  # "Вэньцзюне": Вэньцзюнь
            return word[:len(stem)] + ("ь" if stem[-1] == "л" or (soft and stem[-1] == "н") else "")
    return word


EI_GIVEN = re.compile(r"э(я|ю|ем|е)$")


def given_nominative(word: str) -> str:
    """The last given-name word in the nominative; one syllable of an inventory as written is one
    already ("Тхань Ту", "Хуа": no case ending was added to it)."""
    if is_syllable(word):
        return word
    form = nominative(word)
    if form != word and syllabic(form):
        return form
    # a given name in -й after a vowel ("Чжэнъюю" of Чжэнъюй): the form of whole syllables, where the
    # word as written is none of two syllables at most ("Ван Шуя", a woman's name, stays)
    low = word.lower()
    if EI_GIVEN.search(low) and not syllable_count(low, "chinese") and syllable_count(
            EI_GIVEN.sub("эй", low), "chinese"):  # "Чжан Вэем": Вэй; "вэ" + "ем" are Korean or Vietnamese syllables only
        return word[:len(EI_GIVEN.sub("", low))] + "эй"
    if any(0 < syllable_count(low, language) <= 2 for language in INVENTORIES):
        # no syllable of an inventory ends in б or д: a word that would so end is a nominative ("Лай Цинде")
        return word if form != word and form[-1:].lower() in "бд" else form
    for ending in ("ем", "ю", "я", "е"):  # (in an inventory the stem splits into too)
        if low.endswith(ending) and syllabic(low[:-len(ending)] + "й", like=low[:-len(ending)]):
            return word[:-len(ending)] + "й"
    if EI_GIVEN.search(low) and syllabic(EI_GIVEN.sub("эй", low)):
        # no syllable of these inventories ends in -эя, -эю, -эем, -эе: a case of one in -эй, whose stem
        # ends in no syllable ("Ли Цзяньвэя": Цзяньвэй, of цзянь + вэй)
        return word[:len(EI_GIVEN.sub("", low))] + "эй"
    return form


def _soft_final(word: str) -> bool:
    """``word`` ends in a Chinese syllable in -нь of lexicons/east_asian_soft_finals.txt, whole: the
    letter before it ends the syllable before (a vowel, ь, н, р, й) or there is none."""
    for syllable in load_list("east_asian_soft_finals.txt"):
        if word.endswith(syllable) and (len(word) == len(syllable) or word[-len(syllable) - 1] in "аеёиоуыэюяьнрй"):
            return True
    return False


@lru_cache(maxsize=1)
def east_asian_first() -> frozenset[str]:
    """Every family name that may open an East Asian name, of two words or of three ("Ле")."""
    return load_list("east_asian_surnames.txt") | load_list("east_asian_surnames_three.txt")


# the case endings of a family name declined as a hard consonant stem, and the endings of the last
# syllable in the same case (its soft stems: "Ёля", "Ёлю", "Ёлем", "Ёле")
FAMILY_CASES = (("ом", ("ом", "ем")), ("а", ("а", "я")), ("у", ("у", "ю")), ("е", ("е",)))


def declined_family(words: Sequence[str]) -> Optional[str]:
    """The family name of a three-word name declined as a Russian consonant stem, in the nominative,
    where it is listed (lexicons/east_asian_surnames.txt) and the last given syllable is in the same
    case ("Кима Чен Ира" -> Ким, "Хвана Чжан Епа" -> Хван, "Кимом Ён Хёном"); else None. A family
    name as written ("Ким Чен Ира") is no declined one."""
    if len(words) != 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    low, last = words[0].lower(), words[-1].lower()
    families = load_list("east_asian_surnames.txt")
    if low in east_asian_first():
        return None
    for ending, given_endings in FAMILY_CASES:
        stem = low[:-len(ending)]
        if low.endswith(ending) and stem in families and stem[-1:] not in VOWELS \
                and last.endswith(given_endings) and given_nominative(words[-1]) != words[-1]:
            return words[0][:len(stem)]
    return None


def asian_name(morph: Morph, words: Sequence[str]) -> Optional[tuple[str, str]]:
    """(given name, family name) of a Chinese, Korean or Vietnamese name, else None; of a Burmese name
    (:func:`burmese`), the words before the last and the last."""
    if len(words) not in (2, 3, 4):
        return None
    if (mongolian := mongolian_name(morph, words)) is not None:  # "Батын Доржа": the father's name first
        return mongolian
    family = declined_family(words)
    if family is not None:  # "Кима Чен Ира": read as "Ким Чен Ира"
        words = [family, *words[1:]]
    if len(words) == 3 and len(words[0]) == 1 and len(words[1]) == 1:
        return None  # "Е. М. Малых": two initials before a surname, not the family name "Е"
    if burmese(morph, words):  # no family name: the last word, the one that declines, is read as the surname
        return " ".join(words[:-1]), given_nominative(words[-1])  # (docs/gold-conventions.md)
    if len(words) == 2 and "-" in words[1] and (words[0].lower() in load_list("east_asian_surnames.txt") or (
            is_syllable(words[0]) and not known_first_name(morph, words[0]))):  # "Сон Хын-мина", "Кэ Вэнь-чжэ"
        given = hyphen_given(words, given_nominative)
        return None if given is None else (given, words[0])
    if words[0].lower() not in load_list("east_asian_surnames.txt") and not (
            len(words) >= 3 and words[0].lower() in load_list("east_asian_surnames_three.txt")) and not (
            len(words) == 3 and words[1] == VIETNAMESE_WOMAN and words[0].isalpha()):
        # "Ле Хоанг Нам", not "Ле Пен"; "Кхуат Тхи Нгок": any family name before "Тхи"; else a name
        # of syllables of one inventory ("Цзо Цзяньго", "Пён Дон Хён", "Вуонг Тхань Ту")
        if syllable_name(morph, words, given_nominative) is None:
            return None
        return " ".join([*words[1:-1], given_nominative(words[-1])]), words[0]
    given = list(words[1:])
    if not all(w[:1].isupper() and w.isalpha() for w in given):
        return None
    # Korean, and a Vietnamese name of three given syllables ("Нгуен Тхи Ким Нган"): one syllable a word
    # (a Khmer given name after its family name may be longer: "Нородом Сиамони", four syllables)
    limit = 1 if len(given) >= 2 else 2 + (words[0].lower() in load_list("khmer_surnames.txt"))
    if any(_syllables(w) > limit + (i == len(given) - 1) for i, w in enumerate(given)):
        return None
    # two one-syllable given names read so even where the last is a Russian name part too
    # ("Буй Тхань Шоном": Шон); one given name must not be one ("Ким Анна")
    if (len(given) == 1 or _syllables(nominative(given[-1])) > 1) and any(
            _russian_name_part(morph, w) for w in given[-1:]) or (
            len(given) == 1 and _syllables(nominative(given[0])) > limit) or (
            len(given) == 1 and _declined_first_before_surname(morph, words[0], given[0])):
        return None
    given[-1] = given_nominative(given[-1])
    if len(given) == 1 and _syllables(given[0]) > 1 and NOT_PALLADIUS.search(given[0].lower()) \
            and not ASPIRATED.search(given[0].lower()) and words[0].lower() not in load_list("khmer_surnames.txt") \
            and not (KOREAN_VOWEL.search(given[0].lower()) and syllable_count(given[0], "korean") == 2
                     and not morph.is_known(given[0])):  # "Кан Кёнхва": Korean syllables, ё and ы no Spanish name has
        return None  # "Хуан Мухика": a Chinese given name of two syllables in one word ends them in a vowel, н, р, й
    return " ".join(given), words[0]


# Japanese words as Russian writes them (Polivanov's syllables: "Кисида", "Сюнъити", "Хоккайдо");
# "е" beside "э" as the press often writes it ("Абе")
JAPANESE = re.compile(r"^(?:(?:дз|кк|пп|тт|сс|[кгсзтдцнхфбпмрв])?[аиуэоёюяе]й?|н(?![аиуэоёюяе])|нъ)+$")
JAPANESE_MARKS = ("цу", "дз", "нъ", "сю", "тю", "кю", "сё", "тё", "кё")
# a case of a given name in -эй (Polivanov's "Сёхэй", "Кохэй", "Иппэй"): no Japanese word ends in -эю, -эя, -эем
EI_CASE = re.compile(r"э(ю|я|ем)$")
NOT_JAPANESE = 0.5  # a surname reading ending in a consonant beside a Japanese given name


def japanese_given(morph: Morph, word: str, readings: Sequence) -> bool:
    """A word the dictionary does not know made of Japanese syllables and ending in a vowel:
    a Japanese given name ("Фумио", "Ёсихидэ", "Кацунобу")."""
    low = word.lower()
    if len(low) < 3 or morph.is_known(word) or not JAPANESE.match(low):
        return False
    from .name_origins import listed_origins  # (a lazy import: name_origins reads this module's neighbours)
    origins = listed_origins(low)
    if origins and "japanese" not in origins:
        return False  # a first name the peoples lexicons list of another people ("Факундо", "Теему", "Мамаду")
    # not the ending of a case ("Кириакоса", "Гидеону", "Кайсе"): -о, -э, or -и, -у where
    # the word is no case of another name ("Сюнъити"; not "Эвики" of Эвика, "Гэвину" of Гэвин),
    # unless it has a syllable Russian words lack ("Кацунобу")
    if any(r.role == "first" and r.weight >= 1.0 and r.nominative != low and r.nominative[-1:] in "ая"
           and "japanese" not in listed_origins(r.nominative) for r in readings):
        return False  # a case of another people's listed name in -а, -я, whatever its syllables: "Ивицу" (the
        # Croatian Ивица, not a Japanese -цу), "Дзерассе" (the Ossetian Дзерасса, not a Japanese дз-)
    if low.endswith("ну") and not first_name_peoples(low):
        return False  # a case of a name in -н or -на ("Дзюну" of Дзюн, "Харуну" of Харуна): no given name ends so
    if low[-1] == "е":  # a case ("Бенъямине" of Бенъямин), of a name in -й after a vowel: "Сёхэе" of Сёхэй
        # (but a name with a syllable Russian words lack before its last, "Хадзиме"; not "Кобахидзе")
        return (low[-2:-1] in VOWELS and bool(JAPANESE.match(low[:-1] + "й"))) or any(
            m in low[:-2] for m in JAPANESE_MARKS if m != "нъ")
    if low.endswith(("ей", "ею", "ой", "ою")) and low[-3:-2] not in VOWELS:
        return False  # the instrumental of a name in -а, -я after a consonant, no Japanese name's end (Polivanov
        # writes -эй: "Кохэй"): "с Дзерой", the Ossetian Дзера
    if low.endswith(("ей", "ею", "ой", "ою")) and (low.endswith(("уей", "уею")) or "japanese" in (
            first_name_peoples(low[:-2] + "я") | first_name_peoples(low[:-2] + "а"))):
        return False  # the instrumental of a name in -я, -а that declines ("с Тэцуей": Тэцуя, "Акирой")
    if low.endswith(("ей", "ой")) and any(r.role == "first" and r.case == "ablt" and r.weight >= 1.0
                                         and r.nominative == low[:-2] + ("я" if low[-2] == "е" else "а") for r in readings):
        return False  # ... or of a listed name of another people ("с Дзерассой": the Ossetian Дзерасса)
    if low[-1] in "оэ" or any(s in low for s in JAPANESE_MARKS) or first_name_peoples(low) == {"japanese"}:
        return True  # (a listed Japanese name: "Хироюки", "Такуми")
    other = max((r.weight for r in readings if r.role == "first" and r.nominative != low), default=0.0)
    lexicon = any(r.role == "first" and r.nominative == low and r.weight >= LEXICON for r in readings)
    # a lexicon's name no case of a known one: "Нобору", "Осаму"; not "Ханну" (Finnish, and Ханна's)
    return low[-1] in "иу" and (other < 0.45 or (lexicon and other < 1.0))


def japanese_surname(readings: Sequence, given: str = "") -> tuple:
    """Beside a Japanese given name, the surname's readings in Japanese syllables ending in a
    vowel or "н" ("Кисиде" -> Кисида, not Кисид) outweigh the others, where there are any; beside
    a surely Japanese given name (``given``: listed, or of syllables Russian words lack, or in -о,
    -э) not one in -е after a consonant (Polivanov writes -э, "Абэ", "Танабэ": "Накамуре" is of
    Накамура; "Антти Ринне", a Finn's name of Japanese-like syllables, stays), and beside a listed
    Japanese given name (or one of syllables Russian words lack) not one in -у after a consonant,
    rather the accusative of a surname in -а ("Макото Ёсикаву": Ёсикава; not beside "Тиаго", whose
    Portuguese surname in -у stands: "Тиаго Фигейреду")."""
    low = given.lower()
    listed = first_name_peoples(low) == {"japanese"} or any(m in low for m in JAPANESE_MARKS)
    sure = listed or low[-1:] in ("о", "э")

    def shaped(r) -> bool:
        return r.role != "last" or (r.nominative[-1:] in VOWELS | {"н"} and bool(JAPANESE.match(r.nominative))
                                    and not (sure and r.nominative[-1:] == "е" and r.nominative[-2:-1] not in VOWELS)
                                    and not (listed and r.nominative[-1:] == "у" and r.nominative[-2:-1] not in VOWELS))
    if not any(r.role == "last" and shaped(r) for r in readings):
        return tuple(readings)
    return tuple(r if shaped(r) else r._replace(weight=r.weight - NOT_JAPANESE) for r in readings)


# surname suffixes no Japanese name has (Polivanov writes -эв, never -ев/-ов): "о Васо Абаеве" is of
# Абаев, an Ossetian name, though "Васо" is made of Japanese syllables
RUSSIAN_SUFFIXES = ("ев", "ёв", "ов")


def russian_surname(readings: Sequence) -> bool:
    """A surname reading in -ов/-ев that the table gives as likely as any other."""
    best = max((r.weight for r in readings if r.role == "last"), default=0.0)
    return any(r.role == "last" and r.gender == "masc" and r.nominative.endswith(RUSSIAN_SUFFIXES)
               and r.weight >= best for r in readings)


def burmese(morph: Morph, words: Sequence[str]) -> bool:
    """A Burmese name by its syllables ("Тин Аунг Мьинт"): no family name, written in its own order."""
    return (len(words) in (3, 4) and syllable_name(morph, words, given_nominative) == "burmese") or (
        burmese_in_myanmar(words, given_nominative) and not known_first_name(morph, words[0]))  # "Тейн Сейн" in a text about Myanmar
