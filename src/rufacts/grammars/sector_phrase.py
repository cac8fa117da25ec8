"""One noun phrase of a sector list in its normal form (:func:`normalize_phrase`, read by
:func:`rufacts.grammars.sector_normal.sector_name` for each item that stands in the case the
marker governs): its head noun and the adjectives before it go to the nominative, keeping the
head's number ("высоких технологий" -> "высокие технологии"), and the words after the head
(genitive dependents) stay as written ("производства медицинского оборудования" ->
"производство медицинского оборудования"). Adjectives may be coordinated ("пищевой и
перерабатывающей промышленности"). Heads marked ``plur`` in ``sector_heads.tsv`` take the
plural where the form allows it ("биотехнологии"). Hyphenated words inflect in their last part
("IT-технологий" -> "IT-технологии", "оборонно-промышленного" -> "оборонно-промышленный").
"""
from __future__ import annotations

from typing import Optional, Sequence

from .morph import Morph, inflect
from .morph import restore_case
from .sector_tech import tech_form
from .sector_words import lexicon
from .sector_unknown_plural import adjective_plural, unknown_plural

_ADJ = {"ADJF", "PRTF"}


def _nominal(morph: Morph, word: str, pos: set[str], case: Optional[str]):
    """Parses of the word's last hyphen part as ``pos`` (in ``case`` when possible)."""
    tail = word.rsplit("-", 1)[-1] if "-" in word else word
    parses = [p for p in morph.parse(tail) if p.tag.POS in pos]
    if case:
        parses = [p for p in parses if p.tag.case == case] or parses
    return tail, parses


def _inflected(word: str, tail: str, parse, grams: set[str]) -> str:
    new = inflect(parse, grams) or inflect(parse, {"nomn"})
    if new is None:
        return word
    return _compound_first(word[: len(word) - len(tail)], parse, grams) + \
        restore_case(tail, new)


def _compound_first(prefix: str, parse, grams: set[str]) -> str:
    """The part before a hyphenated noun's last part, inflected with it where it is a
    noun of the same case and number that cannot be read as a nominative ("льном-
    долгунцом" -> "лён-долгунец", "школ-интернатов" -> "школы-интернаты"); an invariant
    first part stays ("интернет-магазинов", "кафе-пекарен", "IT-компаний")."""
    first = prefix[:-1]
    if not prefix.endswith("-") or "-" in first or not first.isalpha():
        return prefix
    from .morph import get_morph

    parses = [p for p in get_morph().parse(first.lower()) if p.tag.POS == "NOUN"]
    if not parses or any(p.tag.case == "nomn" or "Fixd" in p.tag.grammemes for p in parses):
        return prefix
    same = next((p for p in parses if p.tag.case == parse.tag.case
                 and p.tag.number == parse.tag.number), None)
    new = inflect(same, {"nomn"} | (grams & {"sing", "plur"})) if same else None
    return restore_case(first, new) + "-" if new else prefix


def _abbreviation(word: str) -> bool:
    """An abbreviation written in capitals ("ИИ", "ОПК", "ЖКХ"), declined by no ending."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _agree(a, b) -> bool:
    return a.tag.case == b.tag.case and a.tag.number == b.tag.number and (
        a.tag.number == "plur" or a.tag.gender in (b.tag.gender, None) or b.tag.gender is None)


def _one_of_many(a, b) -> bool:
    """"химической и стекольной отраслей": a singular adjective of coordinated ones before
    a plural noun of its gender."""
    return a.tag.case == b.tag.case and a.tag.number == "sing" and b.tag.number == "plur" \
        and b.tag.POS == "NOUN" and a.tag.gender is not None and a.tag.gender == b.tag.gender


def _is_modifier(morph: Morph, word: str, following: str, case: Optional[str],
                 coordinated: bool = False) -> bool:
    """True if ``word`` is an adjective agreeing with the word after it."""
    adjectives = [p for p in _nominal(morph, word, _ADJ, case)[1]
                  if case is None or p.tag.case == case]
    if _abbreviation(following):  # "генеративного ИИ": the abbreviation takes any case
        return bool(adjectives)
    nominals = _nominal(morph, following, _ADJ | {"NOUN"}, case)[1]
    return any(_agree(a, n) or (coordinated and _one_of_many(a, n))
               for a in adjectives for n in nominals)


_JOINERS = {"и", "или", ","}


def normalize_phrase(morph: Morph, words: Sequence[str], case: Optional[str]) -> str:
    """One noun phrase in its normal form (head and adjectives before it nominative);
    adjectives may be coordinated: "пищевой и перерабатывающей промышленности"."""
    words = list(words)
    if len(words) == 1 and tech_form(words[0]):  # "в агротехе" -> агротех
        return tech_form(words[0])
    head = 0
    coordinated = False
    while head < len(words) - 1:
        if words[head].lower() in _JOINERS and head > 0:
            head += 1
            coordinated = True
            continue
        following = next((w for w in words[head + 1:] if w.lower() not in _JOINERS), None)
        if following is None or not _is_modifier(morph, words[head], following, case,
                                                 coordinated):
            break
        head += 1
    tail, nouns = _nominal(morph, words[head], {"NOUN"}, case)
    if _abbreviation(words[head]) and not (nouns and "Fixd" in nouns[0].tag.grammemes):
        # "ИИ" is no form of "ия": kept as written (w94); "ПО" is pymorphy3's own
        return " ".join(_fixed_head(morph, words, head, case, "masc") if head and case not in (
            None, "nomn") else words)  # "генеративного ИИ": of ambiguous genders, masculine
    if nouns and "Fixd" in nouns[0].tag.grammemes and head and case not in (None, "nomn"):
        return " ".join(_fixed_head(morph, words, head, case))  # "промышленного ПО"
    if not nouns and len(words) == 1 and adjective_plural(morph, words[0], case):
        return adjective_plural(morph, words[0], case)  # "выращивают осетровых"
    if not nouns or "Fixd" in nouns[0].tag.grammemes:
        return " ".join(words)
    adjectives = [[] if w.lower() in _JOINERS else _nominal(morph, w, _ADJ, case)[1]
                  for w in words[:head]]
    numbers = {p.tag.number for p in nouns}
    for parses in adjectives:  # the adjectives tell "высоких технологий" is plural
        numbers = {p.tag.number for p in parses if p.tag.number in numbers} or numbers
    if len([w for w in words[:head] if w.lower() in _JOINERS]) and "plur" in numbers and \
            "sing" in numbers:
        numbers = {"sing"}  # "пищевой и перерабатывающей промышленности": one each
    # of equal readings, one whose lemma is a sector head ("промыслом": промысел, not промысл)
    parse = next((p for p in nouns if p.tag.number in numbers
                  and p.normal_form in lexicon().heads and p.score >= nouns[0].score),
                 None) or next(p for p in nouns if p.tag.number in numbers)
    number = parse.tag.number
    lemma = parse.normal_form
    if lemma in lexicon().plural_heads and morph_has_plural(morph, tail, case):
        number = "plur"
    elif coordinated and number == "plur" and any(adjectives) and all(
            any(_one_of_many(p, parse) for p in ps) for ps in adjectives if ps):
        number = "sing"  # "химической и стекольной отраслей": one industry each, so
        # "химическая и стекольная отрасль" (docs/gold-conventions.md)
    out = list(words)
    grams = {"nomn"} if "Pltm" in parse.tag.grammemes or number is None else {"nomn", number}
    out[head] = unknown_plural(morph, words[head], case) or \
        _inflected(words[head], tail, parse, grams)  # "пеллет" -> "пеллеты", not "пеллета"
    for index, parses in enumerate(adjectives):
        agreeing = [p for p in parses if p.tag.number == parse.tag.number
                    and (number == "plur" or p.tag.gender in (parse.tag.gender, None))]
        one_of_many = [p for p in parses if coordinated and _one_of_many(p, parse)]
        if agreeing or one_of_many:  # "химическая и стекольная отрасли"
            adj_tail = words[index].rsplit("-", 1)[-1]
            adj_grams = {"nomn", "plur"} if number == "plur" and agreeing else {"nomn"}
            out[index] = _inflected(words[index], adj_tail, (agreeing or one_of_many)[0],
                                    adj_grams)
    return " ".join(out)


def _fixed_head(morph: Morph, words: list[str], head: int, case: str,
                gender: Optional[str] = None) -> list[str]:
    """"промышленного ПО" -> "промышленное ПО": an indeclinable head noun; the adjectives
    before it in ``case`` go to the nominative in their own gender and number."""
    out = list(words)
    for index, word in enumerate(words[:head]):
        parses = [p for p in _nominal(morph, word, _ADJ, case)[1] if p.tag.case == case]
        parse = next((p for p in parses if p.tag.gender == gender), None) or next(
            iter(parses), None)
        if parse is not None:
            grams = {"nomn", parse.tag.number} | ({parse.tag.gender} if parse.tag.gender
                                                  else set())
            out[index] = _inflected(word, word.rsplit("-", 1)[-1], parse, grams)
    return out


def morph_has_plural(morph: Morph, word: str, case: Optional[str]) -> bool:
    """True if the word may be read as plural (in ``case``, or as a nominative)."""
    return any(p.tag.POS == "NOUN" and p.tag.number == "plur"
               and p.tag.case in (case, "nomn") for p in morph.parse(word))
