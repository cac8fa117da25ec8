"""A person's name the tagger took for an organization (used by
:func:`rufacts.entities.names_spans.person_spans`): "с Левоном Оганесяном", "При Сыдыпе Батуевиче
Цыдыпове комбинат нарастил" (with the subject noun after it taken in). Two capitalized words that
read clearly as a first name the dictionary or the lexicon knows and a surname, or three with a
patronymic in the middle ("-вич", "-вна" in any case: Buryat, Yakut and other first names the
dictionary lacks), and no word the dictionary knows a place or an organization (its guesses for the words it lacks
say little: "Цыбикове"), are a person; one
lower-case noun after them is left out."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..grammars.morph import Morph
from .name_words import MISSED, MISSED_KNOWN, _capitalized, _first_name
from .place_persons import reads_clearly

PATRONYMIC = re.compile(r"(вич|вича|вичу|вичем|виче|вна|вны|вне|вну|вной)$")
NOT_PERSON = frozenset({"Geox", "Orgn", "Abbr", "Trad"})


def org_as_person(span: Span, morph: Morph) -> Span:
    """The person span inside an organization span that is a person's name, else ``span``."""
    if span.label_ != "ORG":
        return span
    words = list(span)
    if len(words) > 2 and words[-1].is_lower and words[-1].pos_ == "NOUN":
        words = words[:-1]  # "... Цыдыпове комбинат"
    if len(words) not in (2, 3) or not all(_capitalized(t) for t in words) or words[0].is_sent_start:
        return span
    texts = [t.text for t in words]
    if any(morph.is_known(t) and NOT_PERSON & p.tag.grammemes for t in texts for p in morph.parse(t)):
        return span
    if len(words) == 3:
        if not PATRONYMIC.search(texts[1].lower()) or not reads_clearly(morph, texts, MISSED):
            return span
    elif not _first_name(morph, texts[0]) or not reads_clearly(morph, texts, MISSED_KNOWN):
        return span
    return Span(span.doc, words[0].i, words[-1].i + 1, label="PER")
