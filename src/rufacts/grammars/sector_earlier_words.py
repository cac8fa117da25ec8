"""Words and figures of :mod:`.sector_earlier` (issue 11, "earlier and other figures of the
same counted thing"): whether a place is said in the locative, a verb takes no object, an
adjective names a kind with no industry of its own, a field follows the verb; the value of a
figure and the counted noun said with it; where the words after a count go on past a
measure or the rest of its noun phrase. Split out of :mod:`.sector_earlier` (w199) to keep
that module to its patterns."""
from __future__ import annotations

import re
from typing import Optional

from .morph import Morph
from .sector_context import count_value, object_lemma
from .sector_words import forms, tokenize


def _locative(morph: Morph, words: str) -> bool:
    """Every word of "в Южной Корее", "в Тульской" can be in the locative; a name after the
    first word stays as it is ("в Республике Алтай", "в Марий Эл": w199)."""
    said = words.split()
    return bool(said) and all(
        k and w[:1].isupper() or any(p.tag.case in ("loct", "loc2") for p in morph.parse(w.lower()))
        for k, w in enumerate(said))


def _genitive_adjective(morph: Morph, word: str) -> bool:
    """"Владимирской", "Тверского": an adjective first, that can be genitive (a region's
    name); not a surname or a possessive ("Петровых")."""
    parses = morph.parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "ADJF" and not any(
        "Surn" in p.tag or "Poss" in p.tag for p in parses) and any(
        p.tag.POS == "ADJF" and p.tag.case == "gent" for p in parses)


def _intransitive(morph: Morph, word: str) -> bool:
    """A verb that takes no object ("закрылись", "появятся", "перешли") or a short
    passive participle ("лишены"): the clause names no sector of its own."""
    parses = [p for p in morph.parse(word.lower()) if p.tag.POS in ("VERB", "PRTS")]
    return bool(parses) and all(p.tag.POS == "PRTS" or "intr" in p.tag for p in parses[:1])


def _kind(morph: Morph, word: str) -> bool:
    """A plural genitive adjective that names no industry ("круглосуточных", "частных")."""
    from .sector_words import adjective_sector

    parses = [p for p in morph.parse(word.lower()) if p.tag.POS == "ADJF"]
    return bool(parses) and any(p.tag.number == "plur" and p.tag.case == "gent"
                                for p in parses) and not any(
        adjective_sector(p.normal_form) for p in parses)


_IN_FIELD = re.compile(r"\s+(?:в|во|на)\s+([\w-]+)((?:\s+[а-яё-]+){0,2})")


def _field_after(morph: Morph, text: str, start: int, stop: int) -> bool:
    """"работают в EdTech", "работают в биотехнологиях", "специализируются на мясном
    скотоводстве" (w199): the verb's "в" / "на" + a word that names an industry (a tech word
    or the first noun, past its adjectives, with ОКВЭД codes) is a sector of their own;
    "находятся в стадии проектирования" is none (the first noun is the stage)."""
    from .okved import okved_codes
    from .sector_tech import tech_form

    m = _IN_FIELD.match(text, start, stop)
    if m is None:
        return False
    if tech_form(m.group(1)):
        return True
    for word in [m.group(1)] + m.group(2).split():
        parse = morph.parse(word)[:1]
        if parse and parse[0].tag.POS == "NOUN":
            return bool(okved_codes(morph, parse[0].normal_form))
        if not parse or parse[0].tag.POS not in ("ADJF", "PRTF"):
            return False
    return False


def _plural_adjective(morph: Morph, word: str) -> bool:
    """"новых", "крупных": an adjective standing for the left-out counted noun."""
    return any(p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "plur"
               and p.tag.case in ("gent", "nomn") for p in morph.parse(word.lower()))


def _such(morph: Morph, word: str) -> Optional[str]:
    """"таких площадок", "таких предприятий": the lemma of the noun after "таких", a counted
    noun, a site ("площадка", ``sector_cues.tsv`` site) or a facility (``sector_agents.tsv``)."""
    from .sector_context import lexicon
    from .sector_nouns import facilities

    lex = lexicon()
    known = lex.objects | lex.first_words("site") | facilities()
    return next((p.normal_form for p in morph.parse(word.lower()) if p.tag.POS == "NOUN"
                 and p.normal_form in known), None)  # "таких случаев": no firms


def _last_words(morph: Morph, text: str, start: int, stop: int) -> tuple[int, Optional[int]]:
    """"работает пять" before "таких": the number of the last words of ``text[start:stop]``
    and where it starts, or (start, None)."""
    for m in re.finditer(r"\s+", text[start:stop]):
        value = _value(morph, text, start + m.end(), stop)
        if value is not None:
            return start + m.end(), value
    return start, None


def _value(morph: Morph, text: str, start: int, stop: int) -> Optional[int]:
    tokens = tokenize(morph, text, start, stop)
    return count_value(morph, tokens) if tokens else None


figure_value = _value  # "5,2 тыс." -> 5200, "сто двадцать" -> 120 (sector_false_counts)


def _bound(obj: Optional[str]) -> bool:
    """A counted noun that counts firms only beside a word of business ("мастер", "точка":
    ``sector_objects_bound.tsv``)."""
    from .sector_facility_bound import _business_words

    return obj is not None and obj.lower() in _business_words()


def _counted(morph: Morph, text: str, start: int, stop: int) -> Optional[str]:
    """The counted noun lemma of the word ``text[start:stop]`` ("компаний"), or None."""
    tokens = tokenize(morph, text, start, stop)
    return object_lemma(tokens[0]) if len(tokens) == 1 and forms(tokens[0]) else None


_MEASURE = re.compile(r"\s*(?:с\s+)?(?:(?:общей|суммарной|совокупной|годовой|проектной)\s+)?"
                      r"(?P<noun>[а-яё]+)\s+(?:[а-яё]+\s+){0,2}?\d[\d\s\u00a0,.]*"
                      r"(?:[^\W\d]+\.?(?:\s+[^\W\d]+\.?){0,2})?(?=\s*[,;])", re.I)


def past_measure(text: str, start: int, stop: int) -> int:
    """Where the words after a count go on past the measure said of its firms ("общей
    мощностью 2,5 ГВт", "площадью свыше 40 тыс. кв. м": ``sector_measure_adjuncts.txt``),
    else ``start``."""
    from .sector_measures import measure_forms

    m = _MEASURE.match(text, start, stop)
    if m is None or m.group("noun").lower() not in measure_forms():
        return start
    return m.end()


def _past_genitives(morph: Morph, text: str, start: int, stop: int) -> int:
    """Where the words after a count go on past the rest of its noun phrase, genitive words
    up to a comma that the count's span left out ("пунктов выдачи| заказов, в Набережных
    Челнах — более 400"): the comma, else ``start`` (w199)."""
    comma = text.find(",", start, min(stop, start + 50))
    if comma <= start:
        return start
    tokens = tokenize(morph, text, start, comma)
    if not 1 <= len(tokens) <= 3 or not all(
            t.value[:1].islower() and forms(t) and {"gent"} <= forms(t)[0].grams.values
            and forms(t)[0].grams.values & {"NOUN", "ADJF"} for t in tokens):
        return start
    return comma


__all__ = ["_bound", "_counted", "_field_after", "_genitive_adjective", "_intransitive", "_kind", "_last_words", "_locative", "_past_genitives", "_plural_adjective", "_such", "_value", "figure_value", "past_measure"]
