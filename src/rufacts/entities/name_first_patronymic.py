"""A capitalized word right before a patronymic is the person's first name, whatever the
dictionary reads it as: first names of Russia's peoples the dictionary lacks or guesses as a
common noun ("Сардане Ивановне Павловой", "Айталине Петровне", "Дулме Цыреновне") or the tagger
takes into a place before it ("в Чурапче Сахаайе Семёновне Кононовой": Чурапча is the place,
Сахаайа the woman). :func:`first_before_patronymic` takes that word into the person span that
starts with the patronymic, out of a place or organization span it ends.

A patronymic is a word in -ович/-евич/-ич or -овна/-евна/-ична/-инична in any case
(:func:`patronymic_word`), Buryat, Kalmyk and Yakut ones too ("Бадмаевне", "Очировне"), or a
Kazakh or Kyrgyz one in -улы/-ұлы/-уулу/-кызы/-қызы that never declines ("Ерболат Серикулы
Касымов": the dictionary guesses "Серикулы" a woman's genitive; :func:`turkic_patronymic`). The word
before it is no first name where it is a function word, a sentence-initial common noun the
dictionary knows ("Медсестре"), or a patronymic or surname itself.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_slavic_first import slavic_man_in_a
from .name_words import _capitalized, _first_name, _hyphenated_cap, _tagged

PATRONYMIC = re.compile(r"[ое]вич(?:а|у|ем|е)?$|(?:[ое]вн|ичн)(?:а|ы|е|у|ой|ою)$")  # "-ична" covers "-инична"
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "ADVB", "PRED"})


def patronymic_word(morph: Morph, word: str) -> bool:
    low = word.lower().replace("ё", "е")
    return _tagged(morph, word, "Patr") or (PATRONYMIC.search(low) is not None and len(low) >= 7)


TURKIC_PATRONYMIC_ENDS = ("улы", "ұлы", "уулу", "кызы", "қызы")


def turkic_patronymic(morph: Morph, word: str) -> bool:
    """A one-word Kazakh or Kyrgyz patronymic ("Нурланулы", "Бакытұлы", "Асанкызы"): capitalized, of
    seven letters or more, in -улы/-ұлы/-уулу/-кызы/-қызы, and no given name the dictionary or the
    lexicons know (not "Гурбангулы", "Аманкулы")."""
    return len(word) >= 7 and word[:1].isupper() and word.lower().endswith(TURKIC_PATRONYMIC_ENDS) \
        and not _first_name(morph, word)


def _first_name_slot(morph: Morph, token) -> bool:
    """A capitalized word that may be a first name before a patronymic."""
    if not _hyphenated_cap(token) or len(token.text) < 3 or patronymic_word(morph, token.text):
        return False
    parses = morph.parse(token.text)
    best = parses[0]
    if best.tag.POS in FUNCTION_POS:
        return False
    if any("Name" in p.tag.grammemes for p in parses):
        return True
    if any("Surn" in p.tag.grammemes for p in parses[:1]) and morph.is_known(token.text):
        return False  # "Мутко Виталия Леонтьевича": a surname before, another rule's
    # a word the dictionary knows as a common noun only, at a sentence's start: "Медсестре"
    return not (token.is_sent_start and morph.is_known(token.text) and best.tag.POS in ("NOUN", "ADJF"))


def first_before_patronymic(spans: list[Span], morph: Morph) -> list[Span]:
    """Person spans starting with a patronymic take in the first name before them."""
    out: list[Span] = []
    covered = {i for span in spans for i in range(span.start, span.end)}
    for span in spans:
        j = span.start - 1
        if span.label_ in ("LOC", "ORG") and _name_with_patronymic(morph, span):
            span = Span(span.doc, span.start, span.end, label="PER")  # "Эльбруса Хусеновича Газаева"
        if span.label_ != "PER" or j < 0 or len(span) < 2 or not _capitalized(span[0]) or not (
                patronymic_word(morph, span[0].text) or turkic_patronymic(morph, span[0].text)) \
                or not _first_name_slot(morph, span.doc[j]):
            out.append(span)
            continue
        if j not in covered:
            out.append(Span(span.doc, j, span.end, label="PER"))
            continue
        previous = out[-1] if out else None
        if previous is not None and previous.end == span.start and previous.label_ in ("LOC", "ORG") \
                and len(previous) >= 2 and _capitalized(previous[-2]):
            out[-1] = Span(span.doc, previous.start, previous.end - 1, label=previous.label_)
            out.append(Span(span.doc, j, span.end, label="PER"))
            continue
        if previous is not None and previous.end == span.start and previous.label_ == "PER" \
                and len(previous) <= 2:  # "(Чабана) Бекмурзу" + "Хаджиретовича Тлишева", tagged apart
            out[-1] = Span(span.doc, previous.start, span.end, label="PER")
            continue
        if previous is not None and previous.end == span.start and previous.label_ in ("LOC", "ORG") \
                and len(previous) == 1 and (_not_a_place(morph, previous[0].text)
                                            or _agrees(morph, previous[0].text, span[0].text)):
            out[-1] = Span(span.doc, j, span.end, label="PER")  # "Айталине" read as an organization
            continue
        out.append(span)
    return out


def _name_with_patronymic(morph: Morph, span: Span) -> bool:
    """A place or organization span of a first name, a patronymic and a surname, all capitalized,
    the first two of one case and gender: a person the tagger read as a place ("Эльбруса
    Хусеновича Газаева")."""
    return len(span) == 3 and all(_capitalized(t) for t in span) and _first_name_slot(morph, span[0]) \
        and patronymic_word(morph, span[1].text) and not patronymic_word(morph, span[2].text) \
        and _agrees(morph, span[0].text, span[1].text)


def _agrees(morph: Morph, word: str, patronymic: str) -> bool:
    """``word`` has a noun reading of a case and gender the patronymic has ("Эльбруса" and
    "Хусеновича": both a man's genitive; not "из Якутии Петровна")."""
    forms = {(p.tag.case, p.tag.gender) for p in morph.parse(patronymic) if p.tag.POS == "NOUN"}
    return any(p.tag.POS == "NOUN" and "sing" in p.tag.grammemes and (p.tag.case, p.tag.gender) in forms
               for p in morph.parse(word))


def _not_a_place(morph: Morph, word: str) -> bool:
    """A word alone in a place or organization span that is a first name before a patronymic: one the
    dictionary lacks or reads as a first name, or a listed first name of Russia's peoples; not a place
    or organization the dictionary knows ("из Якутии Петровна": no)."""
    from .name_peoples_first import listed_people_first

    if listed_people_first(morph, word):
        return True
    parses = morph.parse(word)
    if any("Name" in p.tag.grammemes for p in parses[:2]):
        return True
    return not morph.is_known(word)


MASCULINE_PATRONYMIC = re.compile(r"(?:[ое]вич|ич)(?:а|у|ем|е|ом)?$")


def man_first_in_a(words: list[str], readings: list) -> list:
    """A man's first name in -а/-я before a man's patronymic ("Бекмурзу Хаджиретовича Тлишева":
    Бекмурза, as Никита, Муса, Илья): the table's guess reads such a name a woman's, so each guessed
    woman's reading of the first word gets a man's twin of the same case and weight, and agreement
    with the patronymic decides. Only for three words whose second is a man's patronymic, and not in
    a case where the word reads as a man's first name already ("Валентине Петровиче": Валентин's
    prepositional, not a man's Валентина)."""
    if len(words) == 2:
        return slavic_man_in_a(words, readings)  # "о Николе Димовском": Никола (name_slavic_first)
    if len(words) != 3 or MASCULINE_PATRONYMIC.search(words[1].lower()) is None or len(words[1]) < 7:
        return readings
    manly = {r.case for r in readings[0] if r.role == "first" and r.gender == "masc" and r.weight >= 1.0}
    # not a woman's name the dictionary knows whose case is a man's name in the consonant too: the
    # Turkic pairs ("об Эльнаре Вагифовиче": Эльнар, not Эльнара; Ильнар, Айнур, Динар)
    stems = {(r.case, r.nominative) for r in readings[0] if r.role == "first" and r.gender == "masc"}
    twins = tuple(r._replace(gender="masc") for r in readings[0] if r.role == "first"
                  and r.gender == "femn" and r.nominative.endswith(("а", "я")) and r.case not in manly
                  and not (r.weight >= 1.0 and (r.case, r.nominative[:-1]) in stems))
    if not twins:
        return readings
    return [readings[0] + twins, *readings[1:]]
