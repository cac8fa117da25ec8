"""Spanish and Portuguese names of three or four words the tagger cut apart (used by
:mod:`rufacts.entities.names_spans`):

- a given name of the lexicons left out before the two surnames it goes with: "Об Эстефании" +
  "Руис Кабрере" is Эстефания Руис Кабрера, one person;
- a given name alone before a second given name and two surnames: "Марию" + "Фернанду Лопес Гайтан"
  is Мария Фернанда Лопес Гайтан (gold conventions: a compound given name is one `first`, a double
  surname one `last`).

Each join holds only where the whole reads so (:func:`rufacts.entities.names.analyze_name`): the
given name(s) as `first`, the two surnames as `last`, no patronymic.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_hispanic import iberian_given_word
from .name_readings import _readings
from .names import analyze_name

FIRM = 1.0


def _cap(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()


def _given(morph: Morph, token) -> bool:
    return iberian_given_word(token.text, _readings(morph, token.text))


def _given_and_double_surname(whole, given_words: int) -> bool:
    """The analysis reads ``given_words`` given names, no patronymic and a surname of two words."""
    return whole.first is not None and len(whole.first.split(" ")) == given_words and whole.middle is None \
        and whole.last is not None and len(whole.last.split()) == 2


def _no_given(morph: Morph, token) -> bool:
    """A word no given name of the lexicons or the dictionary reads firmly: a surname."""
    return not _given(morph, token) and not any(
        r.role in ("first", "middle") and r.weight >= FIRM for r in _readings(morph, token.text))


def iberian_given_before_surnames(span: Span, covered: set[int], morph: Morph) -> Span:
    """``span`` of two surnames with the Iberian given name right before it taken in ("Об Эстефании"
    + "Руис Кабрере"); ``span`` unchanged else."""
    doc, i = span.doc, span.start - 1
    if span.label_ != "PER" or len(span) != 2 or i < 0 or i in covered or not _cap(doc[i]) \
            or not all(_cap(t) for t in span) or not _given(morph, doc[i]) \
            or not all(_no_given(morph, t) for t in span):
        return span
    if not _given_and_double_surname(analyze_name(morph, [doc[i].text] + [t.text for t in span]), 1):
        return span
    return Span(doc, i, span.end, label="PER")


def given_before_given_and_surnames(a: Span, b: Span, morph: Morph) -> Span | None:
    """"Марию" + "Фернанду Лопес Гайтан" -> one mention: a given name alone right before a second given
    name and two surnames, both given names of the lexicons, which the whole reads as a compound
    given name and a double surname."""
    if b.start != a.end or len(a) != 1 or len(b) != 3 or not all(_cap(t) for t in (*a, *b)) \
            or not _given(morph, a[0]) or not _given(morph, b[0]) \
            or not all(_no_given(morph, t) for t in b[1:]):
        return None
    if not _given_and_double_surname(analyze_name(morph, [t.text for t in (*a, *b)]), 2):
        return None
    return Span(a.doc, a.start, b.end, label="PER")


def given_typed_otherwise(other: Span, span: Span, morph: Morph) -> bool:
    """An organization or place span of one word right before two surnames, the word an Iberian given
    name of the lexicons ("контракт с Эвертоном" (ORG, as the club) + "Соаресом Лимой"): one person,
    where the three read as a given name and a double surname."""
    if len(other) != 1 or other.end != span.start or other.label_ not in ("ORG", "LOC"):
        return False
    joined = iberian_given_before_surnames(span, set(), morph)
    return joined is not span


def iberian_double_surname(morph: Morph, words: list[str]) -> bool:
    """Three words that read as an Iberian given name of the lexicons and two surnames, the last one a
    place's name too ("Тиагу Алмейды Сантуса": Сантус, also a Brazilian city): the whole is one
    name, no person with a place after it (entities/name_place_tail.py)."""
    if len(words) != 3 or not iberian_given_word(words[0], _readings(morph, words[0])) \
            or any(iberian_given_word(w, _readings(morph, w)) for w in words[1:]):
        return False
    whole = analyze_name(morph, words)
    if not _given_and_double_surname(whole, 1):
        return False
    # both surnames declined alike: not "Хосе Мартинесу Испания", a dative and a place's nominative
    declined = [part.lower() != word.lower() for part, word in zip(whole.last.split(), words[1:])]
    return declined[0] == declined[1]
