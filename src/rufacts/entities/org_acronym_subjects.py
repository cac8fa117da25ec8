"""An acronym the dictionaries do not know, the subject of a verb in the masculine singular past right
after it, is an organization the tagger missed: "ЦКБМТ передал заказчику проект", "Вчера НИИАР
запустил установку" (the acronym of an institute, a design bureau, a centre: the masculine of
"институт", "центр").

The word is three to six Cyrillic capitals that pymorphy3 does not know (no abbreviation it knows:
"ВВП вырос", "ЕГЭ прошёл", "НДС вырос" are no bodies; those it knows as organizations the tagger
finds), no institution kind's acronym (``lexicons/org_kind_abbreviations.txt``), not of Roman
numeral's letters, no span over it, no preposition before it. The verb comes right after it (an
adverb between: "ЦНИИМ также получил") and is not reflexive nor one of change or of an event's
course (``lexicons/change_verbs.txt``: "вырос", "упал"; "прошёл", "стартовал"): an index or a forum
does those. Read by :func:`rufacts.entities.org_place_acronyms.place_acronym_orgs`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import word_positions
from .name_verb_forms import lower_verb_after, past_of_gender
from .org_kind_acronym_names import kind_acronyms

ACRONYM = re.compile(r"^[А-ЯЁ]{3,6}$")
ROMAN = frozenset("ХСМІ")  # Cyrillic letters a Roman numeral is typed with ("ХХ", "ХІХ")
EVENT_VERBS = frozenset({"пройти", "проходить", "стартовать", "идти", "длиться", "состоять"})


def _masculine_past(token: Token) -> bool:
    return past_of_gender(token, "masc")


def acronym_subjects(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each unknown acronym subject as above."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    morph = get_morph()
    found = []
    for i in word_positions(doc, lambda text: ACRONYM.match(text) is not None, capital=True):
        token = doc[i]
        if i in covered or set(token.text) <= ROMAN or token.text in kind_acronyms() \
                or morph.is_known(token.text.lower()):
            continue
        if i > 0 and (doc[i - 1].pos_ == "ADP" or doc[i - 1].is_title and doc[i - 1].pos_ == "PROPN"):
            continue
        verb = lower_verb_after(doc, i, _masculine_past)
        lemma = verb.lemma_.lower() if verb is not None else ""
        if verb is None or lemma.endswith(("ся", "сь")) or lemma in EVENT_VERBS or lemma in load_list("change_verbs.txt"):
            continue
        found.append(Span(doc, i, i + 1, label="ORG"))
    if not found:
        return spans
    return sorted(spans + found, key=lambda s: (s.start, -s.end))
