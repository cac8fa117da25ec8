"""A person's name the tagger took for an organization or glued to the place or body after it
(used by :func:`rufacts.entities.names_spans.person_spans`): "с Левоном Оганесяном" (an
organization), "При Сыдыпе Батуевиче Цыдыпове комбинат нарастил" (the subject noun after it
taken in), "При Миндаугасе Пятрайтисе Клайпедский порт удвоил" (a place with the port after it).
Two capitalized words that read clearly as a first name the dictionary or the lexicon knows and a
surname, or three with a patronymic in the middle ("-вич", "-вна" in any case: Buryat, Yakut and
other first names the dictionary lacks) or a known first name, a lower-case surname particle and a
capitalized word ("Франческо делла Скала"), and no word the dictionary knows a place or an
organization (its guesses for the words it lacks say little: "Цыбикове"), are a person; a
lower-case noun after them is left out, a capitalized adjective and its noun stay a span of
the tagger's label; a person span that took in the capitalized adjective of the noun after it
leaves it out ("Миндаугасе Казлаускасе Шяуляйский аэропорт"). A two-word place alone is left to
:mod:`.place_persons`."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_words import MISSED, MISSED_KNOWN, _capitalized, _first_name
from .place_persons import reads_clearly
from .org_lead_nouns import body_nouns

PATRONYMIC = re.compile(r"(вич|вича|вичу|вичем|виче|вна|вны|вне|вну|вной)$")
NOT_PERSON = frozenset({"Geox", "Orgn", "Abbr", "Trad"})


def _person(words, morph: Morph) -> bool:
    from .names import PARTICLES

    texts = [t.text for t in words]
    if len(words) == 3 and texts[1] in PARTICLES and not words[0].is_sent_start and _capitalized(words[0]) \
            and _capitalized(words[2]) and _first_name(morph, texts[0]):
        return True  # "О Франческо делла Скала, совладельце винодельни": a first name, a particle, a surname
    if not all(_capitalized(t) for t in words) or words[0].is_sent_start:
        return False
    if any(morph.is_known(t) and NOT_PERSON & p.tag.grammemes for t in texts for p in morph.parse(t)):
        return False
    if len(words) == 3:
        return bool(PATRONYMIC.search(texts[1].lower())) and reads_clearly(morph, texts, MISSED)
    return _first_name(morph, texts[0]) and reads_clearly(morph, texts, MISSED_KNOWN)


def _rest(words) -> bool | None:
    """What follows the name in the span: None where it is no glued noun phrase; False for a
    lower-case noun alone (left out); True for a capitalized adjective and its noun (kept)."""
    if not words:
        return False
    if len(words) == 1 and words[0].is_lower and words[0].pos_ == "NOUN":
        return False
    if len(words) == 2 and words[0].pos_ == "ADJ" and _capitalized(words[0]) \
            and words[1].is_lower and words[1].pos_ == "NOUN":
        return True
    return None


def _hyphen_body_last(span: Span, morph: Morph) -> Span | None:
    """The last word of a person span of three or more words where it is a capitalized word
    hyphenated to a body's noun ("Грамин-банк", "Тинькофф-банка": ``org_lead_nouns.body_nouns``), as an
    organization; None else."""

    last = span[-1]
    head, _, noun = last.text.rpartition("-")
    if len(span) < 3 or not head or not head[:1].isupper() or not head.replace("-", "").isalpha() \
            or not noun.isalpha() or not all(_capitalized(t) for t in span[:-1]):
        return None
    if not any(p.normal_form in body_nouns() and p.tag.POS == "NOUN" for p in morph.parse(noun.lower())):
        return None
    return Span(span.doc, last.i, last.i + 1, label="ORG")


def person_in_span(span: Span, morph: Morph) -> list[Span]:
    """The person (and the rest) in an organization or place span that starts with a person's
    name, else ``[span]``."""
    if span.label_ == "PER":
        body = _hyphen_body_last(span, morph)
        if body is not None:  # "Мухаммадом Юнусом Грамин-банк": the bank he founded, after him
            return [_without_place_adjective(Span(span.doc, span.start, span.end - 1, label="PER"), morph), body]
        return [_without_place_adjective(span, morph)]
    if span.label_ not in ("ORG", "LOC") or len(span) < 2:
        return [span]
    words = list(span)
    for size in (3, 2):
        if len(words) < size or (span.label_ == "LOC" and len(words) == size):
            continue
        rest = _rest(words[size:])
        if rest is None or not _person(words[:size], morph):
            continue
        person = Span(span.doc, span.start, span.start + size, label="PER")
        return [person, Span(span.doc, span.start + size, span.end, label=span.label_)] if rest else [person]
    return [span]


def _without_place_adjective(span: Span, morph: Morph) -> Span:
    """A person span that took in the capitalized adjective of the noun after it ("Миндаугасе
    Казлаускасе Шяуляйский" + "аэропорт"): the name without it."""
    doc = span.doc
    last = span[-1]
    if len(span) not in (3, 4) or last.pos_ != "ADJ" or not _capitalized(last) \
            or not last.lower_.endswith(("ский", "цкий", "ской", "ская", "ское")) or span.end >= len(doc) \
            or not (doc[span.end].is_lower and doc[span.end].pos_ == "NOUN") or not _person(span[:-1], morph):
        return span
    return Span(doc, span.start, span.end - 1, label="PER")
