"""Organization names whose words do not all decline as one noun phrase: a first word frozen
in the nominative before a declining second ("Газпром нефти" -> Газпром нефть), frozen words
before a declining descriptor ("Ак Барс Банка" -> Ак Барс Банк), a body named as a person
("«Салавата Юлаева»"), hyphenated names one part of which declines ("Русь-Банку", "Марии-Ра").
:mod:`rufacts.entities.normal` calls these before its head-phrase rule."""
from __future__ import annotations

from typing import Sequence

from ..grammars.letters import CONSONANTS
from ..grammars.morph import Morph, inflect, restore_case
from ..lexicons import load_list
from .names import analyze_name
from .org_brand_places import brand_noun_place
from .org_stem_adjectives import stem_adjective
from .org_trade_tails import trade_tail

NOUNISH = {"NOUN"}


PAIR_CASES = frozenset({"datv", "ablt", "loct"})  # a genitive second word may be the first's complement
PERSONAL_OR_PLACE = frozenset({"Geox", "Name", "Surn", "Patr", "Fixd"})


def both_declined(morph: Morph, words: Sequence[str]) -> list[str] | None:
    """A quoted name of two capitalized common nouns in apposition, both declined in one dative,
    instrumental or locative singular ("с «Почтой Банком»", "в «Почте Банке»" -> Почта Банк): each
    in the nominative (the second read as a descriptor where it may be: "Банке" of банк). None where
    a word has a nominative reading, names a place or a person, or
    the two share no such case."""
    if len(words) != 2 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return None
    readings = []
    for word in words:
        parses = morph.parse(word)
        if not morph.is_known(word) or any(p.tag.case == "nomn" for p in parses):
            return None
        if any("Geox" in p.tag.grammemes for p in parses):
            return None  # "Банке Франции": a country's genitive, not a "франций" in the locative
        readings.append([p for p in parses if p.tag.POS == "NOUN" and p.tag.number == "sing"
                         and p.tag.case in PAIR_CASES and not PERSONAL_OR_PLACE & p.tag.grammemes])
    descriptors = load_list("org_descriptors.txt")  # "Банке": of банк, not банка
    readings[1].sort(key=lambda p: p.normal_form not in descriptors)
    pair = next(((a, b) for b in readings[1] for a in readings[0] if a.tag.case == b.tag.case), None)
    if pair is None:
        return None
    forms = [inflect(p, {"nomn"}) for p in pair]
    if None in forms:
        return None
    return [restore_case(w, f) for w, f in zip(words, forms)]


def descriptor_pair(morph: Morph, words: Sequence[str]) -> list[str] | None:
    """A quoted name of two capitalized nouns whose second is a descriptor ("Банк"), both in the
    genitive singular ("акции «Почты Банка»" -> Почта Банк): a brand and its kind in apposition, each
    in the nominative, though the first may also spell a nominative plural ("Почты"). Not a
    descriptor's genitive after another noun ("«Дома Книги»": книга is no descriptor), nor a word
    the dictionary lacks or one naming a place or a person, nor a first word that reads as a
    nominative singular."""
    if len(words) != 2 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() and morph.is_known(w)
                                  for w in words):
        return None
    descriptors = load_list("org_descriptors.txt")
    firsts, seconds = (morph.parse(w) for w in words)
    if any(p.tag.case == "nomn" and p.tag.number == "sing" for p in firsts):
        return None  # (the second's nominative may be another noun's: "Банка", a jar)
    first = next((p for p in firsts if p.tag.POS == "NOUN" and (p.tag.case, p.tag.number) == ("gent", "sing")
                  and not PERSONAL_OR_PLACE & p.tag.grammemes), None)
    second = next((p for p in seconds if p.tag.POS == "NOUN" and (p.tag.case, p.tag.number) == ("gent", "sing")
                   and p.normal_form in descriptors), None)
    if first is None or second is None or first.normal_form in descriptors:
        return None  # "Совета Федерации": a descriptor first is the head of its genitive
    forms = [inflect(p, {"nomn", "sing"}) for p in (first, second)]
    return None if None in forms else [restore_case(w, f) for w, f in zip(words, forms)]


def _frozen_first(morph: Morph, words: Sequence[str], quoted: bool = False) -> list[str] | None:
    """A two-word company name whose first word stands frozen in the nominative while the
    second declines: "Газпром нефти" -> "Газпром нефть", "Тинькофф Банка" -> "Тинькофф Банк".
    Only where the first word is a company name or unknown (not a common noun: "Министерство
    финансов" keeps its genitive) and the second no place or person ("Сбербанк России")."""
    alpha = [w for w in words if any(c.isalpha() for c in w)]
    if len(alpha) != 2 or len(words) != 2:
        return None
    first, second = words
    firsts = morph.parse(first)
    if _acronym(first) and second[:1].islower():
        return None  # an abbreviation's genitive complement: "НМИЦ гематологии", "НИИ физики"
    if _acronym(first):  # "МТС Банка" -> "МТС Банк"
        pass
    elif morph.is_known(first) and not any("Orgn" in p.tag.grammemes for p in firsts) and not (
            first[:1].isupper() and second[:1].isupper()  # not "пресс-служба Кремля": a lower-case head's genitive
            and any(p.tag.case == "nomn" and p.tag.POS == "NOUN" for p in firsts)
            and firsts[0].normal_form not in load_list("org_descriptors.txt")):
        # a common noun first, but for a capitalised second word ("Почта Банка"); a descriptor
        # first is the head of its genitive ("Совет Федерации")
        return None
    elif firsts[0].tag.POS is not None and not {"Orgn", "Fixd"} <= firsts[0].tag.grammemes and not any(
            p.tag.case == "nomn" and "Fixd" not in p.tag.grammemes for p in firsts):
        # an unknown word ("Ак Барса") stands frozen, and so does an indeclinable company's name
        # ("«Газпром-Медиа Холдинга»")
        return None
    if _nominative_phrase(morph, first, second):
        return None  # "«Подринские вести»": an adjective agreeing with its noun, both nominative already
    tail = trade_tail(second)  # "«Кастор Майнингом»": a trade word the dictionary lacks (org_trade_tails)
    if tail is not None:
        return [first, tail[0]] if tail[1] != "nomn" else None
    seconds = [p for p in morph.parse(second) if p.tag.POS == "NOUN"]
    if seconds and (seconds[0].tag.case, seconds[0].tag.number) == ("gent", "plur"):
        return None  # "«Магнит Косметик»": a frozen pair's second word declines in the singular
    if not seconds or not morph.is_known(second) or seconds[0].tag.case == "nomn" or any(
            {"Geox", "Name", "Surn", "Fixd"} & p.tag.grammemes for p in seconds) or (
            not quoted and any("Orgn" in p.tag.grammemes and p.tag.case == "gent" for p in seconds)):
        return None  # the likeliest reading is oblique; an organization's own name in the
        # genitive ("Пресс-служба Мосгордумы") is the first word's dependent, not in quotes
        # ("«Мега Телекома»") nor in another case ("в «Дельта Телекоме»")
    if morph.is_known(first) and not _acronym(first) and any(
            p.tag.POS == "NOUN" and "Orgn" not in p.tag.grammemes and (
                p.tag.case == "nomn" and p.tag.number == "plur"
                or (p.tag.case, p.tag.number) == (seconds[0].tag.case, seconds[0].tag.number))
            for p in firsts[:1]):
        return None  # a plural head ("Крылья Советов") or a head in the second's case ("Мира
        # Сбербанка"): the second word is the first's genitive, not a frozen pair
    if second[:1].islower() and stem_adjective(first, seconds[0].tag.case, seconds[0].tag.number,
                                               seconds[0].tag.gender):
        return None  # "Ягеллонской библиотеки": a place adjective the dictionary lacks, agreeing with its head
    nominative = inflect(seconds[0], {"nomn"})
    return [first, restore_case(second, nominative)] if nominative else None


def _nominative_phrase(morph: Morph, first: str, second: str) -> bool:
    """A first word the dictionary lacks read as a plural adjective in the nominative, and a second
    noun with a plural nominative reading: a phrase in the nominative ("«Подринские вести»"), not a
    frozen word before a declined one (no "Подринские весть")."""
    if morph.is_known(first):
        return False
    adjectives = [p for p in morph.parse(first) if p.tag.POS in ("ADJF", "PRTF")]
    return bool(adjectives) and all(p.tag.number == "plur" for p in adjectives) \
        and any(p.tag.case == "nomn" for p in adjectives) \
        and any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur" for p in morph.parse(second))


def _frozen_lead(morph: Morph, words: Sequence[str]) -> list[str] | None:
    """A name of three or more capitalized words ending in a descriptor word that declines
    while the words before it stand frozen in the nominative: "Ак Барс Банка" -> "Ак Барс Банк",
    "Хоум Кредит Банком" -> "Хоум Кредит Банк". Every word before it is an acronym, a Latin or
    unknown word, or has a nominative reading ("Московского Кредитного Банка" is an adjective
    phrase and declines as one)."""
    placed = brand_noun_place(morph, words, _frozen_first)  # "«Газпром добычи Ямбург»"
    if placed is not None:
        return placed
    if len(words) < 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    last = words[-1]
    descriptors = load_list("org_descriptors.txt")  # "Банка": the bank's, not a jar
    nouns = [p for p in morph.parse(last) if p.tag.POS == "NOUN" and p.normal_form in descriptors]
    if last.isupper() or not nouns or any(p.tag.case == "nomn" for p in nouns) or nouns[0].tag.number != "sing":
        return None
    for word in words[:-1]:
        if not (_acronym(word) or word.isascii() or not morph.is_known(word)
                or any(p.tag.case == "nomn" for p in morph.parse(word))):
            return None
    nominative = inflect(nouns[0], {"nomn", "sing"})
    return [*words[:-1], restore_case(last, nominative)] if nominative else None


# a two-word body name read as a person's (names.analyze_name): the best reading's score, and
# its lead over the next
PERSON_NAMED, PERSON_MARGIN = 1.5, 0.5


def _acronym(word: str) -> bool:
    """A name written in capitals ("АЛРОСА", "МТС") stands as written in any case."""
    return len(word) > 1 and word.isalpha() and word.isupper()


NORDIC_BY = "бю"  # no Russian noun ends so but a dative of one in "-бь" ("голубю": known words aside)


def _masculine_guess(word: str, parses, shortest: int = 5) -> str | None:
    """An unknown name in "-ом", or in "-а/-у/-е" the analyzer guesses a neuter "-о" for,
    declines as a masculine noun in a consonant ("Мечелом", "Мечела" -> Мечел); ``shortest``: the
    fewest letters of such a word (4 for the last part of a hyphenated name: "Норд-Ойла"). A word
    in the Nordic "-by" ("Брондбю", "Люнгбю") does not decline: it stands as written (no "Брондбь")."""
    low = word.lower()
    if low.endswith(NORDIC_BY) and len(low) >= shortest:
        return word
    if parses and parses[0].tag.gender == "neut" and len(parses[0].methods_stack) > 1 \
            and len(parses[0].methods_stack[0][1]) >= 7:
        return None  # a long known word after a prefix: "Росимуществом" (рос + имуществом)
    if low.endswith("ом") and len(low) >= shortest and low[-3] in CONSONANTS:
        stem = word[:-2]
    elif low[-1:] in "ауе" and len(low) >= shortest and low[-2] in CONSONANTS and parses and \
            parses[0].tag.gender == "neut" and parses[0].normal_form.endswith("о"):
        stem = word[:-1]
    else:
        return None
    return stem


def _person_named(morph: Morph, words: Sequence[str]) -> list[str] | None:
    """A body named as a person, first name and surname in an oblique case ("«Салавата
    Юлаева»" -> "Салават Юлаев"): both words in the nominative, as the person's name."""
    if len(words) != 2 or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return None
    if not (_tagged(morph, words[0], "Name")
            and any("Surn" in p.tag.grammemes for p in morph.parse(words[1]))):  # also a guess
        return None
    parts = analyze_name(morph, list(words))
    if parts.first is None or parts.last is None or parts.middle is not None or not parts.candidates \
            or parts.candidates[0][0] < PERSON_NAMED or (
                len(parts.candidates) > 1 and parts.candidates[0][0] - parts.candidates[1][0] < PERSON_MARGIN):
        return None
    return [parts.first, parts.last]


def _tagged(morph: Morph, word: str, gram: str) -> bool:
    return morph.is_known(word) and any(gram in p.tag.grammemes for p in morph.parse(word))


def _hyphen_head(morph: Morph, word: str) -> str | None:
    """A hyphenated word the dictionary lacks whose first part it knows as a singular noun and
    whose rest it cannot parse at all ("Марии-Ра"): the first part declines alone."""
    first, _, rest = word.partition("-")
    if not rest or morph.is_known(word) or not morph.is_known(first) \
            or any(p.tag.POS is not None for p in morph.parse(rest)):
        return None
    parse = next((p for p in morph.parse(first) if p.tag.POS == "NOUN" and "sing" in p.tag.grammemes), None)
    nominative = parse.inflect({"nomn", "sing"}) if parse is not None else None
    return restore_case(first, nominative.word) + "-" + rest if nominative else None


def _hyphen_tail(morph: Morph, word: str) -> str | None:
    """Two capitalized parts the dictionary lacks as a whole, the first a nominative singular
    noun ("Русь-Банку", "Альфа-Капитала", "Кока-Колы"): the last part declines alone and the
    first stands as written (the whole word's guess declines both: "Русь-Банка", "Альф-Капитал")."""
    parts = word.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p.isalpha() for p in parts) or morph.is_known(word):
        return None
    if not any(p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"
               for p in morph.parse(parts[0])):
        return None
    if not morph.is_known(parts[1]):  # "Норд-Ойла" -> Норд-Ойл, not a neuter Ойло
        first = morph.parse(parts[1])[0]
        if first.tag.POS == "NOUN" and first.tag.case == "nomn" and first.tag.number == "sing" \
                and first.tag.gender == "femn":  # (not "Евро-Ойлом", a masculine guess)
            return word  # "«Вектор-Фарма»": an unknown last part guessed first as a feminine nominative
        guessed = _masculine_guess(parts[1], [p for p in morph.parse(parts[1]) if p.tag.POS in NOUNISH], 4)
        if guessed is not None:
            return parts[0] + "-" + guessed
    tail = next((p for p in morph.parse(parts[1]) if p.tag.POS == "NOUN" and p.tag.number == "sing"
                 and not {"Name", "Surn", "Patr"} & p.tag.grammemes), None)
    nominative = inflect(tail, {"nomn", "sing"}) if tail is not None else None
    return parts[0] + "-" + restore_case(parts[1], nominative) if nominative else None
